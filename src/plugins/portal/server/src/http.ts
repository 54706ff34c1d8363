import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PortalConfig } from './config';
import { getService } from './utils';

export interface Rendered {
  status?: number;
  /** Content type; JSON unless said otherwise. */
  type?: string;
  body: string;
}

/** The cache key of a request: its path and its query, in a canonical order. */
const cacheKey = (ctx: Context) => {
  const query = Object.entries(ctx.query as Record<string, unknown>)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('&');
  return `${ctx.path}?${query}`;
};

/**
 * Answers a request from the response cache (rendering it on a miss), with an ETag and
 * Cache-Control; an If-None-Match that still matches gets a 304 and no body.
 * `x-portal-cache: bypass` skips the cache when the config allows it (benchmarks only).
 */
export const respondCached = async (strapi: Core.Strapi, ctx: Context, render: () => Promise<Rendered>): Promise<void> => {
  const config = strapi.config.get('plugin::portal') as PortalConfig;
  const bypass = config.cache.allowBypass && ctx.get('x-portal-cache') === 'bypass';
  const response = await getService(strapi, 'cache').get(cacheKey(ctx), render, { bypass });
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
  respondCached(strapi, ctx, async () => ({ body: JSON.stringify({ data: await data() }) }));
