import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { UID } from '../../../../constants';
import { isReaderPath, readerTarget, type ReaderKind } from './constants';

/** The content type each slug view shows; articles count only once published. */
const SOURCES: Record<ReaderKind, { uid: string; publishedOnly: boolean }> = {
  article: { uid: UID.article, publishedOnly: true },
  section: { uid: UID.section, publishedOnly: false },
  author: { uid: UID.author, publishedOnly: false },
  department: { uid: UID.department, publishedOnly: false },
};

/**
 * The reference reader page is one static page (public/index.html) that draws every view in the
 * browser from the delivery API. This plugin answers the home page and the reader's deep links
 * (an article, section, author or department page, the search page) with that file, so a link
 * from a feed, the sitemap or a search engine opens the right view.
 *
 * A slug that names nothing a reader may see (no such article, or not published) is answered
 * with the same page and a 404 status, so search engines drop it while the reader still sees
 * the page's own "not found" view. One indexed lookup per page load.
 *
 * It is a server middleware rather than a route: Strapi's own `/` route (from strapi::public)
 * redirects to the admin panel and would win over a plugin route. Added in bootstrap, it runs
 * after the global middlewares, so the page gets the same security headers as everything else.
 */
const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  const page = path.join(strapi.dirs.static.public, 'index.html');
  const exists = async (kind: ReaderKind, slug: string) => {
    const { uid, publishedOnly } = SOURCES[kind];
    const where = publishedOnly ? { slug, publishedAt: { $notNull: true } } : { slug };
    return Boolean(await strapi.db.query(uid).findOne({ where, select: ['id'] }));
  };
  strapi.server.use(async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !isReaderPath(ctx.path) || !fs.existsSync(page)) {
      await next();
      return;
    }
    const target = readerTarget(ctx.path);
    if (target && !(await exists(target.kind, target.slug))) ctx.status = 404;
    ctx.type = 'html';
    // The page is small and names its scripts by path: always revalidate, so a deploy shows at once.
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = fs.createReadStream(page);
  });
};

export default { bootstrap };
