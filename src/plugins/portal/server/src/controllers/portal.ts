import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { respondJson } from '../http';
import type { Query } from '../../../../../shared';
import { REDIRECT_MAX_AGE } from '../constants';
import { HomeQuery, PageQuery, parseQuery, parseRedirectQuery, pathSlug, SearchQuery, TaskListQuery } from '../schemas';
import { getService } from '../utils';

/**
 * Read-only controllers of the delivery API. Thin: validate the query with its schema (schemas.ts, shared
 * with GraphQL and the OpenAPI document), ask a service, answer from the response cache (see http.ts). Nothing here reads
 * unpublished content: the services only read published rows.
 */
const portal = ({ strapi }: { strapi: Core.Strapi }) => {
  const respond = (ctx: Context, data: () => Promise<unknown>) => respondJson(strapi, ctx, data);
  const query = (ctx: Context): Query => ctx.query;
  const slug = (ctx: Context) => pathSlug((ctx.params as { slug?: unknown }).slug);

  return {
    async home(ctx: Context) {
      const { limit } = parseQuery(HomeQuery, query(ctx));
      await respond(ctx, () => getService(strapi, 'articles').home(limit));
    },

    async sections(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'sections').nodes());
    },

    async section(ctx: Context) {
      const { page, pageSize } = parseQuery(PageQuery, query(ctx));
      await respond(ctx, () => getService(strapi, 'articles').sectionPage(slug(ctx), page, pageSize));
    },

    async article(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'articles').detail(slug(ctx)));
    },

    async author(ctx: Context) {
      const { page, pageSize } = parseQuery(PageQuery, query(ctx));
      await respond(ctx, () => getService(strapi, 'directory').author(slug(ctx), page, pageSize));
    },

    async department(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'directory').department(slug(ctx)));
    },

    async taskLists(ctx: Context) {
      const input = parseQuery(TaskListQuery, query(ctx));
      await respond(ctx, () => getService(strapi, 'programmes').taskLists(input));
    },

    async campaigns(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'programmes').campaigns());
    },

    async search(ctx: Context) {
      const input = parseQuery(SearchQuery, query(ctx));
      await respond(ctx, () => getService(strapi, 'search').run(input));
    },

    /**
     * Not from the response cache: any address a crawler invents would take a place there from the
     * portal's real pages, and the legacy plugin answers from its own cache or one indexed query.
     */
    async redirect(ctx: Context) {
      const input = parseRedirectQuery(query(ctx));
      const data = await getService(strapi, 'redirects').resolve(input);
      ctx.set('Cache-Control', `public, max-age=${REDIRECT_MAX_AGE}`);
      ctx.body = { data };
    },
  };
};

export default portal;
