import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { slugParam } from '../params';
import { getService, qualified, schemaOf } from '../utils';

const TABLE = 'stats_bench_naive_counter';

/**
 * The way the benchmark compares against (only with `benchNaiveCounter`): read the counter, add
 * one in JavaScript, write it back, as a Document Service update of a counter field would. Under
 * concurrency two requests read the same value and one view is lost. A throwaway table of its
 * own: no article is ever touched.
 */
const naive = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const table = () => qualified(strapi, TABLE);

  return {
    async install(): Promise<void> {
      const builder = () => (schemaOf(strapi) ? knex().schema.withSchema(schemaOf(strapi) as string) : knex().schema);
      if (!(await builder().hasTable(TABLE))) {
        await builder().createTable(TABLE, (t) => {
          t.string('document_id', 64).primary();
          t.bigInteger('hits').notNullable().defaultTo(0);
        });
      }
      strapi.server.routes([
        {
          method: 'POST',
          path: '/api/portal/bench/naive-views/:slug',
          handler: async (ctx: Context) => {
            const documentId = await getService(strapi, 'articles').documentId(slugParam(ctx.params.slug));
            const row = (await knex()(table()).where('document_id', documentId).first('hits')) as { hits: number | string } | undefined;
            const hits = Number(row?.hits ?? 0) + 1;
            if (row) await knex()(table()).where('document_id', documentId).update({ hits });
            else await knex()(table()).insert({ document_id: documentId, hits }).onConflict('document_id').merge({ hits });
            ctx.body = { data: { views: hits } };
          },
          config: { auth: false },
        },
      ]);
    },
  };
};

export default naive;
