import { buildSchema, isObjectType, type GraphQLField } from 'graphql';
import type { z } from 'zod';
import config, { validateConfig } from '../../src/plugins/portal/server/src/config';
import { redisUrlFrom } from '../../src/shared';
import { QUERIES, typeDefs } from '../../src/plugins/portal/server/src/graphql/schema';
import * as schemas from '../../src/plugins/portal/server/src/schemas';

/**
 * The delivery API's GraphQL types are written as SDL (graphql/schema.ts); its answers are zod
 * schemas (schemas.ts), which also type the services and make the OpenAPI document. This suite
 * holds the SDL to the zod schemas: a field, a type, a nullability or an input limit that differs
 * fails here. No app is started: it reads the two definitions.
 */

/** Each GraphQL type of the portal and the answer schema it mirrors. */
const MIRRORS: Record<string, z.ZodType> = {
  PortalSectionRef: schemas.SectionRef,
  PortalDepartmentRef: schemas.DepartmentRef,
  PortalAuthorRef: schemas.AuthorRef,
  PortalImage: schemas.Image,
  PortalArticleLink: schemas.ArticleLink,
  PortalArticleSummary: schemas.ArticleSummary,
  PortalTask: schemas.TaskView,
  PortalTaskList: schemas.TaskListView,
  PortalCampaignField: schemas.CampaignField,
  PortalCampaign: schemas.CampaignView,
  PortalArticle: schemas.ArticleDetail,
  PortalSectionNode: schemas.SectionNode,
  PortalPagination: schemas.Pagination,
  PortalSectionHeader: schemas.SectionHeader,
  PortalSectionPage: schemas.SectionPage,
  PortalHomeSection: schemas.HomeSection,
  PortalHome: schemas.HomeView,
  PortalAuthorProfile: schemas.AuthorProfile,
  PortalDepartmentProfile: schemas.DepartmentProfile,
  PortalSearchHit: schemas.SearchHit,
  PortalSearchResult: schemas.SearchResult,
};

/** Each portal query's answer and the input schema its arguments are read with (besides a path `slug`). */
const QUERY_CONTRACTS: Record<string, { answer: string; input?: z.ZodObject; slug?: boolean }> = {
  portalHome: { answer: 'PortalHome!', input: schemas.HomeQuery },
  sectionTree: { answer: '[PortalSectionNode!]!' },
  sectionPage: { answer: 'PortalSectionPage!', input: schemas.PageQuery, slug: true },
  articleBySlug: { answer: 'PortalArticle!', slug: true },
  authorBySlug: { answer: 'PortalAuthorProfile!', input: schemas.PageQuery, slug: true },
  departmentBySlug: { answer: 'PortalDepartmentProfile!', slug: true },
  portalTaskLists: { answer: '[PortalTaskList!]!', input: schemas.TaskListQuery },
  portalCampaigns: { answer: '[PortalCampaign!]!' },
  search: { answer: 'PortalSearchResult!', input: schemas.SearchQuery },
};

const schema = buildSchema(`scalar JSON\ntype Query { _: Boolean }\n${typeDefs}`);

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  format?: string;
  shape?: Record<string, z.ZodType>;
};
const def = (zod: z.ZodType): Def => (zod as unknown as { _zod: { def: Def } })._zod.def;

/** A zod schema written the way SDL writes a type: `String!`, `[PortalTask!]!`, `Int` (null allowed). */
const sdlOf = (zod: z.ZodType): string => {
  const d = def(zod);
  if (d.type === 'nullable' || d.type === 'optional' || d.type === 'default')
    return sdlOf(d.innerType!).replace(/!$/, '');
  // A list of shapeless objects (the blocks of a body) is one JSON value in GraphQL, as in REST.
  if (d.type === 'array') return sdlOf(d.element!) === 'JSON!' ? 'JSON!' : `[${sdlOf(d.element!)}]!`;
  if (d.type === 'object') {
    const name = Object.keys(MIRRORS).find((graphqlName) => MIRRORS[graphqlName] === zod);
    // Blocks and image formats have no fixed shape: JSON in GraphQL.
    return `${name ?? 'JSON'}!`;
  }
  if (d.type === 'record') return 'JSON!';
  if (d.type === 'string' || d.type === 'enum') return 'String!';
  if (d.type === 'boolean') return 'Boolean!';
  if (d.type === 'number') return d.format && /int/.test(d.format) ? 'Int!' : 'Float!';
  throw new Error(`No GraphQL type for a zod ${d.type}.`);
};

const shapeOf = (zod: z.ZodType): Record<string, z.ZodType> => {
  const shape = def(zod).shape;
  if (!shape) throw new Error('Not an object schema.');
  return shape;
};

