'use strict';

/**
 * Search cost as the dataset grows: p95 of GET /api/portal/search at each size of
 * BENCH_SEARCH_SIZES (1k, 10k, 100k published articles), response cache bypassed, for a rare
 * term (1 article in 1000), a common one (1 in 2: ranking and counting half the table) and a
 * broad one (nearly all), each with one client (the time one search takes) and with the run's
 * connections (the same under load). Target: p95 < 50 ms at 100k.
 */
const TARGET_P95_MS = 50;

const sizes = () =>
  (process.env.BENCH_SEARCH_SIZES ?? '1000,10000,100000').split(',').map((size) => {
    if (!/^\d+$/.test(size.trim())) throw new Error(`BENCH_SEARCH_SIZES must list whole numbers; got "${size}".`);
    return Number(size.trim());
  });

module.exports = {
  order: 10,
  describe: 'search p95 at growing dataset sizes, cache bypassed',
  /** @param {import('../run').ScenarioContext} context */
  async run({ app, database, distDir, lib }) {
    const bypass = { 'x-portal-cache': 'bypass' };
    const rows = [];
    for (const size of sizes()) {
      const dataset = await lib.growArticles(app, database, size, { distDir });
      for (const [kind, q] of Object.entries(lib.QUERIES)) {
        const route = `/api/portal/search?q=${encodeURIComponent(q)}`;
        const response = await app.request(route, { headers: bypass });
        if (response.status !== 200) throw new Error(`${route} answered ${response.status}: ${await response.text()}`);
        const { data } = await response.json();
        // One client: the time a search takes. The configured connections: the same under load.
        for (const connections of [...new Set([1, lib.settings.connections])]) {
          const figures = await lib.measure(app, route, {
            headers: bypass,
            connections,
            title: `${size} articles, ${kind} "${q}", ${connections} connection(s)`,
          });
          rows.push({
            size,
            published: dataset.published,
            kind,
            q,
            matches: data.pagination.total,
            ...figures,
            target: figures.p95 < TARGET_P95_MS ? 'met' : 'MISSED',
          });
        }
      }
    }
    const markdown = [
      `Dataset: the demo seed plus N generated published articles (each a draft and a published row; 1 in 10 also has a draft-only sibling). Cache bypassed (\`x-portal-cache: bypass\`). Target: p95 < ${TARGET_P95_MS} ms at 100k.`,
      '',
      lib.table(rows, [
        ['size', 'generated articles'],
        ['published', 'published (with seed)'],
        ['kind', 'query'],
        ['q', 'q'],
        ['matches', 'matches'],
        ['connections', 'connections'],
        ...lib.LOAD_COLUMNS,
        ['target', `p95 < ${TARGET_P95_MS} ms`],
      ]),
    ].join('\n');
    return { markdown, data: rows };
  },
};
