import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import type {
  ArticleContent,
  ArticleDetail,
  ArticleLink,
  ArticleSummary,
  HomeView,
  Page,
  SectionPage,
} from '../schemas';
import { tables } from '../../../../../shared';
import { getService } from '../utils';
import {
  articleLink,
  articleSummary,
  campaignView,
  pagination,
  POPULATE,
  type Row,
  SUMMARY_FIELDS,
  taskListView,
} from './shape';

/** Only published versions, ever: drafts, and approved-but-unpublished versions, have no published row. */
const PUBLISHED = { publishedAt: { $notNull: true } };

/** Newest first: by the article's date, then by publication, then by id (stable across databases). */
const NEWEST_FIRST = [{ eventDate: 'desc' }, { publishedAt: 'desc' }, { id: 'desc' }];
const OLDEST_FIRST = [{ eventDate: 'asc' }, { publishedAt: 'asc' }, { id: 'asc' }];

const RELATED = 4;
const FEATURED = 6;

/**
 * Articles as the delivery API serves them: summaries, pages of summaries, the home page, a
 * section page, and the whole article. Reads go through strapi.db.query with explicit selects
 * and batched populates, so a page costs the same number of queries whatever its size.
 */
const articles = ({ strapi }: { strapi: Core.Strapi }) => {
  const sections = () => getService(strapi, 'sections');
  const query = () => strapi.db.query(UID.article);

  const service = {
    /** Published article summaries matching `where`, newest first. */
    async summaries(where: Row, { limit, offset = 0 }: { limit: number; offset?: number }): Promise<ArticleSummary[]> {
      const rows = (await query().findMany({
        where: { ...PUBLISHED, ...where },
        select: SUMMARY_FIELDS,
        populate: POPULATE,
        orderBy: NEWEST_FIRST,
        limit,
        offset,
      })) as Row[];
      return rows.map(articleSummary);
    },

    /** Summaries of exactly these published rows, in the order of `ids`. */
    async summariesByIds(ids: number[], extraFields: string[] = []): Promise<(ArticleSummary & { row: Row })[]> {
      if (!ids.length) return [];
      const rows = (await query().findMany({
        where: { ...PUBLISHED, id: { $in: ids } },
        select: [...SUMMARY_FIELDS, ...extraFields],
        populate: POPULATE,
      })) as Row[];
      const byId = new Map(rows.map((row) => [Number(row.id), row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ ...articleSummary(row), row }] : [];
      });
    },

    /**
     * A page of the published articles filed in these sections, newest first. Asked as "walk the newest-first index, keep the rows whose section is
     * one of these": it stops once the page is full, where Strapi's relation filter joins and
     * de-duplicates every article of the sections first (see docs/benchmarks.md, home cold).
     */
    async inSections(sectionIds: number[], limit: number, { offset = 0 } = {}): Promise<ArticleSummary[]> {
      const t = tables(strapi);
      const link = t.link(UID.article, 'section');
      const knex = strapi.db.connection;
      const column = (attribute: string) => `a.${t.column(UID.article, attribute)}`;
      const rows = () =>
        knex(`${t.qualified(t.table(UID.article))} as a`)
          .whereNotNull(column('publishedAt'))
          .whereIn('a.id', knex(t.qualified(link.name)).select(link.owner).whereIn(link.target, sectionIds));
      const newest = [
        { column: column('eventDate'), order: 'desc' },
        { column: column('publishedAt'), order: 'desc' },
        { column: 'a.id', order: 'desc' },
      ];
      const found = (await rows().select('a.id').orderBy(newest).limit(limit).offset(offset)) as {
        id: number | string;
      }[];
      // summariesByIds also hands back each raw row (for search's snippets): never into a payload.
      return (await service.summariesByIds(found.map((row) => Number(row.id)))).map(
        ({ row: _row, ...summary }) => summary
      );
    },

    /** One page of published summaries matching `where`, with its pagination. */
    async page(where: Row, page: number, pageSize: number): Promise<Page<ArticleSummary>> {
      const [data, total] = await Promise.all([
        service.summaries(where, { limit: pageSize, offset: (page - 1) * pageSize }),
        query().count({ where: { ...PUBLISHED, ...where } }),
      ]);
      return { data, pagination: pagination(page, pageSize, Number(total)) };
    },

    /** The home page: each home section's latest articles (its sub-sections included), the featured and the latest. */
    async home(perSection: number): Promise<HomeView> {
      const tree = await sections().tree();
      const homeSections = await sections().onHome();
      const blocks = await Promise.all(
        homeSections.map(async (section) => ({
          slug: section.slug,
          name: section.name,
          articles: await service.inSections(sections().subtreeIds(tree, section.id), perSection),
        }))
      );
      const [featured, latest] = await Promise.all([
        service.summaries({ featured: true }, { limit: FEATURED }),
        service.summaries({}, { limit: perSection }),
      ]);
      return { sections: blocks, featured, latest };
    },

    /** A section page: the section, its breadcrumb and sub-sections, and a page of its (subtree's) articles. */
    async sectionPage(slug: string, page: number, pageSize: number): Promise<SectionPage> {
      const section = await sections().find(slug);
      const tree = await sections().tree();
      const subtree = sections().subtreeIds(tree, section.id);
      const data = await service.inSections(subtree, pageSize, { offset: (page - 1) * pageSize });
      // The tree already counts each section's published articles: no second count of the page's query.
      const total = subtree.reduce((sum, id) => sum + (tree.counts.get(id) ?? 0), 0);
      return {
        section: { slug: section.slug, name: section.name, description: section.description ?? null },
        breadcrumb: sections().breadcrumb(tree, section.id),
        children: await sections().childrenRefs(section.id),
        articles: data,
        pagination: pagination(page, pageSize, total),
      };
    },

    /** The published row behind a slug, or a 404. */
    async published(slug: string): Promise<Row> {
      const row = (await query().findOne({
        where: { ...PUBLISHED, slug },
        select: [...SUMMARY_FIELDS, 'documentId', 'body', 'bodyHtml'],
        populate: { ...POPULATE, section: { select: ['id', 'slug', 'name'] } },
      })) as Row | null;
      if (!row) throw new errors.NotFoundError(`No published article "${slug}".`);
      return row;
    },

    /** The article before (older) and after (newer) this one in its section. */
    async neighbours(row: Row): Promise<{ previous: ArticleLink | null; next: ArticleLink | null }> {
      const sectionId = (row.section as Row | null)?.id;
      if (!sectionId) return { previous: null, next: null };
      const { eventDate, publishedAt, id } = row;
      const neighbour = async (direction: '$lt' | '$gt') => {
        const found = (await query().findOne({
          where: {
            ...PUBLISHED,
            section: { id: sectionId },
            $or: [
              { eventDate: { [direction]: eventDate } },
              { eventDate, publishedAt: { [direction]: publishedAt } },
              { eventDate, publishedAt, id: { [direction]: id } },
            ],
          },
          select: ['slug', 'title'],
          orderBy: direction === '$lt' ? NEWEST_FIRST : OLDEST_FIRST,
        })) as Row | null;
        return articleLink(found);
      };
      const [previous, next] = await Promise.all([neighbour('$lt'), neighbour('$gt')]);
      return { previous, next };
    },

    /** The article itself, as the print view shows it: no related or neighbouring articles. */
    async content(row: Row): Promise<ArticleContent> {
      const tree = await sections().tree();
      const section = row.section as Row | null;
      const documentId = String(row.documentId);
      const [taskList, campaigns] = await Promise.all([
        strapi.db.query(UID.taskList).findOne({
          where: { ...PUBLISHED, article: { documentId } },
          populate: {
            department: POPULATE.department,
            tasks: { populate: { responsibleDepartments: POPULATE.department } },
            article: { select: ['slug', 'title'] },
          },
        }) as Promise<Row | null>,
        strapi.db.query(UID.campaign).findMany({
          where: { ...PUBLISHED, sourceArticle: { documentId } },
          populate: {
            department: POPULATE.department,
            breakdown: { select: ['name', 'count'] },
            sourceArticle: { select: ['slug', 'title'] },
          },
          orderBy: [{ fromYear: 'desc' }, { id: 'asc' }],
        }) as Promise<Row[]>,
      ]);
      return {
        ...articleSummary(row),
        body: Array.isArray(row.body) ? (row.body as ArticleContent['body']) : [],
        bodyHtml: typeof row.bodyHtml === 'string' && row.bodyHtml !== '' ? row.bodyHtml : null,
        breadcrumb: sections().breadcrumb(tree, section ? Number(section.id) : null),
        taskList: taskList ? taskListView(taskList) : null,
        campaigns: campaigns.map(campaignView),
      };
    },

    /** The published article `slug` without what surrounds it (the print view), or a 404. */
    async printable(slug: string): Promise<ArticleContent> {
      return service.content(await service.published(slug));
    },

    /** The whole article, with everything a reader page shows around it. */
    async detail(slug: string): Promise<ArticleDetail> {
      const row = await service.published(slug);
      const section = row.section as Row | null;
      const [content, related, neighbours] = await Promise.all([
        service.content(row),
        section
          ? service.summaries({ section: { id: section.id }, id: { $ne: row.id } }, { limit: RELATED })
          : Promise.resolve([]),
        service.neighbours(row),
      ]);
      return { ...content, related, ...neighbours };
    },
  };

  return service;
};

export default articles;
