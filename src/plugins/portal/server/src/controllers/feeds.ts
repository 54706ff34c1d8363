import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { respondCached } from '../http';
import { getService } from '../utils';

/** RSS 2.0 feeds, the sitemap and the print view: rendered by services/feeds and services/print, cached like the JSON API. */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => {
  const slug = (ctx: Context) => String(ctx.params.slug ?? '');
  return {
    async site(ctx: Context) {
      await respondCached(strapi, ctx, () => getService(strapi, 'feeds').siteRss());
    },
    async section(ctx: Context) {
      await respondCached(strapi, ctx, () => getService(strapi, 'feeds').sectionRss(slug(ctx)));
    },
    async sitemap(ctx: Context) {
      await respondCached(strapi, ctx, () => getService(strapi, 'feeds').sitemap());
    },
    async print(ctx: Context) {
      const download = ctx.query.download === '1';
      await respondCached(strapi, ctx, () => getService(strapi, 'print').render(slug(ctx)));
      if (download && ctx.status === 200) ctx.attachment(`${slug(ctx)}.html`);
    },
  };
};

export default feeds;
