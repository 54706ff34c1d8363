import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { LIMITS } from '../constants';
import { respondJson } from '../http';
import { intParam, slugParam, textParam } from '../params';
import { getService } from '../utils';

type Query = Record<string, unknown>;

/**
 * Read-only controllers of the delivery API. Thin: validate the query, ask a service, answer
 * from the response cache (see http.ts). Nothing here reads unpublished content: the services
 * only read published rows.
 */
const portal = ({ strapi }: { strapi: Core.Strapi }) => {
  const respond = (ctx: Context, data: () => Promise<unknown>) => respondJson(strapi, ctx, data);

  const page = (query: Query) => ({
    page: intParam(query, 'page', { min: 1, max: LIMITS.maxPage, fallback: 1 }) as number,
    pageSize: intParam(query, 'pageSize', { min: 1, max: LIMITS.maxPageSize, fallback: LIMITS.defaultPageSize }) as number,
  });

  const slug = (ctx: Context) => String(ctx.params.slug ?? '');

  return {
    async home(ctx: Context) {
      const limit = intParam(ctx.query as Query, 'limit', { min: 1, max: LIMITS.homeArticles.max, fallback: LIMITS.homeArticles.default }) as number;
      await respond(ctx, () => getService(strapi, 'articles').home(limit));
    },

    async sections(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'sections').nodes());
    },

    async section(ctx: Context) {
      const { page: number, pageSize } = page(ctx.query as Query);
      await respond(ctx, () => getService(strapi, 'articles').sectionPage(slug(ctx), number, pageSize));
    },

    async article(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'articles').detail(slug(ctx)));
    },

    async author(ctx: Context) {
      const { page: number, pageSize } = page(ctx.query as Query);
      await respond(ctx, () => getService(strapi, 'directory').author(slug(ctx), number, pageSize));
    },

    async department(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'directory').department(slug(ctx)));
    },

    async taskLists(ctx: Context) {
      const query = ctx.query as Query;
      const year = intParam(query, 'year', { min: 1945, max: 2100 });
      const department = slugParam(query, 'department');
      await respond(ctx, () => getService(strapi, 'programmes').taskLists({ year, department }));
    },

    async campaigns(ctx: Context) {
      await respond(ctx, () => getService(strapi, 'programmes').campaigns());
    },

    async search(ctx: Context) {
      const query = ctx.query as Query;
      const q = textParam(query, 'q', { maxLength: LIMITS.maxQueryLength, required: true }) as string;
      const input = {
        q,
        section: slugParam(query, 'section'),
        department: slugParam(query, 'department'),
        year: intParam(query, 'year', { min: 1945, max: 2100 }),
        ...page(query),
      };
      await respond(ctx, () => getService(strapi, 'search').run(input));
    },
  };
};

export default portal;
