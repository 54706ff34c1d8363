import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { limitParam, periodParam, rangeParams, slugParam } from '../params';
import { getConfig } from '../config';
import { dayIn, getService } from '../utils';

/** Counts change every second: nothing here may be cached by a browser or a proxy. */
const fresh = (ctx: Context, data: unknown) => {
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { data };
};

type Handler = (ctx: Context) => Promise<void>;

/** Public endpoints of the reader page, under /api/portal. */
const readers = ({ strapi }: { strapi: Core.Strapi }) => {
  const today = () => dayIn(getConfig(strapi).timeZone);

  /**
   * When the shared store (Redis) or the database does not answer, the reader gets a 503 that
   * says to try again, not a 500; the cause goes to the log.
   */
  const shielded = (handlers: Record<string, Handler>): Record<string, Handler> =>
    Object.fromEntries(
      Object.entries(handlers).map(([name, handler]) => [
        name,
        async (ctx: Context) => {
          try {
            await handler(ctx);
          } catch (error) {
            if (error instanceof errors.ApplicationError) throw error;
            strapi.log.error(`[stats] ${ctx.method} ${ctx.path} failed: ${(error as Error).message}`);
            ctx.status = 503;
            ctx.set('Retry-After', '5');
            ctx.set('Cache-Control', 'no-store');
            ctx.body = {
              data: null,
              error: {
                status: 503,
                name: 'ServiceUnavailableError',
                message: 'Readership statistics are unavailable for a moment. Try again in a few seconds.',
                details: {},
              },
            };
          }
        },
      ])
    );

  return shielded({
    /** POST /articles/:slug/views: one view of an article. */
    async view(ctx: Context) {
      const slug = slugParam((ctx.params as { slug?: unknown }).slug);
      // An unknown article is a 404 before any visitor work (cookie, member lookup).
      await getService(strapi, 'articles').documentId(slug);
      const visitor = await getService(strapi, 'visitors').identify(ctx);
      fresh(ctx, await getService(strapi, 'counters').view(visitor, slug));
    },

    /** POST /presence: the reader is still here. */
    async presence(ctx: Context) {
      const visitors = getService(strapi, 'visitors');
      const visitor = await visitors.identify(ctx);
      if (!(await visitors.allow(visitor))) {
        const { rateLimit } = getConfig(strapi);
        throw new errors.RateLimitError(
          `Too many requests from this visitor: at most ${rateLimit.max} every ${rateLimit.windowSeconds} s. Try again later.`
        );
      }
      await visitors.touch(visitor);
      fresh(ctx, await visitors.online());
    },

    /** GET /stats: online now, views so far, published articles. */
    async site(ctx: Context) {
      fresh(ctx, await getService(strapi, 'reports').site());
    },

    /** GET /most-read?period=day|week|month&limit=10 */
    async mostRead(ctx: Context) {
      const query = ctx.query;
      const period = periodParam(query, 'week');
      const limit = limitParam(query, 10, 50);
      fresh(ctx, await getService(strapi, 'reports').mostRead(period, limit));
    },

    /** GET /stats/views?from&to: the site's views per day. */
    async siteSeries(ctx: Context) {
      const { from, to } = rangeParams(ctx.query, today(), 366);
      fresh(ctx, { from, to, series: await getService(strapi, 'reports').series(from, to) });
    },

    /** GET /articles/:slug/views?from&to: one article's views so far and per day. */
    async articleSeries(ctx: Context) {
      const slug = slugParam((ctx.params as { slug?: unknown }).slug);
      const { from, to } = rangeParams(ctx.query, today(), 366);
      const documentId = await getService(strapi, 'articles').documentId(slug);
      const [totals, series] = await Promise.all([
        getService(strapi, 'counters').totals([documentId]),
        getService(strapi, 'reports').series(from, to, documentId),
      ]);
      fresh(ctx, { slug, views: totals[documentId] ?? 0, from, to, series });
    },
  });
};

export default readers;
