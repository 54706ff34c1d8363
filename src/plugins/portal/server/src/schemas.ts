import { errors } from '@strapi/utils';
import { z } from 'zod';
import { MAX_SLUG_LENGTH, single, SLUG_PATTERN, type Query } from '../../../../shared';

/**
 * The delivery API's contract, written once: the inputs it reads (query and path parameters) and
 * the answers it gives, as zod schemas. The TypeScript types below come from them (`z.infer`),
 * the OpenAPI document is generated from them (openapi.ts), the REST controllers and the GraphQL
 * resolvers validate their inputs with them (`parseQuery`), and a test holds the GraphQL SDL to
 * the answer schemas.
 */

/** Limits of the public API's inputs. */
export const LIMITS = {
  page: { min: 1, max: 1000, default: 1 },
  pageSize: { min: 1, max: 50, default: 10 },
  /** Articles each home section shows. */
  homeArticles: { min: 1, max: 20, default: 5 },
  /** Years a task list or a search may ask for. */
  year: { min: 1945, max: 2100 },
  /** Characters of a search. */
  queryLength: 200,
  /** Characters of a slug filter (section, department). */
  filterLength: MAX_SLUG_LENGTH,
  /** Characters of an old site's address asked for at /redirects (path and query, or a whole URL). */
  oldPathLength: 2000,
  /** Characters of a host name (DNS allows 253, plus a port). */
  hostLength: 260,
} as const;

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * Text of at most `max` characters (code points, as JSON Schema's maxLength counts them: a
 * character outside the BMP counts once), documented as such.
 */
const text = (max: number) =>
  z
    .string()
    .min(1)
    .refine((value) => Array.from(value).length <= max, { params: { maxLength: max } })
    .meta({ maxLength: max });

/** A whole number from `min` to `max`. */
const wholeNumber = ({ min, max }: { min: number; max: number }) => z.int().min(min).max(max);

/** A slug as the portal makes them: anything else names nothing (a 404, never a cleaned-up slug). */
export const SlugParam = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN);

export const PageQuery = z.object({
  page: wholeNumber(LIMITS.page).default(LIMITS.page.default).describe('Page number.'),
  pageSize: wholeNumber(LIMITS.pageSize).default(LIMITS.pageSize.default).describe('Items per page.'),
});

export const HomeQuery = z.object({
  limit: wholeNumber(LIMITS.homeArticles).default(LIMITS.homeArticles.default).describe('Articles per home section.'),
});

const year = wholeNumber(LIMITS.year).optional().describe('A year (YYYY).');
const department = text(LIMITS.filterLength).optional().describe("A department's slug.");

export const TaskListQuery = z.object({ year, department });

export const SearchQuery = z.object({
  q: text(LIMITS.queryLength).describe('Words to find.'),
  section: text(LIMITS.filterLength).optional().describe("A section's slug (its sub-sections included)."),
  department,
  year,
  ...PageQuery.shape,
});

export const PrintQuery = z.object({ download: z.enum(['1']).optional().describe('1: as a file to save.') });

/** Any control character, tab and line breaks included: never part of an address a person copied. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;

export const RedirectQuery = z.object({
  path: text(LIMITS.oldPathLength)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    .regex(/^[^\u0000-\u001F\u007F-\u009F]*$/, {
      message: 'it must not contain control characters (tabs, line breaks); send the address as it was linked',
    })
    .describe(
      "An old site's address: its path and query (`/index.php?option=com_content&view=article&id=12`, `/tin-tuc/12-alias.html`), or the whole URL (`http://old-host/index.php?...`), URL-encoded as one parameter."
    ),
  host: text(LIMITS.hostLength)
    .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, { message: 'it must be a host name such as bandanvan.example.gov.vn' })
    .optional()
    .describe(
      "The old site's host, which picks the old site when several were imported; by default the host of a whole URL given as path."
    ),
});

export type RedirectInput = z.infer<typeof RedirectQuery>;

export type TaskListInput = z.infer<typeof TaskListQuery>;
export type SearchInput = z.infer<typeof SearchQuery>;

/** The schema inside `.optional()` / `.default()`. */
const unwrapped = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? unwrapped(schema.unwrap() as z.ZodType) : schema;

