import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';

/** How many items a list field may return, from its own arguments. */
const sizeOf = (args: Record<string, unknown>): number | undefined => {
  const pagination = (args.pagination ?? {}) as Record<string, unknown>;
  for (const value of [args.pageSize, args.limit, pagination.pageSize, pagination.limit]) {
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
};

/**
 * The estimated cost of a field: 1, plus its selection times the number of items it may return.
 * - A field sized by its arguments (`pageSize`, `limit`, Strapi's `pagination`) counts that many.
 * - Any other list counts as `defaultLimit` items (what Strapi returns unless told), except the
 *   portal's own nested lists, which are sized by their query's arguments (already counted) or
 *   are a handful of items by nature (an article's authors, a list's tasks).
 * - Introspection is free: it reads the schema, not the database.
 */
const estimator =
  (defaultLimit: number) =>
  ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const size = sizeOf(args);
    if (size !== undefined) return 1 + childComplexity * size;
    const list = isListType(getNullableType(field.type));
    const portal = getNamedType(field.type).name.startsWith('Portal') || type.name.startsWith('Portal');
    return 1 + childComplexity * (list && !portal ? defaultLimit : 1);
  };

interface ComplexityOptions {
  limit: number;
  defaultLimit: number;
}

/** The cost of an operation as `estimator` counts it. */
const complexityOf = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  defaultLimit: number
): number =>
  getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [estimator(defaultLimit)],
  });

/**
 * An Apollo Server plugin that refuses, before anything runs, an operation whose estimated cost is
 * above the limit: a 400 with code GRAPHQL_QUERY_TOO_COMPLEX and a message that gives both numbers.
 * It runs once the operation is known, so variables count (a `pageSize: $n` is sized by $n).
 */
export const complexityPlugin = ({ limit, defaultLimit }: ComplexityOptions) => ({
  // Apollo awaits its hooks: they answer promises, though nothing here waits.
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({
        request,
        document,
        schema,
      }: {
        request: { variables?: Record<string, unknown>; operationName?: string | null };
        document: DocumentNode;
        schema: GraphQLSchema;
      }) {
        const cost = complexityOf(
          schema,
          document,
          request.variables,
          request.operationName ?? undefined,
          defaultLimit
        );
        if (cost > limit) {
          return Promise.reject(
            new GraphQLError(
              `This query is too complex: its estimated cost is ${cost}, and at most ${limit} is allowed. Ask for fewer fields, smaller pages or less nesting.`,
              {
                extensions: {
                  code: 'GRAPHQL_QUERY_TOO_COMPLEX',
                  complexity: cost,
                  maximumComplexity: limit,
                  http: { status: 400 },
                },
              }
            )
          );
        }
        return Promise.resolve();
      },
    });
  },
});
