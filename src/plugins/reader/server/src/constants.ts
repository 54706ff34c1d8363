import { READER_PATHS } from '../../../portal/server/src/constants';

export const PLUGIN_ID = 'reader';

/** The reader page's search view (not linked from feeds, so not among the portal's READER_PATHS). */
export const SEARCH_PATH = '/tim-kiem';

/** A slug as the portal makes them: lowercase ASCII letters, digits and single hyphens. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "/bai-viet/", "/chuyen-muc/", … : the prefixes of the views that take a slug. */
const SLUG_PREFIXES = [READER_PATHS.article, READER_PATHS.section, READER_PATHS.author, READER_PATHS.department].map((path) =>
  escape(path(''))
);

const READER_PATH = new RegExp(`^(?:/|${escape(SEARCH_PATH)}/?|(?:${SLUG_PREFIXES.join('|')})${SLUG}/?)$`);

/** Whether a request path is one of the reader page's views, all answered by public/index.html. */
export const isReaderPath = (path: string): boolean => READER_PATH.test(path);