/**
 * The message of a 400 for a parameter that failed its schema: what the parameter must be, and
 * what came, in the words the API has always used.
 */
const problem = (
  name: string,
  schema: z.ZodType,
  raw: string | undefined,
  given: boolean,
  issue: z.core.$ZodIssue
): string => {
  const inner = unwrapped(schema);
  if (inner instanceof z.ZodNumber) {
    return `${name} must be a whole number from ${inner.minValue} to ${inner.maxValue}; got "${String(raw).slice(0, 40)}".`;
  }
  if (!given) return `${name} is required.`;
  const maxLength = (issue as { params?: { maxLength?: number } }).params?.maxLength;
  if (maxLength !== undefined) return `${name} is too long: at most ${maxLength} characters.`;
  return `${name} is not valid: ${issue.message}.`;
};

/**
 * Reads a query (REST) or arguments as a query would carry them (GraphQL, see `fromArgs`) with an
 * input schema, parameter by parameter in the schema's order: each given once as text, without
 * control characters, then converted and checked by its schema. A failure is a 400 whose message
 * says which parameter and what it must be, whichever way the request came.
 */
export const parseQuery = <Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  query: Query
): z.output<z.ZodObject<Shape>> => {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const raw = single(query, name);
    let value: unknown;
    if (unwrapped(field) instanceof z.ZodNumber) {
      // Digits only: "1e3", "1.5" or " " are not whole numbers, whatever Number() makes of them.
      value = raw === undefined ? undefined : /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    } else {
      value = raw?.trim() || undefined;
    }
    const result = field.safeParse(value);
    if (!result.success)
      throw new errors.ValidationError(problem(name, field, raw, value !== undefined, result.error.issues[0]));
    if (result.data !== undefined) values[name] = result.data;
  }
  return values as z.output<z.ZodObject<Shape>>;
};

/**
 * The /redirects query: parseQuery, after refusing control characters anywhere in `path` (parseQuery
 * trims the ends, where a pasted line break would otherwise go unnoticed).
 */
export const parseRedirectQuery = (query: Query): RedirectInput => {
  const raw = single(query, 'path');
  if (raw !== undefined && CONTROL_CHARACTERS.test(raw)) {
    throw new errors.ValidationError(
      'path is not valid: it must not contain control characters (tabs, line breaks); send the address as it was linked.'
    );
  }
  return parseQuery(RedirectQuery, query);
};

/** GraphQL arguments as a query string would carry them: absent and null are left out, the rest as text. */
export const fromArgs = (args: Record<string, unknown>): Query =>
  Object.fromEntries(
    Object.entries(args).flatMap(([name, value]) =>
      value === undefined || value === null ? [] : [[name, typeof value === 'string' ? value : JSON.stringify(value)]]
    )
  );

/**
 * A slug from the path, as looked up. Anything that is not a slug the portal makes becomes '',
 * which names nothing (a 404): never a cut or cleaned string that could name another article.
 */
export const pathSlug = (value: unknown): string => {
  const parsed = SlugParam.safeParse(value);
  return parsed.success ? parsed.data : '';
};

// ---------------------------------------------------------------------------------------------
// Answers: the shapes of REST `data` and of the GraphQL types alike. Registered by name in
// `answers`, each becomes one component of the OpenAPI document.

/** The named answer schemas: the OpenAPI document's components. */
export const answers = z.registry<{ id: string }>();

const named = <S extends z.ZodType>(id: string, schema: S): S => {
  answers.add(schema, { id });
  return schema;
};

const count = z.int().min(0);
const date = z.iso.date().describe('YYYY-MM-DD');
const share = z.number().min(0).describe('In %, one decimal.');
const period = z.string().describe('"2026", or "2025–2030".');

export const SectionRef = named('SectionRef', z.object({ slug: z.string(), name: z.string() }));

export const DepartmentRef = named(
  'DepartmentRef',
  z.object({ slug: z.string(), name: z.string(), shortName: z.string().nullable() })
);

export const AuthorRef = named(
  'AuthorRef',
  z.object({
    slug: z.string(),
    fullName: z.string(),
    titles: z.array(z.string()).describe('Short titles in signature order, e.g. ["UVBTV"].'),
    position: z.string().nullable().describe('The main title, e.g. "Trưởng ban Dân vận Tỉnh ủy".'),
  })
);

