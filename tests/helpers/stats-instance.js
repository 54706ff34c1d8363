'use strict';

/**
 * One more app instance in its own process, listening on a free loopback port, on the database
 * (and Redis) its environment names. It says `READY <port>`, then answers lines on its input:
 * `flush` writes its buffered views and answers `FLUSHED <n>`; `exit` shuts it down cleanly.
 * Signals reach Strapi's own handlers (SIGTERM, SIGINT: graceful shutdown); SIGKILL is a crash.
 */
const path = require('node:path');
const readline = require('node:readline');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const distDir = process.env.PORTAL_TEST_DIST || path.join(appDir, 'dist');
  const app = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  await app.load();
  app.log.level = 'error';
  await app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`READY ${app.server.httpServer.address().port}\n`);
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const command = line.trim();
    if (command === 'exit') break;
    if (command === 'flush') {
      const written = await app.plugin('stats').service('counters').flush();
      process.stdout.write(`FLUSHED ${written}\n`);
    }
  }
  await app.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
