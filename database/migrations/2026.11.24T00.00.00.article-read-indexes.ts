import type { Knex } from 'knex';
import { ensureIndexes } from '../../src/plugins/portal/server/src/database';

/**
 * Indexes for the delivery API: published articles newest first, and (PostgreSQL) the
 * full-text index behind Vietnamese search. A fresh database gets them at start-up instead,
 * once Strapi has created the tables (it runs migrations before that).
 */
export async function up(knex: Knex): Promise<void> {
  const db = (globalThis as { strapi?: { db: { dialect: { client: string }; getSchemaName(): string | undefined } } }).strapi?.db;
  await ensureIndexes(knex, { client: db?.dialect.client ?? knex.client.config.client, schema: db?.getSchemaName() });
}
