import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { blocksToText, foldWords, highlight, snippet } from '../../../../../utils/text';
import { getConfig } from '../config';
import { SEARCH_TEXT, SEARCH_TITLE, UID } from '../constants';
import { SEARCH_TABLES } from '../database';
import type { SearchInput, SearchResult } from '../schemas';
import { bodyHtmlText, tables } from '../../../../../shared';
import { getService } from '../utils';
import { pagination } from './shape';

/**
 * Search over published articles that ignores case and tone marks: "dan van kheo" finds "Dân
 * vận khéo" and "dang" finds "Đảng" (and "đăng": without marks, Vietnamese words coincide).
 * Matches whole words of the title, summary, body and author names; title matches rank first,
 * then the newest.
 *
 * Each article row carries its folded text (searchTitle, searchText: see middlewares/search-text).
 * PostgreSQL reads narrow word tables made from it, one row per published article, each indexed
 * newest first and by word (database.ts); SQLite scans the folded columns with LIKE.
 *
 * A page is read as "title matches, newest first", then, if the page is not full, "other
 * matches, newest first", each a query that can stop after one page: a word in half the articles
 * then costs a short walk down the newest-first index, not a sort of every match. The total is
 * counted up to `searchCountLimit` matches (1000) and reported as "at least" beyond that
 * (`totalIsExact: false`), so a common word never costs a count of half the archive.
 */
const search = ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client !== 'sqlite';

  /**
   * SQL for "every word occurs in the title" or "… in the text" (title, summary, body, authors)
   * as whole words, over the row alias `a`, with its bindings.
   */
  const matches = (where: 'title' | 'text', words: string[]): [string, string[]] => {
    if (isPostgres()) return [`a.${where}_vector @@ plainto_tsquery('simple', ?)`, [words.join(' ')]];
    const column = `a.${tables(strapi).column(UID.article, where === 'title' ? SEARCH_TITLE : SEARCH_TEXT)}`;
    return [`(${words.map(() => `coalesce(${column}, '') like ?`).join(' and ')})`, words.map((word) => `% ${word} %`)];
  };

  return {
    /** One page of results for the query, ranked, with highlighted titles and snippets. */
    async run({ q, section, department, year, page, pageSize }: SearchInput): Promise<SearchResult> {
      const words = [...new Set(foldWords(q))].slice(0, 12);
      const empty = { query: q, results: [], totalIsExact: true, pagination: pagination(page, pageSize, 0) };
      if (!words.length) return empty;

      const t = tables(strapi);
      const a = (attribute: string) => `a.${t.column(UID.article, attribute)}`;
      const knex = strapi.db.connection;
      // The filters, applied to whichever rows a query reads (same column names in each).
      const filters: ((query: Knex.QueryBuilder) => void)[] = [];
      /** Published articles to search, as `a`: a word table on PostgreSQL, the articles on SQLite. */
      const base = (words: 'title' | 'text') => {
        const query = isPostgres()
          ? knex(`${t.qualified(words === 'title' ? SEARCH_TABLES.titles : SEARCH_TABLES.texts)} as a`)
          : knex(`${t.qualified(t.table(UID.article))} as a`).whereNotNull(a('publishedAt'));
        for (const filter of filters) filter(query);
        return query;
      };

      if (section) {
        const sections = getService(strapi, 'sections');
        const tree = await sections.tree();
        const found = tree.bySlug.get(section);
        if (!found) return empty;
        const link = t.link(UID.article, 'section');
        filters.push((query) => {
          query.whereIn(
            'a.id',
            knex(t.qualified(link.name)).select(link.owner).whereIn(link.target, sections.subtreeIds(tree, found.id))
          );
        });
      }
      if (department) {
        const link = t.link(UID.article, 'department');
        const departments = t.qualified(t.table(UID.department));
        filters.push((query) => {
          query.whereIn(
            'a.id',
            knex(`${t.qualified(link.name)} as dl`)
              .join(`${departments} as d`, 'd.id', `dl.${link.target}`)
              .where(`d.${t.column(UID.department, 'slug')}`, department)
              .select(`dl.${link.owner}`)
          );
        });
      }
      if (year !== undefined) {
        filters.push((query) => {
          query.where(a('eventDate'), '>=', `${year}-01-01`).where(a('eventDate'), '<=', `${year}-12-31`);
        });
      }

      const [inTitle, titleBindings] = matches('title', words);
      const [inText, textBindings] = matches('text', words);
      const newest = [
        { column: a('eventDate'), order: 'desc' },
        { column: a('publishedAt'), order: 'desc' },
        { column: 'a.id', order: 'desc' },
      ];
      const ids = async (query: Knex.QueryBuilder, limit: number, offset: number) =>
        ((await query.select('a.id').orderBy(newest).limit(limit).offset(offset)) as { id: number | string }[]).map(
          (row) => Number(row.id)
        );
      const count = async (query: Knex.QueryBuilder) =>
        Number(((await query.count({ total: '*' }).first()) as { total: number | string } | undefined)?.total ?? 0);
      /** Matches counted up to one past the limit: more than the limit means "the limit or more". */
      const countUpTo = async (query: Knex.QueryBuilder, limit: number) =>
        count(
          knex.from(
            query
              .select(knex.raw('1'))
              .limit(limit + 1)
              .as('m')
          )
        );

      // The search text contains the title, so title matches are a subset of all matches. The
      // page and the count run side by side: for a common word the count is the slower.
      const offset = (page - 1) * pageSize;
      const onePage = async () => {
        const titleIds = await ids(base('title').whereRaw(inTitle, titleBindings), pageSize, offset);
        if (titleIds.length === pageSize) return titleIds;
        const titleTotal =
          titleIds.length > 0 || offset === 0
            ? offset + titleIds.length
            : await count(base('title').whereRaw(inTitle, titleBindings));
        const others = base('text').whereRaw(inText, textBindings).whereRaw(`not (${inTitle})`, titleBindings);
        return [...titleIds, ...(await ids(others, pageSize - titleIds.length, Math.max(0, offset - titleTotal)))];
      };
      const { searchCountLimit } = getConfig(strapi);
      const [pageIds, counted] = await Promise.all([
        onePage(),
        countUpTo(base('text').whereRaw(inText, textBindings), searchCountLimit),
      ]);
      const totalIsExact = counted <= searchCountLimit;
      const total = Math.min(counted, searchCountLimit);

      const hits = await getService(strapi, 'articles').summariesByIds(pageIds, ['body', 'bodyHtml']);
      return {
        query: q,
        results: hits.map(({ row, ...summary }) => ({
          ...summary,
          highlightedTitle: highlight(summary.title, words),
          snippet: snippet(
            [
              summary.summary ?? '',
              // What the reader sees: the imported HTML (tables and all) when there is one.
              typeof row.bodyHtml === 'string' && row.bodyHtml ? bodyHtmlText(row.bodyHtml) : blocksToText(row.body),
              summary.authors.map((author) => author.fullName).join(', '),
            ].join(' '),
            words
          ),
        })),
        totalIsExact,
        pagination: pagination(page, pageSize, total),
      };
    },
  };
};

export default search;
