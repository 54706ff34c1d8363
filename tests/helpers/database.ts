import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export const APP_DIR = path.resolve(__dirname, '..', '..');

/** The app as compiled for this test run (see global-setup). */
export const DIST_DIR = process.env.PORTAL_TEST_DIST ?? path.join(APP_DIR, 'dist');

export const isPostgres = (): boolean => process.env.DATABASE_CLIENT === 'postgres';

/** A database of the suite's own: a fresh SQLite file, or a fresh schema on PostgreSQL. */
export interface TestDatabase {
  /** Environment the app reads to connect to it. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const pgClient = () =>
  new Client(
    process.env.DATABASE_URL
      ? { connectionString: process.env.DATABASE_URL }
      : {
          host: process.env.DATABASE_HOST ?? '127.0.0.1',
          port: Number(process.env.DATABASE_PORT ?? 5432),
          database: process.env.DATABASE_NAME ?? 'portal',
          user: process.env.DATABASE_USERNAME ?? 'portal',
          password: process.env.DATABASE_PASSWORD ?? '',
        }
  );

const runOnPostgres = async (sql: string) => {
  const client = pgClient();
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

export const createTestDatabase = async (): Promise<TestDatabase> => {
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (isPostgres()) {
    const schema = `test_${id}`;
    await runOnPostgres(`CREATE SCHEMA "${schema}"`);
    return {
      env: { DATABASE_SCHEMA: schema },
      drop: () => runOnPostgres(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
    };
  }
  const file = path.join(APP_DIR, '.tmp', `test-${id}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    env: { DATABASE_FILENAME: file },
    drop: () =>
      Promise.resolve().then(() => {
        for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      }),
  };
};
