import type { Core } from '@strapi/strapi';
import { secret } from '../src/utils/env-file';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The public reads over GraphQL too: keep queries shallow and lists short.
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV') !== 'production'),
      },
    },
  },
});

export default config;
