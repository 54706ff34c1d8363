import crypto from 'node:crypto';
import type { Core, Schema, UID } from '@strapi/strapi';
import { getService } from '../utils';
import { CONTENT_HASH_ATTRIBUTE, DEPARTMENT_KEY_ATTRIBUTE, FILE_UID, STATE_ATTRIBUTE } from '../constants';
import { blockImageHashes } from './media';

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

/**
 * Attributes added to a type after fingerprints of it were first stored: left out while empty, so
 * that adding one leaves every stored approval valid (`bodyHtml`: an imported article's tables).
 */
const LATER_ATTRIBUTES = new Set(['bodyHtml']);

type Row = Record<string, unknown>;
type Populate = Record<string, unknown>;

/** What a fingerprint covers, by version: 1 took media by id only; 2 adds each file's bytes (its content hash), alt text and caption, and the pictures placed in rich text. */
export type FingerprintVersion = 1 | 2;
type Version = FingerprintVersion;

/**
 * A content fingerprint: a hash of everything an approver approves (text, blocks, dates,
 * components, relations by documentId in their order, each picture or file by its id, content
 * hash, alt text and caption, and the pictures placed in rich text), and of nothing else.
 * A draft and its published copy with the same content have the same fingerprint.
 */
const fingerprint = ({ strapi }: { strapi: Core.Strapi }) => {
  const schemaOf = (uid: string): Schema.ContentType | Schema.Component =>
    strapi.contentTypes[uid as UID.ContentType] ?? strapi.components[uid as UID.Component];

  // Attributes nobody writes (writable: false) are derived from the content: not content themselves.
  const contentAttributes = (uid: string) =>
    Object.entries(schemaOf(uid).attributes).filter(
      ([name, attribute]) => !NOT_CONTENT.has(name) && (attribute as { writable?: boolean }).writable !== false
    ) as [string, Schema.Attribute.AnyAttribute][];

  const hasContentHash = () =>
    CONTENT_HASH_ATTRIBUTE in (strapi.contentTypes[FILE_UID as UID.ContentType]?.attributes ?? {});
  const fileFields = () => ['id', 'alternativeText', 'caption', ...(hasContentHash() ? [CONTENT_HASH_ATTRIBUTE] : [])];

  const populateFor = (uid: string): Populate => {
    const populate: Populate = {};
    for (const [name, attribute] of contentAttributes(uid)) {
      if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
      else if (attribute.type === 'media') populate[name] = { select: fileFields() };
      else if (attribute.type === 'component') populate[name] = { populate: populateFor(attribute.component) };
      else if (attribute.type === 'dynamiczone') populate[name] = true;
    }
    return populate;
  };

  const file = (value: Row, version: Version) =>
    version === 1
      ? value.id
      : {
          id: value.id,
          sha256: value[CONTENT_HASH_ATTRIBUTE] ?? null,
          alternativeText: value.alternativeText ?? null,
          caption: value.caption ?? null,
        };

  const canonical = (uid: string, row: Row | null | undefined, version: Version): unknown => {
    if (!row) return null;
    const out: Row = {};
    for (const [name, attribute] of contentAttributes(uid).sort(([a], [b]) => a.localeCompare(b))) {
      const value = row[name];
      if (value == null && LATER_ATTRIBUTES.has(name)) continue;
      if (attribute.type === 'relation') {
        out[name] = Array.isArray(value)
          ? value.map((target: Row) => target.documentId)
          : ((value as Row | null)?.documentId ?? null);
      } else if (attribute.type === 'media') {
        out[name] = Array.isArray(value)
          ? value.map((item: Row) => file(item, version))
          : value
            ? file(value as Row, version)
            : null;
      } else if (attribute.type === 'component') {
        const component = attribute.component;
        out[name] = Array.isArray(value)
          ? value.map((item: Row) => canonical(component, item, version))
          : canonical(component, value as Row | null, version);
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
    async of(
      uid: UID.ContentType,
      documentId: string,
      status: 'draft' | 'published' = 'draft',
      version: Version = 2
    ): Promise<string | null> {
      const row = (await strapi.db.query(uid).findOne({
        where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
        populate: populateFor(uid),
      })) as Row | null;
      if (!row) return null;
      const content = canonical(uid, row, version) as Row;
      if (version >= 2) {
        // A picture in rich text is stored as a copy of the file's details; its bytes are the file's.
        const blocks = contentAttributes(uid).filter(([, attribute]) => attribute.type === 'blocks');
        const hashes = blocks.flatMap(([name]) => blockImageHashes(row[name]));
        if (hashes.length) {
          const files = await getService(strapi, 'media').byHashes(hashes);
          content['#pictures'] = hashes.map((hash) => [hash, files.get(hash)?.sha256 ?? null]);
        }
      }
      return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
    },
  };
};

export default fingerprint;
