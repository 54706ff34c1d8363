import type { Core } from '@strapi/strapi';
import { complexityPlugin } from './complexity';
import { resolvers, resolversConfig, typeDefs } from './schema';

interface GraphqlExtension {
  use(configuration: (context: { strapi: Core.Strapi }) => Record<string, unknown>): void;
}

/**
 * Adds the delivery API's queries to the GraphQL schema and the complexity limit to its Apollo
 * server (next to the GraphQL plugin's own depth limit). Runs in register: the GraphQL plugin
 * builds its schema and server in its bootstrap, after every register.
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql
    .service<GraphqlExtension>('extension')
    .use(() => ({ typeDefs, resolvers: resolvers(strapi), resolversConfig }));

  const limit = Number(strapi.config.get('plugin::graphql.complexityLimit', 5000));
  const defaultLimit = Number(strapi.config.get('plugin::graphql.defaultLimit', 25));
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(
      `graphql.complexityLimit (GRAPHQL_COMPLEXITY_LIMIT) must be a whole number ≥ 1; got ${JSON.stringify(limit)}.`
    );
  }
  const apollo = strapi.config.get('plugin::graphql.apolloServer', {}) as { plugins?: unknown[] };
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apollo,
    plugins: [...(apollo.plugins ?? []), complexityPlugin({ limit, defaultLimit })],
  });
};
