import crypto from 'node:crypto';
import type { Core, Schema, UID } from '@strapi/strapi';
import { DEPARTMENT_KEY_ATTRIBUTE, STATE_ATTRIBUTE } from '../constants';

/** Not content: identity, bookkeeping, and what the workflow itself writes. */
const NOT_CONTENT = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  STATE_ATTRIBUTE,
  DEPARTMENT_KEY_ATTRIBUTE,
]);

type Row = Record<string, unknown>;
type Populate = Record<string, unknown>;

/**
 * A content fingerprint: a hash of everything an approver approves (text, blocks, dates,
 * components, relations by documentId in their order, media by id), and of nothing else.
 * A draft and its published copy with the same content have the same fingerprint.
 */
const fingerprint = ({ strapi }: { strapi: Core.Strapi }) => {
  const schemaOf = (uid: string): Schema.ContentType | Schema.Component =>
    (strapi.contentTypes[uid as UID.ContentType] ?? strapi.components[uid as UID.Component]) as Schema.ContentType | Schema.Component;

  // Attributes nobody writes (writable: false) are derived from the content: not content themselves.
  const contentAttributes = (uid: string) =>
    Object.entries(schemaOf(uid).attributes).filter(
      ([name, attribute]) => !NOT_CONTENT.has(name) && (attribute as { writable?: boolean }).writable !== false
    ) as [string, Schema.Attribute.AnyAttribute][];

  const populateFor = (uid: string): Populate => {
    const populate: Populate = {};
    for (const [name, attribute] of contentAttributes(uid)) {
      if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
      else if (attribute.type === 'media') populate[name] = { select: ['id'] };
      else if (attribute.type === 'component') populate[name] = { populate: populateFor(attribute.component) };
      else if (attribute.type === 'dynamiczone') populate[name] = true;
    }
    return populate;
  };

  const canonical = (uid: string, row: Row | null | undefined): unknown => {
    if (!row) return null;
    const out: Row = {};
    for (const [name, attribute] of contentAttributes(uid).sort(([a], [b]) => a.localeCompare(b))) {
      const value = row[name];
      if (attribute.type === 'relation') {
        out[name] = Array.isArray(value) ? value.map((target: Row) => target.documentId) : ((value as Row | null)?.documentId ?? null);
      } else if (attribute.type === 'media') {
        out[name] = Array.isArray(value) ? value.map((file: Row) => file.id) : ((value as Row | null)?.id ?? null);
      } else if (attribute.type === 'component') {
        const component = attribute.component;
        out[name] = Array.isArray(value) ? value.map((item: Row) => canonical(component, item)) : canonical(component, value as Row | null);
      } else if (value instanceof Date) {
        out[name] = value.toISOString();
      } else {
        out[name] = value ?? null;
      }
    }
    return out;
  };

  return {
    /**
     * The fingerprint of a document's draft (or published) version; null when there is none.
     * Reads through strapi.db so that it joins the caller's transaction and sees its writes.
     */
    async of(uid: UID.ContentType, documentId: string, status: 'draft' | 'published' = 'draft'): Promise<string | null> {
      const row = (await strapi.db.query(uid).findOne({
        where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
        populate: populateFor(uid),
      })) as Row | null;
      if (!row) return null;
      return crypto.createHash('sha256').update(JSON.stringify(canonical(uid, row))).digest('hex');
    },
  };
};

export default fingerprint;
