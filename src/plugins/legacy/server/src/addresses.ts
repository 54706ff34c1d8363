/**
 * Old Joomla addresses, read the same way when they are recorded (import) and when they are asked
 * for (a request to the portal, or `GET /api/portal/redirects`). An address becomes a few lookup
 * keys, each a row of the address table:
 * - `a:<id>`: an article, from `index.php?option=com_content&view=article&id=N[:alias]…` in any
 *   parameter order, or from a SEF path ending in `/N-alias[.html]` (see body/refs.ts, which reads
 *   links inside bodies the same way);
 * - `c:<id>`: a category, from `…&view=category&id=N`, or a SEF segment `N-alias` (the alias tells
 *   an article from a category);
 * - `p:<path>`: a path as such (a menu item's or category's SEF path, an old redirect's URL),
 *   lower-cased, percent-decoded, NFC, without `index.php/`, `.html` or slashes at either end.
 */
import { articleTarget, parseAddress as readAddress, queryParameters } from './body/refs';

/** The longest key the address table holds. */
export const MAX_KEY_LENGTH = 255;

export interface ParsedAddress {
  /** Lookup keys, the most specific first. */
  keys: string[];
  /** The alias the address names (`123-le-ra-mat` → `le-ra-mat`), to tell two old sites' #123 apart. */
  alias: string | null;
  /** The host the address names, when it is a whole URL. */
  host: string | null;
  /** Joomla's print view (`tmpl=component&print=1`). */
  print: boolean;
  /** `view=featured` or the site root: the old home page. */
  home: boolean;
}

/** A path as the `p:` keys hold it (already percent-decoded by readAddress, or raw). */
export const normalizePath = (path: string): string => {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep it as written
  }
  return decoded
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/+|\/+$/g, '')
    .replace(/^index\.php(\/|$)/, '')
    .replace(/\.html?$/, '')
    .replace(/\/+$/g, '');
};

/** The key of a path, cut to what the table holds. */
export const pathKey = (path: string): string => `p:${normalizePath(path)}`.slice(0, MAX_KEY_LENGTH);
export const articleKey = (id: number | string): string => `a:${id}`;
export const categoryKey = (id: number | string): string => `c:${id}`;

const CATEGORY_ID = /^(\d{1,10})(?:[:-](.+))?$/;
const SEF_ID = /^(\d{1,10})-([^/]+?)(?:\.html?)?$/i;

/** Reads an old address: a path with its query, or a whole URL. Never throws. */
export const parseAddress = (input: string): ParsedAddress => {
  const result: ParsedAddress = { keys: [], alias: null, host: null, print: false, home: false };
  // Every host counts as the old site's here: the host only picks among old sites afterwards.
  const address = readAddress(input, []);
  if (!address) return result;
  const hostMatch = /^[a-z]+:\/\/([^/?#:]+)/i.exec(input.trim());
  result.host = hostMatch ? hostMatch[1].toLowerCase() : null;
  const withoutHost = `/${address.path}${address.query ? `?${address.query}` : ''}`;
  const query = queryParameters(address.query);
  const option = query.get('option')?.toLowerCase() ?? null;
  const view = (query.get('view') ?? '').toLowerCase();
  result.print = query.get('print') === '1' || (query.get('tmpl') === 'component' && query.has('print'));
  const keys = new Set<string>();
  const article = articleTarget(withoutHost, []);
  if (article) {
    keys.add(articleKey(article.oldId));
    result.alias = article.alias ? normalizePath(article.alias) : null;
  }
  if (option === 'com_content' && (view === 'category' || view === 'categories')) {
    const id = CATEGORY_ID.exec(query.get('id') ?? '');
    if (id) {
      keys.add(categoryKey(Number(id[1])));
      result.alias = id[2] ? normalizePath(id[2]) : null;
    }
  } else if (option === 'com_content' && (view === 'featured' || view === 'frontpage')) {
    result.home = true;
  }
  const segments = address.path.split('/').filter((segment) => segment && segment.toLowerCase() !== 'index.php');
  const sef = option ? null : SEF_ID.exec(segments.at(-1) ?? '');
  if (sef) {
    // `/tin-tuc/12-hoat-dong` may be a category as well as an article: the alias tells.
    keys.add(categoryKey(Number(sef[1])));
    result.alias ??= normalizePath(sef[2]);
  }
  if (segments.length) keys.add(pathKey(segments.join('/')));
  else if (!option) result.home = true;
  result.keys = [...keys];
  return result;
};
