import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { rangeParams } from '../params';
import { getConfig } from '../config';
import { dayIn, getService } from '../utils';

/** Admin endpoints: the homepage widget, views over time, the CSV export. */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  const today = () => dayIn(getConfig(strapi).timeZone);

  return {
    async summary(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await getService(strapi, 'reports').dashboard() };
    },

    async series(ctx: Context) {
      const { from, to } = rangeParams(ctx.query, today());
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: { from, to, series: await getService(strapi, 'reports').series(from, to) } };
    },

    /** GET /stats/export.csv?from&to: a download named after its range. */
    async exportCsv(ctx: Context) {
      const { from, to } = rangeParams(ctx.query, today());
      const body = await getService(strapi, 'reports').csv(from, to);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', `attachment; filename="thong-ke-bai-viet_${from}_${to}.csv"`);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = body;
    },
  };
};

export default dashboard;
