import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { tables } from '../../../../../shared';
import { ARTICLE_UID, TABLES } from '../constants';
import { getConfig } from '../config';
import { dayIn, getService } from '../utils';
import type { PendingRow } from './shared';
import type { Visitor } from './visitors';

const CHUNK = 200;

/**
 * Article view counters. A view is deduplicated and buffered (in memory, or in Redis shared by
 * every instance); the buffer is written every flush interval, in one transaction, as atomic
 * `hits = hits + n` upserts into the plugin's own tables. Articles themselves are never written.
 */
const counters = ({ strapi }: { strapi: Core.Strapi }) => {
  const state = () => getService(strapi, 'runtime').state();
  const knex = () => strapi.db.connection;
  const qualified = (name: string) => tables(strapi).qualified(name);
  // One instance alone (no Redis) is the only writer: it keeps each article's written total and
  // adds what it flushes, so a view costs no query. With Redis another instance may write any time.
  const base = new Map<string, number>();
  const inflight = new Map<string, number>();
  const cacheable = () => state().kind === 'memory';
  // Flushes run one after the other; `active` says one is under way, `flushes` counts those done.
  let chain: Promise<unknown> = Promise.resolve();
  let active = 0;
  let flushes = 0;
  let timer: NodeJS.Timeout | null = null;
  // After the last flush of a shutdown, a late view is written straight through.
  let stopped = false;

  const sumByArticle = (rows: PendingRow[]) => {
    const sums = new Map<string, number>();
    for (const { documentId, views } of rows) sums.set(documentId, (sums.get(documentId) ?? 0) + views);
    return sums;
  };

  const write = async (rows: PendingRow[]) => {
    const totals = [...sumByArticle(rows)].map(([document_id, hits]) => ({ document_id, hits }));
    const daily = rows.map(({ documentId, day, views }) => ({ document_id: documentId, day, hits: views }));
    // Raw knex, not the Document Service: only an upsert with `hits = hits + n` adds atomically.
    await knex().transaction(async (trx) => {
      for (let i = 0; i < totals.length; i += CHUNK) {
        await trx(qualified(TABLES.totals))
          .insert(totals.slice(i, i + CHUNK))
          .onConflict('document_id')
          .merge({ hits: trx.raw('??.?? + excluded.??', [TABLES.totals, 'hits', 'hits']) });
      }
      for (let i = 0; i < daily.length; i += CHUNK) {
        await trx(qualified(TABLES.daily))
          .insert(daily.slice(i, i + CHUNK))
          .onConflict(['document_id', 'day'])
          .merge({ hits: trx.raw('??.?? + excluded.??', [TABLES.daily, 'hits', 'hits']) });
      }
    });
  };

  const written = async (documentIds: string[]): Promise<Map<string, number>> => {
    const result = new Map<string, number>();
    const missing = cacheable() ? documentIds.filter((id) => !base.has(id)) : documentIds;
    if (missing.length) {
      // A flush under way could land between this read and its own bookkeeping: wait for it.
      if (active) await chain;
      const generation = flushes;
      // In chunks: the CSV export asks for every published article, past the databases' limit on parameters.
      const rows: { document_id: string; hits: number | string }[] = [];
      for (let i = 0; i < missing.length; i += CHUNK * 25) {
        const chunk = await knex()<{ document_id: string; hits: number | string }>(qualified(TABLES.totals))
          .select('document_id', 'hits')
          .whereIn('document_id', missing.slice(i, i + CHUNK * 25));
        rows.push(...chunk);
      }
      const found = new Map(rows.map((row) => [row.document_id, Number(row.hits)]));
      for (const id of missing) {
        result.set(id, found.get(id) ?? 0);
        if (cacheable() && generation === flushes && !active) base.set(id, found.get(id) ?? 0);
      }
    }
    if (cacheable()) for (const id of documentIds) if (base.has(id)) result.set(id, base.get(id) as number);
    return result;
  };

  /** Adds `views` views of an article, today, to the buffer (or straight to the database after the last flush). */
  const record = async (documentId: string, views = 1): Promise<void> => {
    const row = { documentId, day: dayIn(getConfig(strapi).timeZone), views };
    if (stopped) await write([row]);
    else await state().add([row]);
  };

  const service = {
    /**
     * Records a view of the published article `slug` by `visitor`: counted unless it is a
     * crawler or the same visitor viewed the article within the dedup window.
     * @returns whether it counted, and the article's views so far (buffered ones included)
     */
    async view(visitor: Visitor, slug: string): Promise<{ counted: boolean; views: number }> {
      const documentId = await getService(strapi, 'articles').documentId(slug);
      const config = getConfig(strapi);
      const tooMany = () =>
        new errors.RateLimitError(
          `Too many requests from this visitor: at most ${config.rateLimit.max} every ${config.rateLimit.windowSeconds} s. Try again later.`
        );
      const shared = state();
      if (shared.kind === 'redis') {
        // Redis: the whole view in one round trip; the database only until Redis knows the total.
        const result = await shared.view({
          visitor: visitor.key,
          alias: visitor.alias,
          forget: visitor.previous,
          memberId: visitor.memberId,
          bot: visitor.bot,
          documentId,
          day: dayIn(config.timeZone),
          dedupMs: config.dedupMinutes * 60_000,
          onlineMs: config.onlineMinutes * 60_000,
          rate: { max: config.rateLimit.max, windowMs: config.rateLimit.windowSeconds * 1000 },
        });
        if (!result.allowed) throw tooMany();
        const views =
          result.total ??
          (await shared.learnTotal(documentId, async () => (await written([documentId])).get(documentId) ?? 0)) ??
          (await service.totals([documentId]))[documentId] ??
          0;
        return { counted: result.counted, views };
      }
      if (!(await getService(strapi, 'visitors').allow(visitor))) throw tooMany();
      await getService(strapi, 'visitors').touch(visitor);
      let counted = false;
      if (!visitor.bot) {
        const ttl = config.dedupMinutes * 60_000;
        counted = await shared.claim(`${visitor.key}:${documentId}`, ttl);
        // The cookie just issued is the same visitor: its next request must not count again.
        if (visitor.alias) await shared.claim(`${visitor.alias}:${documentId}`, ttl);
        if (counted) await record(documentId);
      }
      const views = (await service.totals([documentId]))[documentId] ?? 0;
      return { counted, views };
    },

    /**
     * Writes the buffer to the database. On failure the views go back into the buffer, so a
     * later flush writes them. One flush at a time per instance.
     * @returns how many views were written
     */
    async flush(): Promise<number> {
      const run = chain.then(async () => {
        active += 1;
        try {
          const rows = await state().take();
          if (!rows.length) return 0;
          const sums = sumByArticle(rows);
          for (const [id, views] of sums) inflight.set(id, (inflight.get(id) ?? 0) + views);
          try {
            await write(rows);
          } catch (error) {
            await state().add(rows);
            throw error;
          } finally {
            await state().taken();
            for (const [id, views] of sums) {
              const left = (inflight.get(id) ?? 0) - views;
              if (left > 0) inflight.set(id, left);
              else inflight.delete(id);
            }
          }
          for (const [id, views] of sums) if (base.has(id)) base.set(id, (base.get(id) as number) + views);
          return [...sums.values()].reduce((a, b) => a + b, 0);
        } finally {
          active -= 1;
          flushes += 1;
        }
      });
      chain = run.catch(() => 0);
      return run;
    },

    /**
     * Views so far of each article, buffered views included: one query for all of them (none
     * when a single instance already knows them).
     */
    async totals(documentIds: string[]): Promise<Record<string, number>> {
      const ids = [...new Set(documentIds)];
      if (!ids.length) return {};
      const [stored, pending] = await Promise.all([written(ids), state().pendingFor(ids)]);
      return Object.fromEntries(
        ids.map((id) => [
          id,
          (stored.get(id) ?? 0) + (cacheable() ? (inflight.get(id) ?? 0) : 0) + (pending.get(id) ?? 0),
        ])
      );
    },

    /**
     * Adds views counted elsewhere (an old site's hit counters, brought over by an import) to the
     * all-time totals, not to any day. Joins the caller's transaction.
     */
    async addToTotals(views: Map<string, number>): Promise<void> {
      const rows = [...views].filter(([, hits]) => hits !== 0).map(([document_id, hits]) => ({ document_id, hits }));
      if (!rows.length) return;
      await strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
        for (let i = 0; i < rows.length; i += CHUNK) {
          await trx(qualified(TABLES.totals))
            .insert(rows.slice(i, i + CHUNK))
            .onConflict('document_id')
            .merge({ hits: trx.raw('??.?? + excluded.??', [TABLES.totals, 'hits', 'hits']) });
        }
      });
      if (cacheable()) for (const [id, hits] of views) if (base.has(id)) base.set(id, (base.get(id) as number) + hits);
    },

    /** Views of all published articles together, buffered views included (without the legacy offset). */
    async publishedTotal(): Promise<number> {
      const t = tables(strapi);
      const [row] = (await knex()(t.qualified(TABLES.totals))
        .sum({ hits: 'hits' })
        .whereIn(
          'document_id',
          knex()(t.qualified(t.table(ARTICLE_UID)))
            .select('document_id')
            .whereNotNull(t.column(ARTICLE_UID, 'publishedAt'))
        )) as {
        hits: number | string | null;
      }[];
      let total = Number(row?.hits ?? 0);
      const pending = await state().pendingAll();
      if (pending.size) {
        const published = await getService(strapi, 'articles').describe([...pending.keys()]);
        for (const [id, views] of pending) if (published.has(id)) total += views;
      }
      return total;
    },

    /** Starts writing the buffer every flush interval. */
    start(): void {
      const { flushIntervalMs } = getConfig(strapi);
      timer = setInterval(() => {
        service
          .flush()
          .catch((error: Error) =>
            strapi.log.error(`[stats] could not write buffered views (kept for the next try): ${error.message}`)
          );
      }, flushIntervalMs);
      timer.unref();
    },

    /** Stops the timer and writes what is left. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await service.flush();
      stopped = true;
    },
  };

  return service;
};

export default counters;
