import { LIMITS } from './constants';
import type * as T from './types';

/**
 * The OpenAPI 3.1 document of the delivery API, served at GET /api/portal/openapi.json. Its
 * schemas are written against types.ts: `fields<X>()` will not compile unless every property of
 * the interface X is described, so the document cannot silently fall behind the code.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema =>
  '$ref' in schema ? { anyOf: [schema, { type: 'null' }] } : { ...schema, type: [schema.type, 'null'] };
const string: Schema = { type: 'string' };
const integer: Schema = { type: 'integer' };
const boolean: Schema = { type: 'boolean' };
const array = (items: Schema): Schema => ({ type: 'array', items });
const date: Schema = { type: 'string', format: 'date', description: 'YYYY-MM-DD' };
const share: Schema = { type: 'number', minimum: 0, description: 'In %, one decimal.' };

/** Every property of X, described (and no other); `optional` lists those a response may leave out. */
const fields =
  <X>() =>
  (properties: Record<keyof X, Schema> & Record<string, Schema>, optional: string[] = []): Schema => ({
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((name) => !optional.includes(name)),
    properties,
  });

const views: Schema = { type: 'integer', minimum: 0, description: 'Times the article was read so far.' };

const summaryProperties = {
  slug: string,
  title: string,
  summary: nullable(string),
  eventDate: nullable(date),
  publishedAt: { type: 'string', format: 'date-time' },
  featured: boolean,
  cover: nullable(ref('Image')),
  section: nullable(ref('SectionRef')),
  department: nullable(ref('DepartmentRef')),
  authors: { ...array(ref('AuthorRef')), description: 'In signature order.' },
  tags: array(string),
  views,
};

const schemas: Record<string, Schema> = {
  SectionRef: fields<T.SectionRef>()({ slug: string, name: string }),
  DepartmentRef: fields<T.DepartmentRef>()({ slug: string, name: string, shortName: nullable(string) }),
  AuthorRef: fields<T.AuthorRef>()({
    slug: string,
    fullName: string,
    titles: array(string),
    position: nullable(string),
  }),
  ImageFormat: fields<T.ImageFormat>()({ url: string, width: nullable(integer), height: nullable(integer) }),
  Image: fields<T.Image>()({
    url: string,
    width: nullable(integer),
    height: nullable(integer),
    alternativeText: nullable(string),
    formats: { type: 'object', additionalProperties: ref('ImageFormat') },
  }),
  ArticleLink: fields<T.ArticleLink>()({ slug: string, title: string }),
  ArticleSummary: fields<T.ArticleSummary>()(summaryProperties),
  TaskView: fields<T.TaskView>()({
    position: { type: 'integer', minimum: 1 },
    ordinal: { type: 'string', description: '"Một là", "Hai là", …' },
    heading: string,
    detail: nullable(string),
    status: { enum: ['planned', 'in_progress', 'done'] },
    dueDate: nullable(date),
    responsibleDepartments: array(ref('DepartmentRef')),
  }),
  TaskListView: fields<T.TaskListView>()({
    title: string,
    fromYear: integer,
    toYear: nullable(integer),
    period: { type: 'string', description: '"2026", or "2025–2030".' },
    department: nullable(ref('DepartmentRef')),
    intro: nullable(string),
    tasks: array(ref('TaskView')),
    article: nullable(ref('ArticleLink')),
  }),
  CampaignField: fields<T.CampaignField>()({ name: string, count: { type: 'integer', minimum: 0 }, share }),
  CampaignView: fields<T.CampaignView>()({
    name: string,
    fromYear: integer,
    toYear: nullable(integer),
    period: string,
    department: nullable(ref('DepartmentRef')),
    registered: { type: 'integer', minimum: 0 },
    carriedOut: { type: 'integer', minimum: 0 },
    carriedOutShare: share,
    breakdown: array(ref('CampaignField')),
    sourceArticle: nullable(ref('ArticleLink')),
  }),
  ArticleDetail: fields<T.ArticleDetail>()({
    ...summaryProperties,
    body: { type: 'array', description: 'Strapi blocks rich text.', items: { type: 'object' } },
    breadcrumb: array(ref('SectionRef')),
    taskList: nullable(ref('TaskListView')),
    campaigns: array(ref('CampaignView')),
    related: array(ref('ArticleSummary')),
    previous: nullable(ref('ArticleLink')),
    next: nullable(ref('ArticleLink')),
  }),
  SectionNode: fields<T.SectionNode>()({
    slug: string,
    name: string,
    description: nullable(string),
    position: integer,
    showOnHome: boolean,
    articleCount: { type: 'integer', minimum: 0, description: 'Published articles filed directly in this section.' },
    totalArticleCount: {
      type: 'integer',
      minimum: 0,
      description: 'Published articles in this section and its sub-sections.',
    },
    children: array(ref('SectionNode')),
  }),
  Pagination: fields<T.Pagination>()({
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1 },
    pageCount: { type: 'integer', minimum: 1 },
    total: { type: 'integer', minimum: 0 },
  }),
  SectionPage: fields<T.SectionPage>()({
    section: fields<T.SectionPage['section']>()({ slug: string, name: string, description: nullable(string) }),
    breadcrumb: array(ref('SectionRef')),
    children: array(ref('SectionRef')),
    articles: array(ref('ArticleSummary')),
    pagination: ref('Pagination'),
  }),
  HomeView: fields<T.HomeView>()({
    sections: array(
      fields<T.HomeView['sections'][number]>()({ slug: string, name: string, articles: array(ref('ArticleSummary')) })
    ),
    featured: array(ref('ArticleSummary')),
    latest: array(ref('ArticleSummary')),
  }),
  AuthorProfile: fields<T.AuthorProfile>()({
    slug: string,
    fullName: string,
    titles: array(string),
    position: nullable(string),
    department: nullable(ref('DepartmentRef')),
    photo: nullable(ref('Image')),
    bio: nullable(string),
    articles: array(ref('ArticleSummary')),
    pagination: ref('Pagination'),
  }),
  DepartmentProfile: fields<T.DepartmentProfile>()({
    slug: string,
    name: string,
    shortName: nullable(string),
    description: nullable(string),
    address: nullable(string),
    phone: nullable(string),
    email: { ...nullable(string), description: "The department's public contact address." },
    parent: nullable(ref('DepartmentRef')),
    children: array(ref('DepartmentRef')),
  }),
  SearchHit: fields<T.SearchHit>()({
    ...summaryProperties,
    highlightedTitle: { type: 'string', description: 'The title, matched words in <mark>, HTML-escaped.' },
    snippet: {
      type: 'string',
      description: 'A passage around the first match, matched words in <mark>, HTML-escaped.',
    },
  }),
  SearchResult: fields<T.SearchResult>()({
    query: string,
    results: array(ref('SearchHit')),
    totalIsExact: {
      type: 'boolean',
      description:
        'False when more articles match than the search counts (PORTAL_SEARCH_COUNT_LIMIT, 1000 by default): pagination.total is then that limit, and more articles match.',
    },
    pagination: ref('Pagination'),
  }),
  Error: {
    type: 'object',
    additionalProperties: false,
    required: ['data', 'error'],
    properties: {
      data: { type: 'null' },
      error: {
        type: 'object',
        required: ['status', 'name', 'message'],
        properties: {
          status: integer,
          name: { type: 'string', examples: ['NotFoundError', 'ValidationError'] },
          message: { type: 'string', description: 'What was wrong, for a person to act on.' },
          details: { type: 'object' },
        },
      },
    },
  },
};

