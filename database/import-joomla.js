#!/usr/bin/env node
// @ts-check
/**
 * `npm run import:joomla -- --mysql mysql://user:pass@host:3306/db --prefix jos_ --site-root /path/to/old/site
 *   --source angiang [--old-host bandanvan.angiang.org.vn] [--department ban-dan-van] [--dry-run]`
 *
 * Brings an old Joomla 3/4 site into the portal (see README, "Moving from Joomla"). Safe to run again.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { fork } = require('node:child_process');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

/** Set in the process that imports: the compiled app it loads. */
const DIST_ENV = 'IMPORT_JOOMLA_DIST';

const USAGE = `Usage:
  npm run import:joomla -- --mysql mysql://USER:PASSWORD@HOST:3306/DATABASE --site-root /path/to/old/site \\
    --source NAME [--prefix jos_] [--old-host old.example.vn]... [--department SLUG] [--departments map.json] \\
    [--old-total N] [--report file.json] [--batch-size 100] [--dry-run]

  --mysql        the old site's Joomla database (MySQL or MariaDB)
  --site-root    a copy of the old site's files: the folder that holds images/
  --source       a short name for the old site in this portal, e.g. angiang (lowercase, digits, hyphens)
  --prefix       Joomla's table prefix (default jos_)
  --old-host     the old site's host name; repeat it, or separate several with commas
  --department   the department (slug) of every article the --departments file does not place
  --departments  a JSON file: { "<category id, alias or path>": "<department slug>", ... }
  --old-total    the total of views the old site showed, when it is not SUM(hits) of its published articles
  --report       where the JSON report goes (default .tmp/import-joomla-<source>-<time>.json)
  --dry-run      read everything and write the report, but change nothing`;

/** @param {string} message */
const fail = (message) => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};

/**
 * What this script calls of the compiled legacy plugin.
 * @typedef {{ run: (options: Record<string, unknown>, progress: (line: string) => void) => Promise<{ warningCount: number }> }} Importer
 */

const main = async () => {
  /** @type {ReturnType<typeof parseArgs>['values']} */
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        mysql: { type: 'string' },
        prefix: { type: 'string', default: 'jos_' },
        'site-root': { type: 'string' },
        source: { type: 'string' },
        'old-host': { type: 'string', multiple: true },
        department: { type: 'string' },
        departments: { type: 'string' },
        'old-total': { type: 'string' },
        report: { type: 'string' },
        'batch-size': { type: 'string', default: '100' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return fail(/** @type {Error} */ (error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const text = (/** @type {string} */ name) => {
    const value = values[name];
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };
  const mysql = text('mysql');
  const siteRoot = text('site-root');
  const source = text('source');
  if (!mysql) return fail('--mysql is required: the address of the old site’s Joomla database.');
  if (!/^mysql:\/\//i.test(mysql) && !/^mariadb:\/\//i.test(mysql)) {
    return fail(
      `--mysql must look like mysql://user:password@host:3306/database; got "${mysql.replace(/:[^:@/]*@/, ':***@')}".`
    );
  }
  if (!siteRoot)
    return fail('--site-root is required: a copy of the old site’s files (the folder that holds images/).');
  if (!source) return fail('--source is required: a short name for the old site, e.g. angiang.');
  const oldHosts = /** @type {string[]} */ (values['old-host'] ?? [])
    .flatMap((value) => value.split(','))
    .map((host) =>
      host
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '')
    )
    .filter(Boolean);
  const batchSize = Number(text('batch-size'));
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000)
    return fail('--batch-size must be a whole number from 1 to 1000.');
  const oldTotalText = text('old-total');
  const oldTotal = oldTotalText === null ? null : Number(oldTotalText.replace(/[.,\s]/g, ''));
  if (oldTotal !== null && (!Number.isSafeInteger(oldTotal) || oldTotal < 0))
    return fail('--old-total must be a whole number.');
  /** @type {Record<string, string>} */
  let departmentMap = {};
  const mapFile = text('departments');
  if (mapFile) {
    try {
      const parsed = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('it must be one JSON object');
      for (const [key, value] of Object.entries(parsed)) {
        if (typeof value !== 'string') throw new Error(`the value of "${key}" must be a department slug`);
      }
      departmentMap = parsed;
    } catch (error) {
      return fail(`--departments ${mapFile}: ${/** @type {Error} */ (error).message}`);
    }
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const reportFile = path.resolve(text('report') ?? path.join('.tmp', `import-joomla-${source}-${stamp}.json`));

  const started = Date.now();
  const appDir = path.resolve(__dirname, '..');
  const compiled = process.env[DIST_ENV];
  if (!compiled) {
    // The import runs in a process of its own, after the compile: its memory is the import's alone.
    console.log('Compiling the app…');
    const { distDir } = await compileStrapi({ appDir });
    const child = fork(__filename, process.argv.slice(2), {
      env: { ...process.env, [DIST_ENV]: distDir ?? appDir },
      stdio: 'inherit',
    });
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
    const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
    process.exit(/** @type {number} */ (code));
  }
  console.log('Starting Strapi (no HTTP server)…');
  const app = await createStrapi({ appDir, distDir: compiled, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'warn';
  try {
    /** @type {Importer} */
    const importer = app.plugin('legacy').service('importer');
    const report = await importer.run(
      {
        mysql,
        prefix: text('prefix') ?? 'jos_',
        siteRoot: path.resolve(siteRoot),
        source,
        oldHosts,
        department: text('department'),
        departmentMap,
        oldTotal,
        dryRun: Boolean(values['dry-run']),
        batchSize,
        reportFile,
      },
      (line) => console.log(line)
    );
    // maxRSS is in kilobytes: the most memory this process (the import, not the compile) held at once.
    console.log(`Peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(1)} s${report.warningCount ? '; read the warnings in the report' : ''}.`
    );
  } finally {
    await app.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Import failed: ${error.message}`);
    process.exit(1);
  }
);
