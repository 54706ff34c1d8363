import { READER_PATHS } from '../../../../shared';

export const PLUGIN_ID = 'reader';

/** The reader page's search view (not linked from feeds, so not among the portal's READER_PATHS). */
export const SEARCH_PATH = '/tim-kiem';

/** A slug as the portal makes them: lowercase ASCII letters, digits and single hyphens. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The views that take a slug, by what they show. */
export type ReaderKind = 'article' | 'section' | 'author' | 'department';
const KINDS: ReaderKind[] = ['article', 'section', 'author', 'department'];

/** "/bai-viet/", "/chuyen-muc/", … : the prefixes of the views that take a slug. */
const SLUG_PREFIXES = KINDS.map((kind) => escape(READER_PATHS[kind]('')));
const SLUG_PATH = new RegExp(`^(${SLUG_PREFIXES.join('|')})(${SLUG})/?$`);

const READER_PATH = new RegExp(`^(?:/|${escape(SEARCH_PATH)}/?|(?:${SLUG_PREFIXES.join('|')})${SLUG}/?)$`);

/** Whether a request path is one of the reader page's views, all answered by public/index.html. */
export const isReaderPath = (path: string): boolean => READER_PATH.test(path);

/** What a reader path names: `{ kind: 'article', slug }` for /bai-viet/<slug>, …; null for home and search. */
export const readerTarget = (path: string): { kind: ReaderKind; slug: string } | null => {
  const match = SLUG_PATH.exec(path);
  if (!match) return null;
  const kind = KINDS[SLUG_PREFIXES.indexOf(escape(match[1]))];
  return kind ? { kind, slug: match[2] } : null;
};
