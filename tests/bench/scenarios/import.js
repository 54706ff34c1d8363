'use strict';

/**
 * The Joomla importer at scale: `npm run import:joomla` over generated Joomla sites of 1,000,
 * 10,000 and 100,000 articles (BENCH_IMPORT_SIZES), into this run's PostgreSQL schema, each size
 * as an old site of its own. Reports articles per second and the importer's peak memory (its
 * process's maximum resident set), each beside the smallest size's figure from the same run: the
 * import streams in batches, so memory must not grow with the number of articles.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { createJoomlaDatabase, generateJoomlaSite } = require('../../fixtures/joomla');

const sizes = () =>
  (process.env.BENCH_IMPORT_SIZES ?? '1000,10000,100000')
    .split(',')
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isInteger(size) && size > 0);

/**
 * Runs the import command and reads its report and its peak memory.
 * @param {typeof import('../lib')} lib
 * @param {import('../lib').Database} database
 * @param {string[]} args
 * @returns {Promise<{ seconds: number, peakMb: number, report: { articles: { read: number, created: number }, warningCount: number } }>}
 */
const importRun = (lib, database, args) =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(lib.APP_DIR, 'database', 'import-joomla.js'), ...args], {
      cwd: lib.APP_DIR,
      env: { ...process.env, ...database.env, ...lib.secrets(), NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const lines = String(chunk).trim().split('\n');
      const last = lines[lines.length - 1];
      if (last.startsWith('Articles ')) process.stdout.write(`  ${last}\r`);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`import:joomla exited with ${code}:\n${output.slice(-3000)}`));
      const peak = /Peak memory: (\d+(?:\.\d+)?) MB/.exec(output);
      const file = /Report: (.+\.json)/.exec(output);
      if (!peak || !file)
        return reject(new Error(`import:joomla printed no peak memory or report:\n${output.slice(-2000)}`));
      resolve({
        seconds: (Date.now() - started) / 1000,
        peakMb: Number(peak[1]),
        report: JSON.parse(fs.readFileSync(file[1].trim(), 'utf8')),
      });
    });
  });

module.exports = {
  order: 50,
  byName: true,
  describe: 'npm run import:joomla over generated Joomla sites: articles per second and peak memory by size',
  /** @param {import('../run').ScenarioContext} context */
  async run({ database, lib }) {
    /** @type {{ size: number, generateSeconds: number, seconds: number, perSecond: number, peakMb: number, warnings: number }[]} */
    const rows = [];
    for (const size of sizes()) {
      const joomla = await createJoomlaDatabase({});
      const siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-joomla-'));
      try {
        const generated = await generateJoomlaSite({ url: joomla.url, articles: size, siteRoot });
        lib.log(`generated a Joomla site of ${size} articles in ${(generated.milliseconds / 1000).toFixed(1)} s`);
        const result = await importRun(lib, database, [
          '--mysql',
          joomla.url,
          '--site-root',
          siteRoot,
          '--source',
          `bench-${size}`,
          '--department',
          'ban-dan-van-tinh-uy',
          '--report',
          path.join(lib.APP_DIR, '.tmp', `bench-import-${size}.json`),
        ]);
        const read = result.report.articles.read;
        rows.push({
          size,
          generateSeconds: lib.round(generated.milliseconds / 1000),
          seconds: lib.round(result.seconds),
          perSecond: lib.round(read / result.seconds),
          peakMb: lib.round(result.peakMb),
          warnings: result.report.warningCount,
        });
        lib.log(`imported ${read} articles in ${result.seconds.toFixed(1)} s, peak ${result.peakMb} MB`);
      } finally {
        await joomla.drop();
        fs.rmSync(siteRoot, { recursive: true, force: true });
      }
    }
    const base = rows[0];
    const markdown = lib.table(
      rows.map((row) => ({
        ...row,
        articles: row.size.toLocaleString('en-US'),
        rateRatio: lib.ratio(row.perSecond, base.perSecond),
        memoryRatio: lib.ratio(row.peakMb, base.peakMb),
      })),
      [
        ['articles', 'articles'],
        ['seconds', 'import, s'],
        ['perSecond', 'articles/s'],
        ['rateRatio', `× rate at ${base.size.toLocaleString('en-US')}`],
        ['peakMb', 'peak memory, MB'],
        ['memoryRatio', `× memory at ${base.size.toLocaleString('en-US')}`],
        ['warnings', 'warnings'],
      ]
    );
    return { markdown, data: rows };
  },
};
