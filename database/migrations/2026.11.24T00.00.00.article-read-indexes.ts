import type { Knex } from 'knex';
import {
  ensureReadIndexes,
  migrationTarget,
  type MigrationDatabase,
} from '../../src/plugins/portal/server/src/database';

/**
 * Published articles newest first (section pages, home, feeds). Strapi runs migrations before it
 * creates or alters tables, so a fresh database gets this index from the portal plugin's
 * bootstrap instead (see ensureIndexes).
 */
export async function up(knex: Knex, db?: MigrationDatabase): Promise<void> {
  await ensureReadIndexes(knex, migrationTarget(knex, db));
}
