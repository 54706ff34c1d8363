'use strict';

/**
 * A second app instance in its own process, on the database the test's environment names
 * (same DATABASE_* variables). It loads, says READY, and on each line of input runs one scheduler
 * tick, answering with its result as JSON. Used to prove the scheduler acts exactly once with
 * several instances.
 */
const path = require('node:path');
const readline = require('node:readline');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const distDir = process.env.PORTAL_TEST_DIST || path.join(appDir, 'dist');
  const app = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'error';
  process.stdout.write('READY\n');
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() === 'exit') break;
    const result = await app.plugin('approval').service('scheduler').tick(new Date(line.trim()));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  await app.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
