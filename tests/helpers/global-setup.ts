import path from 'node:path';
import { compile } from '@strapi/typescript-utils';

const APP_DIR = path.resolve(__dirname, '..', '..');

/**
 * Compiles the TypeScript app once for the whole run, into a directory of the run's own (not
 * dist/, which `npm run develop` or `npm run build` may be rewriting meanwhile). Every suite and
 * helper process then boots from it: PORTAL_TEST_DIST reaches them through the environment.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  const distDir = path.join(APP_DIR, '.tmp', `test-dist-${process.pid}`);
  process.env.PORTAL_TEST_DIST = distDir;
  const started = Date.now();
  await compile(APP_DIR, { configOptions: { options: { outDir: distDir, incremental: false } } });
  const db = process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite';
  process.stdout.write(`\nCompiled the app in ${((Date.now() - started) / 1000).toFixed(1)} s; suites run on ${db}.\n`);
}
