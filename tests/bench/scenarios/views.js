'use strict';

/**
 * Article views under load: POST /api/portal/articles/:slug/views from many concurrent clients,
 * each request a new visitor (its own dv_vid cookie), so every request should count.
 * - throughput as a ratio to GET /_health from the same run (target ≥ 0.7);
 * - exact counts: views counted by the answers vs views in the database after the buffer is written;
 * - beside it, the naive way (a Document Service read-modify-write of a counter field: see
 *   server.js) under the same load, and how many views it loses.
 * With REDIS_URL set, the app shares its state through Redis and the figures are for that.
 */
const crypto = require('node:crypto');
const autocannon = require('autocannon');

const TARGET_VS_HEALTH = 0.7;

// The app of this run is started after the scenarios are loaded and inherits this environment: it
// turns on the benchmark server's naive counter (tests/bench/server.js).
process.env.BENCH_NAIVE_COUNTER = 'true';

/**
 * autocannon with a fresh visitor cookie on every request; counts 2xx answers and those that say
 * they counted. `{ duration }` measures throughput; `{ amount }` sends exactly that many requests
 * and waits for every answer, so counts can be compared exactly (a timed run stops with requests
 * still in flight, which the server counts and autocannon never sees).
 */
/**
 * @param {typeof import('../lib')} lib
 * @param {string} url
 * @param {{ duration: number, amount?: undefined } | { amount: number, duration?: undefined }} run
 * @returns {Promise<import('../lib').LoadFigures & { ok: number, counted: number }>}
 */
const load = (lib, url, { duration, amount }) =>
  new Promise((resolve, reject) => {
    /** @type {number[]} */
    const latencies = [];
    let ok = 0;
    let counted = 0;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: lib.settings.connections,
        ...(amount ? { amount } : { duration }),
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, cookie: `dv_vid=${crypto.randomBytes(12).toString('base64url')}` },
            }),
            onResponse: (status, body) => {
              if (status >= 200 && status < 300) {
                ok += 1;
                if (String(body).includes('"counted":true')) counted += 1;
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ ...lib.loadFigures(result, latencies), ok, counted });
      }
    );
    instance.on('response', (client, statusCode, bytes, responseTime) => latencies.push(responseTime));
  });

