import { LIMITS } from './constants';
import { intParam, slugParam, textParam } from './params';
import type { SearchInput } from './services/search';

/**
 * The inputs of each delivery endpoint, read from a query string (REST) or from arguments
 * (GraphQL, through `fromArgs`): one validation for both, so a bad value gets the same 400
 * message whichever way it came.
 */
export type Query = Record<string, unknown>;

export interface PageInput {
  page: number;
  pageSize: number;
}

/** GraphQL arguments as a query string would carry them: absent and null are left out, the rest as text. */
export const fromArgs = (args: Record<string, unknown>): Query =>
  Object.fromEntries(
    Object.entries(args).flatMap(([name, value]) =>
      value === undefined || value === null ? [] : [[name, String(value)]]
    )
  );

/** `page` (1…1000) and `pageSize` (1…50, 10 unless given). */
export const pageInput = (query: Query): PageInput => ({
  page: intParam(query, 'page', { min: 1, max: LIMITS.maxPage, fallback: 1 }) as number,
  pageSize: intParam(query, 'pageSize', {
    min: 1,
    max: LIMITS.maxPageSize,
    fallback: LIMITS.defaultPageSize,
  }) as number,
});

/** `limit`: how many articles each home section shows. */
export const homeInput = (query: Query): number =>
  intParam(query, 'limit', { min: 1, max: LIMITS.homeArticles.max, fallback: LIMITS.homeArticles.default }) as number;

const YEAR = { min: 1945, max: 2100 };

/** `year` and `department` filters of the task lists. */
export const taskListInput = (query: Query): { year?: number; department?: string } => ({
  year: intParam(query, 'year', YEAR),
  department: slugParam(query, 'department'),
});

/** `q` (required, at most 200 characters), the filters and the page of a search. */
export const searchInput = (query: Query): SearchInput => ({
  q: textParam(query, 'q', { maxLength: LIMITS.maxQueryLength, required: true }) as string,
  section: slugParam(query, 'section'),
  department: slugParam(query, 'department'),
  year: intParam(query, 'year', YEAR),
  ...pageInput(query),
});
