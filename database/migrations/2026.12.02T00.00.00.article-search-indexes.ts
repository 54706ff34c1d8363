import type { Knex } from 'knex';
import {
  ensureReadIndexes,
  ensureSearchIndexes,
  migrationTarget,
  type MigrationDatabase,
} from '../../src/plugins/portal/server/src/database';

/**
 * PostgreSQL: the word tables behind Vietnamese search, filled from the folded search columns of
 * the published articles, the trigger that keeps them current and their full-text indexes (why
 * tsvector over folded text rather than unaccent + pg_trgm, and why tables of their own: see
 * ensureSearchIndexes); and, on both databases, published articles by slug, which the read
 * indexes gained after their own migration had run.
 *
 * Strapi runs migrations before it creates or alters tables, so on a fresh database, or one that
 * gains the search columns in the same start, the portal plugin makes them once the schema sync
 * has (ensureIndexesOnce, once per database); both ways are idempotent.
 */
export async function up(knex: Knex, db?: MigrationDatabase): Promise<void> {
  const target = migrationTarget(knex, db);
  await ensureReadIndexes(knex, target);
  await ensureSearchIndexes(knex, target);
}
