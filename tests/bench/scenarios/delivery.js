'use strict';

/**
 * The delivery API against stock Strapi and the ceiling, side by side in one run:
 * GET /_health (Koa and Strapi's middleware, no work), stock GET /api/articles?populate=*, and
 * /api/portal/articles/:slug, /api/portal/home, /api/portal/search each cold (response cache
 * bypassed) and warm (from the cache). Targets, warm: ≥ 10× stock and ≥ 0.7× /_health.
 */
const TARGETS = { vsStock: 10, vsHealth: 0.7 };

module.exports = {
  order: 20,
  describe: 'delivery API cold and warm vs stock populate=* and /_health',
  /** @param {import('../run').ScenarioContext} context */
  async run({ app, database, distDir, lib }) {
    const articles = Number(process.env.BENCH_ARTICLES ?? 10000);
    const dataset = await lib.growArticles(app, database, articles, { distDir });
    const home = await (await app.request('/api/portal/home')).json();
    const slug = home.data.latest[0]?.slug;
    if (!slug) throw new Error('/api/portal/home listed no article.');
    for (const route of ['/_health', '/api/articles?populate=*', `/api/portal/articles/${slug}`]) {
      const response = await app.request(route);
      if (response.status >= 300) throw new Error(`${route} answered ${response.status}: ${await response.text()}`);
    }

    const bypass = { 'x-portal-cache': 'bypass' };
    const portal = [
      ['article', `/api/portal/articles/${slug}`],
      ['home', '/api/portal/home'],
      ['search', `/api/portal/search?q=${encodeURIComponent(lib.QUERIES.common)}`],
    ];
    const health = await lib.measure(app, '/_health', { title: 'ceiling /_health' });
    const stock = await lib.measure(app, '/api/articles?populate=*', { title: 'stock /api/articles?populate=*' });
    /** @type {(import('../lib').Measured & { kind: string, vsStock?: number, vsHealth?: number, target?: string })[]} */
    const rows = [
      { ...health, kind: 'ceiling' },
      { ...stock, kind: 'stock' },
    ];
    for (const [name, route] of portal) {
      rows.push({ ...(await lib.measure(app, route, { headers: bypass, title: `${name} cold` })), kind: 'cold' });
      rows.push({ ...(await lib.measure(app, route, { title: `${name} warm` })), kind: 'warm' });
    }
    for (const row of rows) {
      const vsStock = lib.ratio(row.rps, stock.rps);
      const vsHealth = lib.ratio(row.rps, health.rps);
      row.vsStock = vsStock;
      row.vsHealth = vsHealth;
      row.target =
        row.kind === 'warm'
          ? vsStock >= TARGETS.vsStock && vsHealth >= TARGETS.vsHealth && row.errors === 0 && row.non2xx === 0
            ? 'met'
            : 'MISSED'
          : '';
    }
    const markdown = [
      `Dataset: the demo seed plus generated articles (at least BENCH_ARTICLES=${articles}; more when the search scenario ran first): ${dataset.published} published, ${dataset.drafts} draft-only. Article measured: ${slug}. Cold = \`x-portal-cache: bypass\`. Targets, warm: ≥ ${TARGETS.vsStock}× stock and ≥ ${TARGETS.vsHealth}× /_health.`,
      '',
      lib.table(rows, [
        ['title', 'request'],
        ...lib.LOAD_COLUMNS,
        ['vsStock', '× stock'],
        ['vsHealth', '× /_health'],
        ['target', 'target'],
      ]),
    ].join('\n');
    return { markdown, data: { articles, dataset, slug, rows } };
  },
};
