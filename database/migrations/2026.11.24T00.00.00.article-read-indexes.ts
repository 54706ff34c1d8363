import type { Knex } from 'knex';
import {
  ensureReadIndexes,
  migrationTarget,
  type MigrationDatabase,
} from '../../src/plugins/portal/server/src/database';

/**
 * Published articles newest first (section pages, home, feeds), on a database that already has
 * them. Strapi runs migrations before it creates or alters tables, so a fresh database gets this
 * index from the portal plugin once its schema sync has made the table (ensureIndexesOnce).
 */
export async function up(knex: Knex, db?: MigrationDatabase): Promise<void> {
  await ensureReadIndexes(knex, migrationTarget(knex, db));
}
