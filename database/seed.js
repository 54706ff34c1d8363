#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo content into the configured database (SQLite by default,
 * PostgreSQL with DATABASE_CLIENT=postgres). Safe to run again: what is there stays as it is.
 */
'use strict';

const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

/**
 * What this script calls of the compiled seed module (src/seed).
 * @typedef {{
 *   seedDemoContent: (strapi: import('@strapi/strapi').Core.Strapi, log?: (line: string) => void) => Promise<{ accounts: unknown }>,
 *   describeDemoAccounts: (accounts: unknown, adminUrl: string) => string[],
 * }} SeedModule
 */

const main = async () => {
  const started = Date.now();
  console.log('Compiling the app…');
  const appContext = await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  console.log('Starting Strapi (no HTTP server)…');
  const app = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'warn';
  try {
    /** @type {SeedModule} */
    const { seedDemoContent, describeDemoAccounts } = require(
      path.join(appContext.distDir ?? appContext.appDir, 'src', 'seed')
    );
    console.log('Loading the demo content:');
    const { accounts } = await seedDemoContent(app, (line) => console.log(line));
    describeDemoAccounts(accounts, app.config.get('admin.absoluteUrl')).forEach((line) => console.log(line));
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await app.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Seeding failed: ${error.message}`);
    if (error.details && Object.keys(error.details).length) console.error(JSON.stringify(error.details, null, 2));
    process.exit(1);
  }
);
