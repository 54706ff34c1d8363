import type { Core } from '@strapi/strapi';
import type services from './services';
import { PLUGIN_ID } from './constants';

type Services = typeof services;

/** The plugin's services, typed. */
export const getService = <T extends keyof Services>(strapi: Core.Strapi, name: T): ReturnType<Services[T]> =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[T]>;

/** Table and column names behind a content type, from Strapi's own metadata. */
export const tables = (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const schema = strapi.db.dialect.client === 'sqlite' ? null : strapi.db.getSchemaName();
  return {
    /** A table name as raw knex needs it: schema-qualified on PostgreSQL (Strapi's own queries do this for us). */
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