export const ImageFormat = named(
  'ImageFormat',
  z.object({ url: z.string(), width: z.int().nullable(), height: z.int().nullable() })
);

export const Image = named(
  'Image',
  z.object({ ...ImageFormat.shape, alternativeText: z.string().nullable(), formats: z.record(z.string(), ImageFormat) })
);

export const ArticleLink = named('ArticleLink', z.object({ slug: z.string(), title: z.string() }));

const summaryShape = {
  ...ArticleLink.shape,
  summary: z.string().nullable(),
  eventDate: date.nullable().describe('YYYY-MM-DD: the date an article is listed and shown with.'),
  publishedAt: z.iso.datetime(),
  featured: z.boolean(),
  cover: Image.nullable(),
  section: SectionRef.nullable(),
  department: DepartmentRef.nullable(),
  authors: z.array(AuthorRef).describe('In signature order.'),
  tags: z.array(z.string()),
  views: count.describe('Times the article was read so far.'),
};

export const ArticleSummary = named('ArticleSummary', z.object(summaryShape));

export const TaskView = named(
  'TaskView',
  z.object({
    position: z.int().min(1),
    ordinal: z.string().describe('"Một là", "Hai là", …'),
    heading: z.string(),
    detail: z.string().nullable(),
    status: z.enum(['planned', 'in_progress', 'done']),
    dueDate: date.nullable(),
    responsibleDepartments: z.array(DepartmentRef),
  })
);

export const TaskListView = named(
  'TaskListView',
  z.object({
    title: z.string(),
    fromYear: z.int(),
    toYear: z.int().nullable(),
    period,
    department: DepartmentRef.nullable(),
    intro: z.string().nullable(),
    tasks: z.array(TaskView),
    article: ArticleLink.nullable(),
  })
);

export const CampaignField = named(
  'CampaignField',
  z.object({ name: z.string(), count, share: share.describe('Share of the models carried out, in %, one decimal.') })
);

export const CampaignView = named(
  'CampaignView',
  z.object({
    name: z.string(),
    fromYear: z.int(),
    toYear: z.int().nullable(),
    period,
    department: DepartmentRef.nullable(),
    registered: count,
    carriedOut: count,
    carriedOutShare: share.describe('Carried out as a share of registered, in %, one decimal.'),
    breakdown: z.array(CampaignField),
    sourceArticle: ArticleLink.nullable(),
  })
);

export const ArticleDetail = named(
  'ArticleDetail',
  z.object({
    ...summaryShape,
    body: z.array(z.looseObject({})).describe('Strapi blocks rich text.'),
    bodyHtml: z
      .string()
      .nullable()
      .describe(
        'The body as sanitised HTML, for articles imported with tables or embedded videos: when set, show it instead of `body` (which holds the same text, tables flattened). Only the tags p, br, hr, h2–h6, strong, b, em, i, u, s, sub, sup, a, ul, ol, li, blockquote, figure, figcaption, img, table, caption, thead, tbody, tfoot, tr, th, td, iframe (YouTube and Vimeo players), video and source; no scripts, styles or event handlers.'
      ),
    breadcrumb: z.array(SectionRef),
    taskList: TaskListView.nullable(),
    campaigns: z.array(CampaignView),
    related: z.array(ArticleSummary),
    previous: ArticleLink.nullable(),
    next: ArticleLink.nullable(),
  })
);

const sectionNodeShape = {
  ...SectionRef.shape,
  description: z.string().nullable(),
  position: z.int(),
  showOnHome: z.boolean(),
  articleCount: count.describe('Published articles filed directly in this section.'),
  totalArticleCount: count.describe('Published articles in this section and its sub-sections.'),
};

export interface SectionNode extends z.infer<z.ZodObject<typeof sectionNodeShape>> {
  children: SectionNode[];
}

export const SectionNode: z.ZodType<SectionNode> = named(
  'SectionNode',
  z.object({
    ...sectionNodeShape,
    get children(): z.ZodArray<z.ZodType<SectionNode>> {
      return z.array(SectionNode);
    },
  })
);

