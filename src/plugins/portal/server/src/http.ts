import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getConfig } from './config';
import { fillViews } from './services/shape';
import { getService } from './utils';

export interface Rendered {
  status?: number;
  /** Content type; JSON unless said otherwise. */
  type?: string;
  body: string;
  /** Kept at most the cache's `ttl` (it shows figures that change without a content write); otherwise until a write clears it. */
  expires?: boolean;
}

/** The cache key of a request: its path and its query, in a canonical order (plus what else the response depends on). */
const cacheKey = (ctx: Context, vary: string) => {
  const query = Object.entries(ctx.query as Record<string, unknown>)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('&');
  return `${ctx.path}?${query}${vary ? `#${vary}` : ''}`;
};

/**
 * The reader site's address for absolute links (feeds, sitemap, print): the server's public URL
 * (`PUBLIC_URL`) when set, otherwise the origin this request came to.
 */
export const publicBase = (strapi: Core.Strapi, ctx: Context): string => {
  const configured = String(strapi.config.get('server.url', '') ?? '');
  return (/^https?:\/\//i.test(configured) ? configured : ctx.origin).replace(/\/+$/, '');
};

/**
 * Answers a request from the response cache (rendering it on a miss), with an ETag and
 * Cache-Control; an If-None-Match that still matches gets a 304 and no body.
 * `x-portal-cache: bypass` skips the cache when the config allows it (benchmarks only).
 * `vary` names anything else the response depends on (e.g. the origin its links use).
 */
export const respondCached = async (
  strapi: Core.Strapi,
  ctx: Context,
  render: () => Promise<Rendered>,
  { vary = '' }: { vary?: string } = {}
): Promise<void> => {
  const config = getConfig(strapi);
  const bypass = config.cache.allowBypass && ctx.get('x-portal-cache') === 'bypass';
  const response = await getService(strapi, 'cache').get(cacheKey(ctx, vary), render, { bypass });
  ctx.status = response.status;
  ctx.set('ETag', response.etag);
  ctx.set('Cache-Control', `public, max-age=${config.cache.maxAge}`);
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = response.type;
  ctx.body = response.body;
};

/** `{ data: … }` as JSON, cached (see respondCached). */
export const respondJson = (strapi: Core.Strapi, ctx: Context, data: () => Promise<unknown>): Promise<void> =>
  respondCached(strapi, ctx, async () => {
    const value = await data();
    // View counts move without any content write: only an answer that shows them expires.
    const expires = (await fillViews(strapi, value)) > 0;
    return { body: JSON.stringify({ data: value }), expires };
  });
