import { UID } from '../../../../constants';

export const PLUGIN_ID = 'portal';

/** The portal's content types: the app's own list (src/constants). */
export { UID };

/** Types whose changes can alter what the delivery API answers: any write to them clears the cache. */
export const CACHED_UIDS: readonly string[] = [...Object.values(UID), 'plugin::upload.file'];

export { READER_PATHS } from '../../../../shared';

/** Derived, private search columns the plugin keeps on every article row. */
export const SEARCH_TITLE = 'searchTitle';
export const SEARCH_TEXT = 'searchText';

/** Seconds browsers and proxies may keep a /redirects answer: old addresses move for good, but an import may still add some. */
export const REDIRECT_MAX_AGE = 300;
