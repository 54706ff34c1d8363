import type { Core } from '@strapi/strapi';

/**
 * Table and column names behind a content type, from Strapi's own metadata, for the raw queries
 * of hot paths and of a plugin's own tables. Strapi's own queries qualify tables itself.
 */
export const tables = (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const schema = strapi.db.dialect.client === 'sqlite' ? null : strapi.db.getSchemaName() || null;
  return {
    /** The schema tables live in on PostgreSQL (DATABASE_SCHEMA); null on SQLite. */
    schema,
    /** A table name as raw knex needs it: schema-qualified on PostgreSQL. */
    qualified: (name: string) => (schema ? `${schema}.${name}` : name),
    table: (uid: string) => meta(uid).tableName,
    column: (uid: string, attribute: string) =>
      (meta(uid).attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute,
    /** The join table of a relation: its name, the owner's column and the target's. */
    link: (uid: string, attribute: string) => {
      const joinTable = (
        meta(uid).attributes[attribute] as {
          joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
        }
      ).joinTable;
      if (!joinTable) throw new Error(`${uid}.${attribute} has no join table.`);
      return { name: joinTable.name, owner: joinTable.joinColumn.name, target: joinTable.inverseJoinColumn.name };
    },
  };
};