/** `{ data: <schema> }`: every JSON answer of the API. */
const envelope = (schema: Schema): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['data'],
  properties: { data: schema },
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
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

const param = (
  name: string,
  where: 'path' | 'query',
  schema: Schema,
  description: string,
  required = where === 'path'
) => ({ name, in: where, required, description, schema });
const slug = (what: string) => param('slug', 'path', { type: 'string' }, `The ${what}'s slug.`);
const pageParams = [
  param('page', 'query', { type: 'integer', minimum: 1, maximum: LIMITS.maxPage, default: 1 }, 'Page number.'),
  param(
    'pageSize',
    'query',
    { type: 'integer', minimum: 1, maximum: LIMITS.maxPageSize, default: LIMITS.defaultPageSize },
    'Items per page.'
  ),
];
const year = param('year', 'query', { type: 'integer', minimum: 1945, maximum: 2100 }, 'A year (YYYY).');
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
      { ...ok('The home page.', envelope(ref('HomeView'))), 400: badInput },
      [
        param(
          'limit',
          'query',
          { type: 'integer', minimum: 1, maximum: LIMITS.homeArticles.max, default: LIMITS.homeArticles.default },
          'Articles per home section.'
        ),
      ]
    ),
    '/sections': get(
      'sections',
      'The section tree with published-article counts',
      ok('The tree, roots first.', envelope(array(ref('SectionNode'))))
    ),
    '/sections/{slug}': get(
      'section',
      'A section: breadcrumb, sub-sections and a page of its articles (sub-sections included)',
      {
        ...ok('The section page.', envelope(ref('SectionPage'))),
        400: badInput,
        404: errorResponse('No such section.'),
      },
      [slug('section'), ...pageParams]
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
        ...ok('The article.', envelope(ref('ArticleDetail'))),
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
      [slug('article'), param('download', 'query', { enum: ['1'] }, '1: as a file to save.')]
    ),
    '/authors/{slug}': get(
      'author',
      "An author's profile and a page of their articles",
      { ...ok('The profile.', envelope(ref('AuthorProfile'))), 400: badInput, 404: errorResponse('No such author.') },
      [slug('author'), ...pageParams]
    ),
    '/departments/{slug}': get(
      'department',
      'A department and its contact details',
      { ...ok('The department.', envelope(ref('DepartmentProfile'))), 404: errorResponse('No such department.') },
      [slug('department')]
    ),
    '/task-lists': get(
      'taskLists',
      'Task lists (numbered key tasks) by year and department',
      { ...ok('Newest period first.', envelope(array(ref('TaskListView')))), 400: badInput },
      [year, param('department', 'query', { type: 'string', maxLength: 200 }, "A department's slug.")]
    ),
    '/campaigns': get(
      'campaigns',
      'Emulation campaigns with their breakdowns and shares',
      ok('Newest period first.', envelope(array(ref('CampaignView'))))
    ),
    '/search': get(
      'search',
      'Search published articles, ignoring case and tone marks',
      { ...ok('Ranked results.', envelope(ref('SearchResult'))), 400: badInput },
      [
        param('q', 'query', { type: 'string', minLength: 1, maxLength: LIMITS.maxQueryLength }, 'Words to find.', true),
        param('section', 'query', { type: 'string', maxLength: 200 }, "A section's slug (its sub-sections included)."),
        param('department', 'query', { type: 'string', maxLength: 200 }, "A department's slug."),
        year,
        ...pageParams,
      ]
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
  components: { schemas },
} as const;
