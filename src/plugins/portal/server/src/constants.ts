import { UID } from '../../../../constants';

export const PLUGIN_ID = 'portal';

/** The portal's content types: the app's own list (src/constants). */
export { UID };

/** Types whose changes can alter what the delivery API answers: any write to them clears the cache. */
export const CACHED_UIDS: readonly string[] = [...Object.values(UID), 'plugin::upload.file'];

/** Derived, private search columns the plugin keeps on every article row. */
export const SEARCH_TITLE = 'searchTitle';
export const SEARCH_TEXT = 'searchText';

/** Limits of the public API's inputs. */
export const LIMITS = {
  maxPage: 1000,
  maxPageSize: 50,
  defaultPageSize: 10,
  maxQueryLength: 200,
  homeArticles: { default: 5, max: 20 },
} as const;

/** Reader-page paths (the reference page in public/ serves them): used in feeds and the sitemap. */
export const READER_PATHS = {
  home: '/',
  article: (slug: string) => `/bai-viet/${slug}`,
  section: (slug: string) => `/chuyen-muc/${slug}`,
  author: (slug: string) => `/tac-gia/${slug}`,
  department: (slug: string) => `/don-vi/${slug}`,
} as const;
