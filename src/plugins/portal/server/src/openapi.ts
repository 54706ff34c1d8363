import { z } from 'zod';
import { REDIRECT_MAX_AGE } from './constants';
import {
  answers,
  ArticleDetail,
  AuthorProfile,
  CampaignView,
  DepartmentProfile,
  ErrorBody,
  HomeQuery,
  HomeView,
  LIMITS,
  PageQuery,
  PrintQuery,
  Redirect,
  RedirectQuery,
  SearchQuery,
  SearchResult,
  SectionNode,
  SectionPage,
  SlugParam,
  TaskListQuery,
  TaskListView,
} from './schemas';

/**
 * The OpenAPI 3.1 document of the delivery API, served at GET /api/portal/openapi.json. Its
 * schemas are generated from schemas.ts, the same zod schemas that type the services' answers
 * and validate the requests, so the document cannot fall behind the code.
 */

type Schema = Record<string, unknown>;

/** JSON Schema draft 2020-12 (OpenAPI 3.1's dialect), without the keys a document's own schemas do not carry. */
const bare = ({ $schema: _schema, $id: _id, ...schema }: Schema): Schema => schema;

/**
 * zod's JSON Schema in OpenAPI 3.1's dialect. Whole numbers lose the bounds zod gives every
 * integer (±2^53 − 1): they say nothing a reader needs.
 */
const dialect = {
  target: 'draft-2020-12',
  override: ({ jsonSchema }: { jsonSchema: Schema }) => {
    if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  },
} as const;

/** The answers' named schemas, each referring to the others by `#/components/schemas/<name>`. */
const components = Object.fromEntries(
  Object.entries(
    z.toJSONSchema(answers, { ...dialect, io: 'output', uri: (id) => `#/components/schemas/${id}` }).schemas
  ).map(([name, schema]) => [name, bare(schema as Schema)])
);

const ref = (schema: z.ZodType): Schema => {
  const id = answers.get(schema)?.id;
  if (!id) throw new Error('Only a named answer schema (see schemas.ts) can be referred to.');
  return { $ref: `#/components/schemas/${id}` };
};
const string: Schema = { type: 'string' };
const array = (items: Schema): Schema => ({ type: 'array', items });

/** The parameters an input schema reads from the query, as the request sends them. */
const queryParams = (schema: z.ZodObject) =>
  (Object.entries(schema.shape) as [string, z.ZodType][]).map(([name, field]) => {
    const json = bare(z.toJSONSchema(field, { ...dialect, io: 'input' }));
    const { description, ...rest } = json;
    return { name, in: 'query', required: !field.isOptional(), description, schema: rest };
  });

/** `{ data: <schema> }`: every JSON answer of the API. */
const envelope = (schema: Schema): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['data'],
  properties: { data: schema },
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref(ErrorBody) } },
});

const cacheHeaders = {
  ETag: {
    description: 'Send it back in If-None-Match: an unchanged response is a 304 without a body.',
    schema: string,
  },
  'Cache-Control': { description: '`public, max-age=<PORTAL_CACHE_MAX_AGE>`', schema: string },
};

const ok = (description: string, schema: Schema, type = 'application/json') => ({
  200: { description, headers: cacheHeaders, content: { [type]: { schema } } },
  304: { description: 'Not modified (If-None-Match matched the ETag).' },
});

