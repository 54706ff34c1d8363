import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';

/**
 * Runs `make` (idempotent DDL Strapi's schema cannot express) unless the plugin store records
 * that it ran for this `version` and for the tables of `uids` as Strapi defines them now. Called
 * after the schema sync, so the tables exist; a changed table definition counts as new, because
 * Strapi may have rebuilt the table (SQLite rebuilds a table to change a column, dropping its
 * triggers). Every other start reads one row and runs no DDL.
 */
export const madeOnce = async (
  strapi: Core.Strapi,
  { plugin, key, version, uids }: { plugin: string; key: string; version: number; uids: UID.Schema[] },
  make: () => Promise<void>
): Promise<'made' | 'in place'> => {
  const names = new Set(uids.map((uid) => strapi.db.metadata.get(uid).tableName));
  const tables = strapi.db.schema.schema.tables.filter((table) => names.has(table.name));
  const madeFor = createHash('sha256').update(JSON.stringify({ version, tables })).digest('hex');
  const store = strapi.store({ type: 'plugin', name: plugin, key });
  if ((await store.get({})) === madeFor) return 'in place';
  await make();
  await store.set({ value: madeFor });
  return 'made';
};
