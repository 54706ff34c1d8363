import type { Core } from '@strapi/strapi';
import { readership } from '../../../../../shared';
import { taskOrdinal } from '../../../../../utils/ordinal';
import type {
  ArticleLink,
  ArticleSummary,
  AuthorRef,
  CampaignView,
  DepartmentRef,
  Image,
  ImageFormat,
  Pagination,
  SectionRef,
  TaskListView,
} from '../schemas';

/** A row as strapi.db.query returns it, with the populates asked for. */
export type Row = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null =>
  typeof value === 'number' ? value : value == null ? null : Number(value);
const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** YYYY-MM-DD from a date column (SQLite gives strings, PostgreSQL Date objects). */
export const isoDate = (value: unknown): string | null => {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).slice(0, 10);
};

/** An ISO timestamp from a datetime column. */
const isoTime = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

/** Fields and populates of the related rows the summaries need (the select lists keep rows small). */
export const POPULATE = {
  section: { select: ['slug', 'name'] },
  department: { select: ['slug', 'name', 'shortName'] },
  authors: { select: ['slug', 'fullName', 'position'], populate: { titles: { select: ['name'] } } },
  cover: { select: ['url', 'width', 'height', 'alternativeText', 'formats'] },
  tags: { select: ['name'] },
} as const;

export const SUMMARY_FIELDS = ['id', 'slug', 'title', 'summary', 'eventDate', 'publishedAt', 'featured'];

const sectionRef = (row: unknown): SectionRef | null => {
  const r = row as Row | null;
  return r ? { slug: String(r.slug), name: String(r.name) } : null;
};

export const departmentRef = (row: unknown): DepartmentRef | null => {
  const r = row as Row | null;
  return r ? { slug: String(r.slug), name: String(r.name), shortName: str(r.shortName) } : null;
};

export const authorRef = (row: Row): AuthorRef => ({
  slug: String(row.slug),
  fullName: String(row.fullName),
  titles: list(row.titles).map((title) => String(title.name)),
  position: str(row.position),
});

const format = (value: unknown): ImageFormat => {
  const f = value as Row;
  return { url: String(f.url), width: num(f.width), height: num(f.height) };
};

export const image = (row: unknown): Image | null => {
  const r = row as Row | null;
  if (!r?.url) return null;
  const formats = (typeof r.formats === 'string' ? JSON.parse(r.formats) : r.formats) as Record<string, unknown> | null;
  return {
    ...format(r),
    alternativeText: str(r.alternativeText),
    formats: Object.fromEntries(Object.entries(formats ?? {}).map(([name, value]) => [name, format(value)])),
  };
};

export const articleLink = (row: unknown): ArticleLink | null => {
  const r = row as Row | null;
  return r ? { slug: String(r.slug), title: String(r.title) } : null;
};

export const articleSummary = (row: Row): ArticleSummary => ({
  slug: String(row.slug),
  title: String(row.title),
  summary: str(row.summary),
  eventDate: isoDate(row.eventDate),
  publishedAt: isoTime(row.publishedAt),
  featured: Boolean(row.featured),
  cover: image(row.cover),
  section: sectionRef(row.section),
  department: departmentRef(row.department),
  authors: list(row.authors).map(authorRef),
  tags: list(row.tags).map((tag) => String(tag.name)),
  // Filled for the whole response at once by fillViews (one query, whatever the page size).
  views: 0,
});

/**
 * Sets `views` on every article summary in a response (summaries, related articles, search
 * hits, the article itself) from the stats plugin's readership figures (src/shared/contracts):
 * one batched query per response. Without the stats plugin every count stays 0.
 */
export const fillViews = async (strapi: Core.Strapi, data: unknown): Promise<number> => {
  const summaries: ArticleSummary[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Row;
      if (typeof record.slug === 'string' && typeof record.views === 'number' && 'publishedAt' in record)
        summaries.push(record as unknown as ArticleSummary);
      Object.values(record).forEach(walk);
    }
  };
  walk(data);
  if (!summaries.length) return 0;
  const stats = readership(strapi);
  if (!stats) return 0;
  const views = await stats.viewsBySlug(summaries.map((summary) => summary.slug));
  for (const summary of summaries) summary.views = views[summary.slug] ?? 0;
  return summaries.length;
};

/** "2026", or "2025–2030". */
export const period = (fromYear: number, toYear: number | null): string =>
  toYear && toYear !== fromYear ? `${fromYear}–${toYear}` : String(fromYear);

/** A share in %, one decimal; 0 when there is nothing to share. */
export const share = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

export const taskListView = (row: Row): TaskListView => {
  const fromYear = Number(row.fromYear);
  const toYear = num(row.toYear);
  return {
    title: String(row.title),
    fromYear,
    toYear,
    period: period(fromYear, toYear),
    department: departmentRef(row.department),
    intro: str(row.intro),
    tasks: list(row.tasks).map((task, index) => ({
      position: index + 1,
      ordinal: taskOrdinal(index + 1),
      heading: String(task.heading),
      detail: str(task.detail),
      status: (str(task.status) ?? 'planned') as TaskListView['tasks'][number]['status'],
      dueDate: isoDate(task.dueDate),
      responsibleDepartments: list(task.responsibleDepartments).map((d) => departmentRef(d) as DepartmentRef),
    })),
    article: articleLink(row.article),
  };
};

export const campaignView = (row: Row): CampaignView => {
  const fromYear = Number(row.fromYear);
  const toYear = num(row.toYear);
  const registered = Number(row.registered ?? 0);
  const carriedOut = Number(row.carriedOut ?? 0);
  return {
    name: String(row.name),
    fromYear,
    toYear,
    period: period(fromYear, toYear),
    department: departmentRef(row.department),
    registered,
    carriedOut,
    carriedOutShare: share(carriedOut, registered),
    breakdown: list(row.breakdown).map((field) => ({
      name: String(field.name),
      count: Number(field.count ?? 0),
      share: share(Number(field.count ?? 0), carriedOut),
    })),
    sourceArticle: articleLink(row.sourceArticle),
  };
};

export const pagination = (page: number, pageSize: number, total: number): Pagination => ({
  page,
  pageSize,
  pageCount: Math.max(1, Math.ceil(total / pageSize)),
  total,
});
