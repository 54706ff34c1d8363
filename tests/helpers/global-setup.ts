import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';

/** Compiles the TypeScript app to dist/ once for the whole run; every suite then boots from it. */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  const started = Date.now();
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
  const db = process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite';
  process.stdout.write(`\nCompiled the app in ${((Date.now() - started) / 1000).toFixed(1)} s; suites run on ${db}.\n`);
}
