import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { isReaderPath } from './constants';

/**
 * The reference reader page is one static page (public/index.html) that draws every view in the
 * browser from the delivery API. This plugin answers the home page and the reader's deep links
 * (an article, section, author or department page, the search page) with that file, so a link
 * from a feed, the sitemap or a search engine opens the right view.
 *
 * It is a server middleware rather than a route: Strapi's own `/` route (from strapi::public)
 * redirects to the admin panel and would win over a plugin route. Added in bootstrap, it runs
 * after the global middlewares, so the page gets the same security headers as everything else.
 */
const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  const page = path.join(strapi.dirs.static.public, 'index.html');
  strapi.server.use(async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !isReaderPath(ctx.path) || !fs.existsSync(page)) {
      return next();
    }
    ctx.type = 'html';
    // The page is small and names its scripts by path: always revalidate, so a deploy shows at once.
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = fs.createReadStream(page);
  });
};

export default { bootstrap };