const fieldsOf = (name: string): Record<string, GraphQLField<unknown, unknown>> => {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of the SDL.`);
  return type.getFields();
};

describe('portal: the GraphQL SDL mirrors the answer schemas', () => {
  it('has a type for every answer schema with an object shape, and no portal type without one', () => {
    const portalTypes = Object.values(schema.getTypeMap())
      .filter((type) => type.name.startsWith('Portal') && isObjectType(type))
      .map((type) => type.name)
      .sort();
    expect(portalTypes).toEqual(Object.keys(MIRRORS).sort());
  });

  it.each(Object.keys(MIRRORS))('%s has the fields, types and nullability of its schema', (name) => {
    const fields = fieldsOf(name);
    const expected = Object.fromEntries(
      Object.entries(shapeOf(MIRRORS[name])).map(([field, zod]) => [field, sdlOf(zod)])
    );
    const actual = Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, String(value.type)]));
    expect(actual).toEqual(expected);
  });

  it('answers every portal query with its schema and reads its arguments with the REST input schema', () => {
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(QUERY_CONTRACTS).sort()).toEqual([...QUERIES].sort());
    for (const [name, contract] of Object.entries(QUERY_CONTRACTS)) {
      const field = query[name];
      expect({ name, answer: String(field.type) }).toEqual({ name, answer: contract.answer });
      const args = Object.fromEntries(field.args.map((arg) => [arg.name, String(arg.type)]));
      const expected: Record<string, string> = contract.slug ? { slug: 'String!' } : {};
      for (const [arg, zod] of Object.entries(contract.input?.shape ?? {})) {
        // A default makes an argument optional; a required parameter (search's q) is required here too.
        const sdl = sdlOf(zod as z.ZodType);
        expected[arg] = (zod as z.ZodType).isOptional() ? sdl.replace(/!$/, '') : sdl;
      }
      expect({ name, args }).toEqual({ name, args: expected });
    }
  });

  it('states the input limits of the schemas in the query descriptions', () => {
    const query = schema.getQueryType()!.getFields();
    const { homeArticles, page, pageSize, queryLength } = schemas.LIMITS;
    expect(query.portalHome.description).toContain(
      `${homeArticles.min}–${homeArticles.max}, default ${homeArticles.default}`
    );
    expect(query.sectionPage.description).toContain(`${page.min}–${page.max}`);
    expect(query.sectionPage.description).toContain(`pageSize ${pageSize.min}–${pageSize.max}`);
    expect(query.search.description).toContain(`at most ${queryLength} characters`);
    // And the limits in LIMITS are the ones the schemas check.
    expect(schemas.PageQuery.shape.pageSize.safeParse(pageSize.max).success).toBe(true);
    expect(schemas.PageQuery.shape.pageSize.safeParse(pageSize.max + 1).success).toBe(false);
    expect(schemas.HomeQuery.shape.limit.safeParse(homeArticles.max + 1).success).toBe(false);
    expect(schemas.SearchQuery.shape.q.safeParse('a'.repeat(queryLength + 1)).success).toBe(false);
  });

  it('would notice a drift', () => {
    const drifted = buildSchema(
      `scalar JSON\ntype Query { _: Boolean }\n${typeDefs.replace('shortName: String }', 'shortName: String! }')}`
    );
    const type = drifted.getType('PortalDepartmentRef');
    const field = isObjectType(type) ? type.getFields().shortName : undefined;
    expect(String(field?.type)).not.toBe(sdlOf(schemas.DepartmentRef.shape.shortName));
  });
});

describe('portal: the configuration is validated once, naming the variable to fix', () => {
  const valid = () => structuredClone(config.default);

  it('has its defaults in the schema, and accepts them', () => {
    expect(config.default).toEqual({
      cache: { enabled: true, maxEntries: 2000, maxAge: 60, allowBypass: false, ttl: 30 },
      redisChannel: 'portal:cache:invalidate',
      siteName: 'Cổng thông tin Ban Dân vận',
      searchCountLimit: 1000,
    });
    expect(() => config.validator(valid())).not.toThrow();
    expect(validateConfig({ ...valid(), redisChannel: 'site-b:cache' }).redisChannel).toBe('site-b:cache');
  });

  it('leaves REDIS_URL to the one Redis provider, which checks it the same way', () => {
    expect(redisUrlFrom({ REDIS_URL: 'rediss://cache.example:6380' })).toBe('rediss://cache.example:6380');
    expect(redisUrlFrom({ REDIS_URL: '' })).toBeNull();
    expect(redisUrlFrom({})).toBeNull();
    expect(() => redisUrlFrom({ REDIS_URL: 'http://cache.example' })).toThrow(
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL, or nothing; got "http:\/\/cache\.example"\.$/
    );
  });

  it.each([
    [{ cache: { ttl: 0 } }, /portal\.cache\.ttl \(PORTAL_CACHE_TTL\) must be a whole number of seconds ≥ 1; got 0\./],
    [{ cache: { maxEntries: 1.5 } }, /\(PORTAL_CACHE_ENTRIES\) must be a whole number ≥ 1; got 1\.5/],
    [{ cache: { maxAge: -1 } }, /\(PORTAL_CACHE_MAX_AGE\) must be a whole number of seconds ≥ 0/],
    [{ cache: { enabled: 'yes' } }, /portal\.cache\.enabled \(PORTAL_CACHE\) must be true or false; got "yes"/],
    [{ cache: { allowBypass: 1 } }, /\(PORTAL_CACHE_ALLOW_BYPASS\) must be true or false/],
    [{ redisChannel: '  ' }, /\(PORTAL_CACHE_CHANNEL\) must be a non-empty channel name/],
    [{ siteName: 42 }, /\(SITE_NAME\) must be text; got 42/],
    [{ searchCountLimit: 0 }, /\(PORTAL_SEARCH_COUNT_LIMIT\) must be a whole number ≥ 1; got 0/],
  ])('refuses %j', (change, message) => {
    const bad = valid() as Record<string, unknown>;
    for (const [key, value] of Object.entries(change)) {
      bad[key] = key === 'cache' ? { ...config.default.cache, ...(value as object) } : value;
    }
    expect(() => config.validator(bad)).toThrow(message);
  });
});
