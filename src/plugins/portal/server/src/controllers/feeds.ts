import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { publicBase, respondCached, type Rendered } from '../http';
import { pathSlug } from '../schemas';
import { PRINT_CSP } from '../services/print';
import { getService } from '../utils';

/** RSS 2.0 feeds, the sitemap and the print view: rendered by services/feeds and services/print, cached like the JSON API. */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => {
  const slug = (ctx: Context) => pathSlug((ctx.params as { slug?: unknown }).slug);
  /** Absolute links depend on the base address: it is part of the cache key. */
  const respond = (ctx: Context, render: (base: string) => Promise<Rendered>) => {
    const base = publicBase(strapi, ctx);
    return respondCached(strapi, ctx, () => render(base), { vary: base });
  };

  return {
    async site(ctx: Context) {
      await respond(ctx, (base) => getService(strapi, 'feeds').siteRss(base));
    },
    async section(ctx: Context) {
      await respond(ctx, (base) => getService(strapi, 'feeds').sectionRss(slug(ctx), base));
    },
    async sitemap(ctx: Context) {
      await respond(ctx, (base) => getService(strapi, 'feeds').sitemap(base));
    },
    async print(ctx: Context) {
      await respond(ctx, (base) => getService(strapi, 'print').render(slug(ctx), base));
      // The page runs its own print button and nothing else (see PRINT_CSP).
      ctx.set('Content-Security-Policy', PRINT_CSP);
      if (ctx.query.download === '1' && ctx.status === 200) ctx.attachment(`${slug(ctx)}.html`);
    },
  };
};

export default feeds;
