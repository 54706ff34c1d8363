import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { blocksToText, foldWords, highlight, snippet } from '../../../../../utils/text';
import { SEARCH_TEXT, SEARCH_TITLE, UID } from '../constants';
import type { SearchResult } from '../types';
import { getService, tables } from '../utils';
import { pagination } from './shape';

export interface SearchInput {
  q: string;
  section?: string;
  department?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/**
 * Search over published articles that ignores case and tone marks: "dan van kheo" finds "Dân
 * vận khéo" and "dang" finds "Đảng" (and "đăng": without marks, Vietnamese words coincide).
 * Matches whole words of the title, summary, body and author names; title matches rank first,
 * then the newest.
 *
 * Each article row carries its folded text (searchTitle, searchText: see middlewares/search-text).
 * PostgreSQL searches it through a full-text GIN index (database/migrations); SQLite scans it.
 */
const search = ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client !== 'sqlite';

  /** The condition "every word occurs in `column`", as whole words. */
  const matchAll = (qb: Knex.QueryBuilder, column: string, words: string[]) => {
    if (isPostgres()) {
      qb.whereRaw(`to_tsvector('simple', coalesce(${column}, '')) @@ plainto_tsquery('simple', ?)`, [words.join(' ')]);
    } else {
      for (const word of words) qb.where(column, 'like', `% ${word} %`);
    }
  };

  const titleMatch = (column: string, words: string[]): [string, string[]] =>
    isPostgres()
      ? [`(to_tsvector('simple', coalesce(${column}, '')) @@ plainto_tsquery('simple', ?))`, [words.join(' ')]]
      : [`(${words.map(() => `${column} like ?`).join(' and ')})`, words.map((word) => `% ${word} %`)];

  return {
    /** One page of results for the query, ranked, with highlighted titles and snippets. */
    async run({ q, section, department, year, page, pageSize }: SearchInput): Promise<SearchResult> {
      const words = [...new Set(foldWords(q))].slice(0, 12);
      const empty = { query: q, results: [], pagination: pagination(page, pageSize, 0) };
      if (!words.length) return empty;

      const t = tables(strapi);
      const a = (attribute: string) => `a.${t.column(UID.article, attribute)}`;
      const knex = strapi.db.connection;
      const base = knex(`${t.qualified(t.table(UID.article))} as a`).whereNotNull(a('publishedAt'));
      matchAll(base, a(SEARCH_TEXT), words);

      if (section) {
        const sections = getService(strapi, 'sections');
        const tree = await sections.tree();
        const found = tree.bySlug.get(section);
        if (!found) return empty;
        const link = t.link(UID.article, 'section');
        base.whereIn(
          'a.id',
          knex(t.qualified(link.name)).select(link.owner).whereIn(link.target, sections.subtreeIds(tree, found.id))
        );
      }
      if (department) {
        const link = t.link(UID.article, 'department');
        const departments = t.qualified(t.table(UID.department));
        base.whereIn(
          'a.id',
          knex(`${t.qualified(link.name)} as dl`)
            .join(`${departments} as d`, 'd.id', `dl.${link.target}`)
            .where(`d.${t.column(UID.department, 'slug')}`, department)
            .select(`dl.${link.owner}`)
        );
      }
      if (year !== undefined) {
        base.where(a('eventDate'), '>=', `${year}-01-01`).where(a('eventDate'), '<=', `${year}-12-31`);
      }

      const [titleSql, titleBindings] = titleMatch(a(SEARCH_TITLE), words);
      const [rows, counted] = await Promise.all([
        base
          .clone()
          .select('a.id')
          .select(knex.raw(`case when ${titleSql} then 1 else 0 end as title_hit`, titleBindings))
          .orderBy([
            { column: 'title_hit', order: 'desc' },
            { column: a('eventDate'), order: 'desc' },
            { column: a('publishedAt'), order: 'desc' },
            { column: 'a.id', order: 'desc' },
          ])
          .limit(pageSize)
          .offset((page - 1) * pageSize) as Promise<{ id: number }[]>,
        base.clone().count({ total: '*' }).first() as Promise<{ total: number | string } | undefined>,
      ]);

      const hits = await getService(strapi, 'articles').summariesByIds(
        rows.map((row) => Number(row.id)),
        ['body']
      );
      return {
        query: q,
        results: hits.map(({ row, ...summary }) => ({
          ...summary,
          highlightedTitle: highlight(summary.title, words),
          snippet: snippet([summary.summary ?? '', blocksToText(row.body), summary.authors.map((author) => author.fullName).join(', ')].join(' '), words),
        })),
        pagination: pagination(page, pageSize, Number(counted?.total ?? 0)),
      };
    },
  };
};

export default search;
