#!/usr/bin/env node
/**
 * Starts the real portal for the browser tests: the app compiled into a directory of this run's
 * own, the admin panel from `npm run build` (dist/build), a fresh SQLite file, the demo content
 * and the demo accounts. Prints one line `E2E_READY <url>` once it listens; stops on SIGTERM and
 * removes its database and compiled app.
 *
 * Also usable by hand to look at the reader page: `node tests/e2e/server.js` (PORT, default 14201).
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..', '..');
const ADMIN_BUILD = path.join(APP_DIR, 'dist', 'build');

const main = async () => {
  const id = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  const distDir = path.join(APP_DIR, '.tmp', `e2e-dist-${id}`);
  const dbFile = process.env.DATABASE_FILENAME || path.join(APP_DIR, '.tmp', `e2e-${id}.db`);
  const ownDb = !process.env.DATABASE_FILENAME;

  // Secrets for this run only: nothing is written to .env.
  const random = () => crypto.randomBytes(24).toString('base64');
  process.env.NODE_ENV = process.env.NODE_ENV || 'development';
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = dbFile;
  process.env.HOST ??= '127.0.0.1';
  process.env.PORT ??= '14201';
  process.env.APPROVAL_SCHEDULER_ENABLED ??= 'false';

  const cleanUp = () => {
    fs.rmSync(distDir, { recursive: true, force: true });
    if (ownDb) for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  };

  if (!fs.existsSync(path.join(ADMIN_BUILD, 'index.html'))) {
    throw new Error('The admin panel is not built: run `npm run build` first.');
  }
  const { compile } = require('@strapi/typescript-utils');
  // E2E_IGNORE_TYPE_ERRORS=true runs the app even while a type error elsewhere is being fixed.
  const ignoreDiagnostics = process.env.E2E_IGNORE_TYPE_ERRORS === 'true';
  await compile(APP_DIR, { configOptions: { options: { outDir: distDir, incremental: false }, ignoreDiagnostics } });
  // Every secret the app needs (the list the app itself checks), generated for this run only.
  const { SECRETS } = require(path.join(distDir, 'src', 'utils', 'env-file'));
  for (const name of SECRETS) process.env[name] ??= name === 'APP_KEYS' ? [random(), random()].join(',') : random();
  // The admin panel is served from <distDir>/build: reuse the production build of `npm run build`.
  fs.symlinkSync(ADMIN_BUILD, path.join(distDir, 'build'), 'dir');

  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: APP_DIR, distDir, autoReload: false, serveAdminPanel: true });
  let stopping = false;
  /** @param {number} code */
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await app.destroy().catch(() => {});
    cleanUp();
    process.exit(code);
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  try {
    await app.load();
    app.log.level = process.env.E2E_LOG_LEVEL || 'warn';
    /** @type {import('../../database/seed').SeedModule} */
    const { seedDemoContent, describeDemoAccounts } = require(path.join(distDir, 'src', 'seed'));
    const { accounts } = await seedDemoContent(app);
    await app.listen();
    const url = `http://${process.env.HOST}:${process.env.PORT}`;
    describeDemoAccounts(accounts, `${url}/admin`).forEach((line) => console.log(line));
    console.log(`E2E_READY ${url}`);
  } catch (error) {
    const { stack, message } = /** @type {Error} */ (error);
    console.error(`The app did not start: ${stack || message}`);
    await stop(1);
  }
};

main().catch((/** @type {Error} */ error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
