import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { respondJson } from '../http';
import { homeInput, pageInput, type Query, searchInput, taskListInput } from '../inputs';
import { pathSlug } from '../params';
import { getService } from '../utils';

/**
 * Read-only controllers of the delivery API. Thin: validate the query (inputs.ts, shared with
 * GraphQL), ask a service, answer from the response cache (see http.ts). Nothing here reads
 * unpublished content: the services only read published rows.
 */
const portal = ({ strapi }: { strapi: Core.Strapi }) => {
  const respond = (ctx: Context, data: () => Promise<unknown>) => respondJson(strapi, ctx, data);
  const query = (ctx: Context) => ctx.query as Query;
  const slug = (ctx: Context) => pathSlug(ctx.params.slug);

  return {
    async home(ctx: Context) {
      const limit = homeInput(query(ctx));
      await respond(ctx, () => getService(strapi, 'articles').home(limit));
    },

    async sections(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'sections').nodes());
    },

    async section(ctx: Context) {
      const { page, pageSize } = pageInput(query(ctx));
      await respond(ctx, () => getService(strapi, 'articles').sectionPage(slug(ctx), page, pageSize));
    },

    async article(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'articles').detail(slug(ctx)));
    },

    async author(ctx: Context) {
      const { page, pageSize } = pageInput(query(ctx));
      await respond(ctx, () => getService(strapi, 'directory').author(slug(ctx), page, pageSize));
    },

    async department(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'directory').department(slug(ctx)));
    },

    async taskLists(ctx: Context) {
      const input = taskListInput(query(ctx));
      await respond(ctx, () => getService(strapi, 'programmes').taskLists(input));
    },

    async campaigns(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'programmes').campaigns());
    },

    async search(ctx: Context) {
      const input = searchInput(query(ctx));
      await respond(ctx, () => getService(strapi, 'search').run(input));
    },
  };
};

export default portal;
