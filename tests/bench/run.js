'use strict';

/**
 * Runs benchmark scenarios: `node tests/bench/run.js [name ...]` (npm run bench, bench:delivery,
 * bench:search, bench:views). No name runs every scenario in scenarios/.
 *
 * One run = one compile, one fresh PostgreSQL schema, one app boot (production mode, demo seed),
 * then each scenario in turn on that same app; the schema is dropped at the end.
 *
 * A scenario is a module in scenarios/ exporting
 *   { order?: number, byName?: boolean, describe: string, async run({ app, database, distDir, lib }) => { markdown, data } }
 * A scenario with `byName: true` (the import, which takes hours at 100,000 articles) runs only when named.
 * It may grow the dataset (lib.growArticles); scenarios run by `order` (search grows 1k → 100k
 * first, so the others then run on the largest dataset).
 *
 * Environment: BENCH_CONNECTIONS (10), BENCH_DURATION (10 s), BENCH_WARMUP (3 s), BENCH_ARTICLES
 * (delivery dataset, 10000), BENCH_SEARCH_SIZES (1000,10000,100000), DATABASE_HOST/PORT/NAME/
 * USERNAME/PASSWORD (127.0.0.1/5432/postgres/postgres), BENCH_KEEP_DATABASE=true to keep the schema.
 */
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib');

const scenarioDir = path.join(__dirname, 'scenarios');

/**
 * @typedef {{ app: import('./lib').App, database: import('./lib').Database, distDir: string, lib: typeof lib }} ScenarioContext
 * @typedef {{ order?: number, byName?: boolean, describe: string, run: (context: ScenarioContext) => Promise<{ markdown: string, data: unknown }> }} Scenario
 */

/**
 * @param {string[]} names
 * @returns {(Scenario & { name: string })[]}
 */
const load = (names) => {
  const available = fs
    .readdirSync(scenarioDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      name: path.basename(file, '.js'),
      .../** @type {Scenario} */ (require(path.join(scenarioDir, file))),
    }));
  const unknown = names.filter((name) => !available.some((scenario) => scenario.name === name));
  if (unknown.length) {
    throw new Error(
      `Unknown scenario ${unknown.join(', ')}; there are: ${available.map((scenario) => scenario.name).join(', ')}.`
    );
  }
  const chosen = names.length
    ? available.filter((scenario) => names.includes(scenario.name))
    : available.filter((scenario) => !scenario.byName);
  return chosen.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
};

(async () => {
  const scenarios = load(process.argv.slice(2));
  lib.log(`scenarios: ${scenarios.map((scenario) => scenario.name).join(', ')}`);
  const distDir = await lib.compileApp();
  const database = await lib.createDatabase();
  let app;
  let failed = false;
  try {
    app = await lib.startApp({ distDir, database });
    const about = await lib.machine(database);
    const header = [
      `Run of ${about.date}: ${about.cores} cores (${about.cpu}), Node ${about.node}, PostgreSQL ${about.postgres}.`,
      `autocannon: ${lib.settings.connections} connections, ${lib.settings.duration} s per figure after a ${lib.settings.warmup} s warm-up; app in production mode, one process.`,
      `Command: ${
        process.argv.length === 2
          ? 'npm run bench'
          : process.argv.length === 3
            ? `npm run bench:${process.argv[2]}`
            : `node tests/bench/run.js ${process.argv.slice(2).join(' ')}`
      }`,
    ].join('\n');
    lib.log(header);
    const report = [header];
    /** @type {{ machine: import('./lib').Machine, settings: typeof lib.settings, scenarios: Record<string, unknown> }} */
    const results = { machine: about, settings: lib.settings, scenarios: {} };
    for (const scenario of scenarios) {
      lib.log(`\n== ${scenario.name}: ${scenario.describe}`);
      const { markdown, data } = await scenario.run({ app, database, distDir, lib });
      lib.log(`\n${markdown}\n`);
      report.push(`## ${scenario.name}\n\n${markdown}`);
      results.scenarios[scenario.name] = data;
    }
    lib.writeResults(scenarios.map((scenario) => scenario.name).join('+'), results, report.join('\n\n'));
  } catch (error) {
    failed = true;
    process.stderr.write(`${(error instanceof Error && error.stack) || error}\n`);
  } finally {
    await app?.stop();
    await database.drop();
  }
  process.exit(failed ? 1 : 0);
})();