const slugSchema = bare(z.toJSONSchema(SlugParam, { ...dialect, io: 'input' }));
const slug = (what: string) => ({
  name: 'slug',
  in: 'path',
  required: true,
  description: `The ${what}'s slug.`,
  schema: slugSchema,
});
const badInput = errorResponse(
  'A parameter is out of range or malformed; the message says which and what is expected.'
);
const get = (operationId: string, summary: string, responses: Record<string, unknown>, parameters: unknown[] = []) => ({
  get: { operationId, summary, tags: ['portal'], parameters, responses },
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Cổng thông tin Ban Dân vận: delivery API',
    version: '1.0.0',
    description:
      'Read-only, public. Published content only: no drafts, no content awaiting approval or scheduled, no approval comments, no admin e-mail addresses. ' +
      'JSON answers are `{ data }`; errors are `{ data: null, error: { status, name, message } }` (400 bad input, 404 unknown slug). ' +
      'GET answers carry an ETag and Cache-Control; If-None-Match gets a 304.',
  },
  servers: [{ url: '/api/portal' }],
  paths: {
    '/home': get(
      'home',
      'Home sections with their latest articles, the featured and the latest',
      { ...ok('The home page.', envelope(ref(HomeView))), 400: badInput },
      queryParams(HomeQuery)
    ),
    '/sections': get(
      'sections',
      'The section tree with published-article counts',
      ok('The tree, roots first.', envelope(array(ref(SectionNode))))
    ),
    '/sections/{slug}': get(
      'section',
      'A section: breadcrumb, sub-sections and a page of its articles (sub-sections included)',
      { ...ok('The section page.', envelope(ref(SectionPage))), 400: badInput, 404: errorResponse('No such section.') },
      [slug('section'), ...queryParams(PageQuery)]
    ),
    '/sections/{slug}/rss.xml': get(
      'sectionRss',
      "RSS 2.0 of a section's newest articles (sub-sections included)",
      { ...ok('The feed.', string, 'application/rss+xml'), 404: errorResponse('No such section.') },
      [slug('section')]
    ),
    '/articles/{slug}': get(
      'article',
      'A published article with its body, authors, breadcrumb, task list, campaign figures, related and neighbouring articles',
      {
        ...ok('The article.', envelope(ref(ArticleDetail))),
        404: errorResponse('No published article with this slug.'),
      },
      [slug('article')]
    ),
    '/articles/{slug}/print': get(
      'articlePrint',
      'A print-friendly HTML page of the article, with print and save controls',
      {
        ...ok('The page (lang="vi").', string, 'text/html'),
        404: errorResponse('No published article with this slug.'),
      },
      [slug('article'), ...queryParams(PrintQuery)]
    ),
    '/authors/{slug}': get(
      'author',
      "An author's profile and a page of their articles",
      { ...ok('The profile.', envelope(ref(AuthorProfile))), 400: badInput, 404: errorResponse('No such author.') },
      [slug('author'), ...queryParams(PageQuery)]
    ),
    '/departments/{slug}': get(
      'department',
      'A department and its contact details',
      { ...ok('The department.', envelope(ref(DepartmentProfile))), 404: errorResponse('No such department.') },
      [slug('department')]
    ),
    '/task-lists': get(
      'taskLists',
      'Task lists (numbered key tasks) by year and department',
      { ...ok('Newest period first.', envelope(array(ref(TaskListView)))), 400: badInput },
      queryParams(TaskListQuery)
    ),
    '/campaigns': get(
      'campaigns',
      'Emulation campaigns with their breakdowns and shares',
      ok('Newest period first.', envelope(array(ref(CampaignView))))
    ),
    '/search': get(
      'search',
      'Search published articles, ignoring case and tone marks',
      { ...ok('Ranked results.', envelope(ref(SearchResult))), 400: badInput },
      queryParams(SearchQuery)
    ),
    '/redirects': get(
      'redirect',
      "Where an old site's address (an imported Joomla article, section or redirect) now lives",
      {
        200: {
          description: 'The new address; send the reader there with this status.',
          headers: {
            'Cache-Control': { description: `\`public, max-age=${REDIRECT_MAX_AGE}\``, schema: string },
          },
          content: { 'application/json': { schema: envelope(ref(Redirect)) } },
        },
        400: errorResponse(
          `path is missing, longer than ${LIMITS.oldPathLength} characters or holds control characters, or host is not a host name; the message says which.`
        ),
        404: errorResponse('No page of an old site is known at this address (or no old site was imported).'),
      },
      queryParams(RedirectQuery)
    ),
    '/rss.xml': get(
      'siteRss',
      'RSS 2.0 of the whole site (also at /rss.xml)',
      ok('The feed.', string, 'application/rss+xml')
    ),
    '/sitemap.xml': get(
      'sitemap',
      'Sitemap of published articles, sections, authors and departments (also at /sitemap.xml)',
      ok('The sitemap.', string, 'application/xml')
    ),
    '/openapi.json': get('openapi', 'This document', {
      200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
    }),
  },
  components: { schemas: components },
} as const;
