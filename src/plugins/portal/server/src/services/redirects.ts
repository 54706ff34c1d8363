import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { legacyRedirects } from '../../../../../shared';
import type { Redirect, RedirectInput } from '../schemas';

/** The host of a whole URL (`http://old-host/index.php?...`), lower-cased; null for a path. */
export const hostOf = (path: string): string | null => {
  if (!/^https?:\/\//i.test(path)) return null;
  try {
    return new URL(path).host.toLowerCase() || null;
  } catch {
    return null;
  }
};

/**
 * Where an old site's address now lives, for a frontend other than the bundled reader page. Asks
 * the legacy plugin (src/shared/contracts.ts, `legacyRedirects`): without it, or when it knows
 * nothing of the address, there is no redirect (a 404).
 */
const redirects = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The redirect of `path` (an old path and query, or a whole old URL) on `host` (by default the
   * URL's own host), or a 404.
   */
  async resolve({ path, host }: RedirectInput): Promise<Redirect> {
    const found = await legacyRedirects(strapi)?.resolve({ path, host: host?.toLowerCase() ?? hostOf(path) });
    if (!found) throw new errors.NotFoundError('No page of the old site is known at this address.');
    return { location: found.location, status: found.status };
  },
});

export default redirects;
