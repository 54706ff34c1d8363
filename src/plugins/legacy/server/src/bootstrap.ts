import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { getService } from './utils';

/** Paths that are the portal's own and never an old site's. */
const OWN =
  /^\/(?:api|admin|graphql|uploads|_health|content-manager|content-type-builder|upload|i18n|users-permissions|email|documentation)(?:\/|$)/;
/** What an old Joomla address looks like, for the reader page's 404 when it names nothing. */
const LOOKS_OLD = /(?:^|\/)index\.php|\.html?$|\/\d+-[^/]+$/i;

/**
 * Old addresses keep working: a GET or HEAD that nothing else answered (404) is looked up among
 * the old sites' addresses and answered `301 Moved Permanently` to where it now lives. One that
 * looks like an old address but names nothing gets the reader page with a 404, like any slug the
 * reader does not know. Runs after the rest of the stack, so it costs nothing on a page that exists.
 */
const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  const page = path.join(strapi.dirs.static.public, 'index.html');
  strapi.server.use(async (ctx, next) => {
    await next();
    if (ctx.status !== 404 || ctx.body != null) return;
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || OWN.test(ctx.path)) return;
    const found = await getService(strapi, 'redirects').resolve({ path: ctx.url, host: ctx.hostname });
    if (found) {
      ctx.redirect(found.location);
      ctx.status = found.status;
      ctx.set('Cache-Control', 'public, max-age=86400');
      return;
    }
    if (LOOKS_OLD.test(ctx.path) && fs.existsSync(page)) {
      ctx.status = 404;
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = fs.createReadStream(page);
    }
  });
};

export default bootstrap;