module.exports = {
  order: 30,
  describe: 'article views under load: exact counts vs /_health, and the naive read-modify-write',
  /** @param {import('../run').ScenarioContext} context */
  async run({ app, database, lib }) {
    const home = await (await app.request('/api/portal/home')).json();
    const [one] = home.data.latest;
    if (!one) throw new Error('/api/portal/home listed no article.');
    const db = await database.client();
    const sections = app.schema['api::section.section'];
    const {
      rows: [naiveSection],
    } = await db.query(`SELECT document_id FROM "${sections.table}" ORDER BY id LIMIT 1`);
    if (!naiveSection) throw new Error('The dataset has no section for the naive counter.');
    const naivePath = `/bench/naive-views/${naiveSection.document_id}`;
    for (const [route, method] of [
      [`/api/portal/articles/${one.slug}/views`, 'POST'],
      [naivePath, 'POST'],
    ]) {
      const response = await app.request(route, { method });
      if (response.status >= 300)
        throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
    }
    const naiveStored = async () => {
      const { rows } = await db.query(
        `SELECT max("${sections.columns.position}")::bigint AS hits FROM "${sections.table}" WHERE document_id = $1`,
        [naiveSection.document_id]
      );
      return Number(rows[0].hits);
    };
    /** @type {(table: string, slug: string) => Promise<number>} */
    const stored = async (table, slug) => {
      const { rows } = await db.query(
        `SELECT coalesce(max(t.hits), 0)::bigint AS hits FROM "${table}" t WHERE t.document_id IN (SELECT document_id FROM "${app.schema['api::article.article'].table}" WHERE slug = $1)`,
        [slug]
      );
      return Number(rows[0].hits);
    };
    /** @type {(slug: string) => Promise<number>} */
    const viewsNow = async (slug) =>
      (await (await app.request(`/api/portal/articles/${slug}/views`)).json()).data.views;
    const flushWait = Number(process.env.STATS_FLUSH_INTERVAL_MS ?? 2000) * 2 + 500;

    try {
      const health = await lib.measure(app, '/_health', { title: 'ceiling GET /_health' });

      const amount = Number(process.env.BENCH_VIEWS_AMOUNT ?? 5000);
      const viewsUrl = `${app.url}/api/portal/articles/${one.slug}/views`;
      const naiveUrl = `${app.url}${naivePath}`;

      // Throughput: warm-up, then a timed run, for each way.
      await load(lib, viewsUrl, { duration: lib.settings.warmup });
      const views = await load(lib, viewsUrl, { duration: lib.settings.duration });
      await load(lib, naiveUrl, { duration: lib.settings.warmup });
      const naive = await load(lib, naiveUrl, { duration: lib.settings.duration });

      // Exactness: the same concurrency, exactly `amount` requests, every answer awaited.
      const before = await viewsNow(one.slug);
      const exactRun = await load(lib, viewsUrl, { amount });
      const answered = await viewsNow(one.slug);
      await new Promise((resolve) => setTimeout(resolve, flushWait));
      const written = await stored('stats_article_totals', one.slug);
      const naiveBefore = await naiveStored();
      const naiveRun = await load(lib, naiveUrl, { amount });
      const naiveAfter = await naiveStored();

      /** @type {(import('../lib').LoadFigures & { title: string, expected: number | string, observed: number | string, lost: number | string, vsHealth?: number })[]} */
      const rows = [
        { ...health, expected: '', observed: '', lost: '' },
        {
          title: 'POST /api/portal/articles/:slug/views (stats plugin)',
          ...views,
          expected: exactRun.counted,
          observed: answered - before,
          lost: exactRun.counted - (answered - before),
        },
        {
          title: 'naive: Document Service read-modify-write',
          ...naive,
          expected: naiveRun.ok,
          observed: naiveAfter - naiveBefore,
          lost: naiveRun.ok - (naiveAfter - naiveBefore),
        },
      ];
      for (const row of rows) row.vsHealth = lib.ratio(row.rps, health.rps);
      const viewsVsHealth = lib.ratio(views.rps, health.rps);
      const exact =
        exactRun.ok === amount && exactRun.counted === amount && answered - before === amount && written === answered;
      const met = viewsVsHealth >= TARGET_VS_HEALTH && views.errors === 0 && views.non2xx === 0;
      const markdown = [
        `Every request is a new visitor (its own \`dv_vid\` cookie), so every 2xx answer must count. Shared state: ${process.env.REDIS_URL ? 'Redis' : 'in memory (one instance, no REDIS_URL)'}; flush interval ${process.env.STATS_FLUSH_INTERVAL_MS ?? 2000} ms. Target: ≥ ${TARGET_VS_HEALTH}× /_health.`,
        '',
        lib.table(rows, [
          ['title', 'request'],
          ...lib.LOAD_COLUMNS,
          ['vsHealth', '× /_health'],
          ['expected', 'views expected'],
          ['observed', 'views recorded'],
          ['lost', 'lost'],
        ]),
        '',
        `req/s and latencies: timed runs. Views expected/recorded/lost: a separate run of exactly ${amount} requests at the same concurrency, every answer awaited.`,
        `Stats plugin: ${exactRun.ok} of ${amount} answers 2xx, ${exactRun.counted} said "counted"; the article went from ${before} to ${answered} views (buffer included); after the flush the database holds ${written} (all runs included). Counts exact: ${exact ? 'yes' : 'NO'}. Throughput target: ${met ? 'met' : 'MISSED'} (${viewsVsHealth}× /_health).`,
        `Naive: ${naiveRun.ok} of ${amount} answers 2xx, the counter moved by ${naiveAfter - naiveBefore}: ${naiveRun.ok - (naiveAfter - naiveBefore)} views lost (${naiveRun.ok ? lib.round((100 * (naiveRun.ok - (naiveAfter - naiveBefore))) / naiveRun.ok) : 0} %).`,
      ].join('\n');
      return { markdown, data: { rows, before, answered, written, exact, met } };
    } finally {
      await db.end();
    }
  },
};
