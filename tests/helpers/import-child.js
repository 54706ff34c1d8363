'use strict';

/**
 * The Joomla importer in a process of its own, on the database the test's environment names (same
 * DATABASE_* variables), booted from the test run's compiled app: the options come as JSON in
 * argv[2], every progress line goes to stdout. A test kills it halfway to prove a run resumes.
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const distDir = process.env.PORTAL_TEST_DIST || path.join(appDir, 'dist');
  const app = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'error';
  const options = JSON.parse(process.argv[2] ?? '{}');
  await app
    .plugin('legacy')
    .service('importer')
    .run(options, (/** @type {string} */ line) => process.stdout.write(`${line}\n`));
  await app.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
