import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';

/** A published article, as the statistics name it. */
export interface ArticleRef {
  documentId: string;
  slug: string;
  title: string;
  eventDate: string | null;
  section: string | null;
}

const PUBLISHED = { publishedAt: { $notNull: true } };
const LOOKUP_MS = 60_000;

type Row = Record<string, unknown>;

const toRef = (row: Row): ArticleRef => ({
  documentId: String(row.documentId),
  slug: String(row.slug),
  title: String(row.title),
  eventDate:
    row.eventDate instanceof Date
      ? row.eventDate.toISOString().slice(0, 10)
      : typeof row.eventDate === 'string'
        ? row.eventDate.slice(0, 10)
        : null,
  section: (row.section as Row | null)?.name ? String((row.section as Row).name) : null,
});

/**
 * Published articles, read-only: the statistics never write an article. Slug lookups are kept
 * for a minute on the hot path of a view, and forgotten at once on any write to an article
 * (see register.ts), so an unpublished article stops counting immediately on this instance.
 */
const articles = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Slug lookups, misses included (null), each for LOOKUP_MS; any article write clears them (register.ts). */
  const bySlug = new Map<string, { documentId: string | null; until: number }>();
  const query = () => strapi.db.query(ARTICLE_UID);

  return {
    /** The documentId of the published article `slug`, or a 404. */
    async documentId(slug: string): Promise<string> {
      let cached = bySlug.get(slug);
      if (!cached || cached.until <= Date.now()) {
        const row = (await query().findOne({ where: { ...PUBLISHED, slug }, select: ['documentId'] })) as Row | null;
        if (bySlug.size > 10_000) bySlug.clear();
        cached = { documentId: row ? String(row.documentId) : null, until: Date.now() + LOOKUP_MS };
        bySlug.set(slug, cached);
      }
      if (cached.documentId === null) throw new errors.NotFoundError(`No published article "${slug}".`);
      return cached.documentId;
    },

    /** The documentIds of the published articles among `slugs`, by slug (unknown or unpublished slugs are left out). */
    async documentIds(slugs: string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(slugs)];
      const rows: Row[] = [];
      // In chunks, past the databases' limit on parameters.
      for (let i = 0; i < wanted.length; i += 5000) {
        rows.push(
          ...((await query().findMany({
            where: { ...PUBLISHED, slug: { $in: wanted.slice(i, i + 5000) } },
            select: ['documentId', 'slug'],
          })) as Row[])
        );
      }
      return new Map(rows.map((row) => [String(row.slug), String(row.documentId)]));
    },

    /** Forgets every slug lookup (an article was written somewhere). */
    forget(): void {
      bySlug.clear();
    },

    /** Published articles among `documentIds` (all published articles when null), by documentId. */
    async describe(documentIds: string[] | null): Promise<Map<string, ArticleRef>> {
      if (documentIds && !documentIds.length) return new Map();
      const read = (where: Row) =>
        query().findMany({
          where,
          select: ['documentId', 'slug', 'title', 'eventDate'],
          populate: { section: { select: ['name'] } },
        }) as Promise<Row[]>;
      const rows: Row[] = [];
      if (!documentIds) rows.push(...(await read(PUBLISHED)));
      // In chunks: a month's most-read can name tens of thousands of articles, past the databases' limit on parameters.
      else
        for (let i = 0; i < documentIds.length; i += 5000)
          rows.push(...(await read({ ...PUBLISHED, documentId: { $in: documentIds.slice(i, i + 5000) } })));
      return new Map(rows.map((row) => [String(row.documentId), toRef(row)]));
    },

    /** How many articles are published. */
    async publishedCount(): Promise<number> {
      return Number(await query().count({ where: PUBLISHED }));
    },
  };
};

export default articles;