export const Pagination = named(
  'Pagination',
  z.object({ page: z.int().min(1), pageSize: z.int().min(1), pageCount: z.int().min(1), total: count })
);

export const SectionHeader = z.object({ ...SectionRef.shape, description: z.string().nullable() });

export const SectionPage = named(
  'SectionPage',
  z.object({
    section: SectionHeader,
    breadcrumb: z.array(SectionRef),
    children: z.array(SectionRef),
    articles: z.array(ArticleSummary),
    pagination: Pagination,
  })
);

export const HomeSection = z.object({ ...SectionRef.shape, articles: z.array(ArticleSummary) });

export const HomeView = named(
  'HomeView',
  z.object({ sections: z.array(HomeSection), featured: z.array(ArticleSummary), latest: z.array(ArticleSummary) })
);

export const AuthorProfile = named(
  'AuthorProfile',
  z.object({
    ...AuthorRef.shape,
    department: DepartmentRef.nullable(),
    photo: Image.nullable(),
    bio: z.string().nullable(),
    articles: z.array(ArticleSummary),
    pagination: Pagination,
  })
);

export const DepartmentProfile = named(
  'DepartmentProfile',
  z.object({
    ...DepartmentRef.shape,
    description: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable().describe("The department's public contact address."),
    parent: DepartmentRef.nullable(),
    children: z.array(DepartmentRef),
  })
);

export const SearchHit = named(
  'SearchHit',
  z.object({
    ...summaryShape,
    highlightedTitle: z.string().describe('The title, matched words in <mark>, HTML-escaped.'),
    snippet: z.string().describe('A passage around the first match, matched words in <mark>, HTML-escaped.'),
  })
);

export const SearchResult = named(
  'SearchResult',
  z.object({
    query: z.string(),
    results: z.array(SearchHit),
    totalIsExact: z
      .boolean()
      .describe(
        'False when more articles match than the search counts (PORTAL_SEARCH_COUNT_LIMIT, 1000 by default): pagination.total is then that limit, and more articles match.'
      ),
    pagination: Pagination,
  })
);

export const Redirect = named(
  'Redirect',
  z.object({
    location: z
      .string()
      .describe('Where the old address now lives: a reader path such as `/bai-viet/<slug>`, or an absolute URL.'),
    status: z.literal(301).describe('Always 301: the old address moved for good.'),
  })
);

export const ErrorBody = named(
  'Error',
  z.object({
    data: z.null(),
    error: z.looseObject({
      status: z.int(),
      name: z.string().meta({ examples: ['NotFoundError', 'ValidationError'] }),
      message: z.string().describe('What was wrong, for a person to act on.'),
      details: z.looseObject({}).optional(),
    }),
  })
);

export type SectionRef = z.infer<typeof SectionRef>;
export type DepartmentRef = z.infer<typeof DepartmentRef>;
export type AuthorRef = z.infer<typeof AuthorRef>;
export type ImageFormat = z.infer<typeof ImageFormat>;
export type Image = z.infer<typeof Image>;
export type ArticleLink = z.infer<typeof ArticleLink>;
export type ArticleSummary = z.infer<typeof ArticleSummary>;
export type TaskView = z.infer<typeof TaskView>;
export type TaskListView = z.infer<typeof TaskListView>;
export type CampaignView = z.infer<typeof CampaignView>;
export type ArticleDetail = z.infer<typeof ArticleDetail>;
/** An article without the related and neighbouring articles around it (the print view). */
export type ArticleContent = Omit<ArticleDetail, 'related' | 'previous' | 'next'>;
export type Pagination = z.infer<typeof Pagination>;
export type SectionPage = z.infer<typeof SectionPage>;
export type HomeView = z.infer<typeof HomeView>;
export type AuthorProfile = z.infer<typeof AuthorProfile>;
export type DepartmentProfile = z.infer<typeof DepartmentProfile>;
export type SearchResult = z.infer<typeof SearchResult>;
export type Redirect = z.infer<typeof Redirect>;

/** A page of items with its pagination (the services' own shape, not an answer by itself). */
export interface Page<T> {
  data: T[];
  pagination: Pagination;
}
