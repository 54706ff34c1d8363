import type { Knex } from 'knex';
import { TABLES } from './constants';

/**
 * Creates the plugin's counter tables if they are missing. They are plain tables rather than
 * content types: a counter needs an atomic `hits = hits + n` upsert on a unique key, which the
 * Document Service cannot express. Strapi leaves tables it never created alone.
 */
export const ensureTables = async (knex: Knex, schema: string | null): Promise<void> => {
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (!(await builder().hasTable(TABLES.totals))) {
    await builder().createTable(TABLES.totals, (table) => {
      table.string('document_id', 64).primary();
      table.bigInteger('hits').notNullable().defaultTo(0);
    });
  }
  if (!(await builder().hasTable(TABLES.daily))) {
    await builder().createTable(TABLES.daily, (table) => {
      table.string('document_id', 64).notNullable();
      // YYYY-MM-DD in the configured time zone: compares as text, the same on every database.
      table.string('day', 10).notNullable();
      table.bigInteger('hits').notNullable().defaultTo(0);
      table.primary(['document_id', 'day']);
      table.index(['day'], `${TABLES.daily}_day_idx`);
    });
  }
};
