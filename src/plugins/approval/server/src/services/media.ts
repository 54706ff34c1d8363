import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MediaItem } from '../api-types';
import { CONTENT_HASH_ATTRIBUTE, FILE_UID, WORKFLOW_UIDS, type WorkflowUID } from '../constants';
import { getService, refuse } from '../utils';
import type { Actor } from './actors';

/** A stored file, as the approval workflow sees it. */
export interface MediaFile {
  id: number;
  name: string;
  url: string;
  mime: string | null;
  hash: string;
  alternativeText: string | null;
  caption: string | null;
  sha256: string | null;
}

/** A workflow document that shows a file, and in which of its versions. */
export interface MediaUse {
  uid: WorkflowUID;
  documentId: string;
  title: string;
  inDraft: boolean;
  inPublished: boolean;
}

/** A file a document shows, for the approval panel. */
export type DocumentMedia = MediaItem;

interface Block {
  type?: string;
  image?: { hash?: string } | null;
  children?: Block[];
}

/** The hashes (the upload plugin's stable file names) of the pictures placed in a rich-text (blocks) value. */
export const blockImageHashes = (value: unknown): string[] => {
  const found: string[] = [];
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Block[]) {
      if (node?.type === 'image' && typeof node.image?.hash === 'string') found.push(node.image.hash);
      walk(node?.children);
    }
  };
  walk(value);
  return [...new Set(found)];
};

/** A title read from a row, or the fallback when it has none. */
const textOf = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

const FILE_FIELDS = ['id', 'name', 'url', 'mime', 'hash', 'alternativeText', 'caption'];

/**
 * Pictures and files are part of what an approver approves: the workflow documents that show a
 * file, who may change a file that approved or published content shows, and what such a change
 * does to the approvals that covered the old picture.
 */
const media = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');
  const hasContentHash = () =>
    CONTENT_HASH_ATTRIBUTE in (strapi.contentTypes[FILE_UID as UID.ContentType]?.attributes ?? {});
  const fileFields = () => (hasContentHash() ? [...FILE_FIELDS, CONTENT_HASH_ATTRIBUTE] : FILE_FIELDS);

  const attributesOf = (uid: WorkflowUID, type: 'media' | 'blocks') =>
    Object.entries(strapi.contentType(uid as UID.ContentType).attributes)
      .filter(([, attribute]) => (attribute as { type: string }).type === type)
      .map(([name]) => name);

  const titleOf = (uid: WorkflowUID) => ('title' in strapi.contentType(uid).attributes ? 'title' : 'name');

  /** Rows of `uid` whose rich text pictures the file with this hash (a text search narrowed by parsing). */
  const rowsPicturing = async (uid: WorkflowUID, field: string, hash: string) => {
    const meta = strapi.db.metadata.get(uid);
    const column = (meta.attributes[field] as { columnName?: string }).columnName ?? field;
    const schema = strapi.db.dialect.client === 'sqlite' ? null : strapi.db.getSchemaName();
    const table = schema ? `${schema}.${meta.tableName}` : meta.tableName;
    const pattern = `%"${hash.replace(/[\\%_]/g, (c) => `\\${c}`)}"%`;
    const ids: { id: number }[] = await strapi.db
      .connection(table)
      .select('id')
      .whereRaw(`CAST(?? AS TEXT) LIKE ? ESCAPE '\\'`, [column, pattern]);
    if (!ids.length) return [];
    const rows = (await strapi.db.query(uid).findMany({
      where: { id: { $in: ids.map((row) => row.id) } },
      select: ['id', 'documentId', 'publishedAt', titleOf(uid), field],
    })) as Record<string, unknown>[];
    return rows.filter((row) => blockImageHashes(row[field]).includes(hash));
  };

  const service = {
    /** A file by id, with what the workflow compares; null when there is none. */
    async file(id: number): Promise<MediaFile | null> {
      const row = (await strapi.db
        .query(FILE_UID)
        .findOne({ where: { id }, select: fileFields() })) as MediaFile | null;
      return row ? { ...row, sha256: row.sha256 ?? null } : null;
    },

    /** The workflow documents showing the file, in a media field or pictured in rich text, draft or live. */
    async usage(file: Pick<MediaFile, 'id' | 'hash'>): Promise<MediaUse[]> {
      const uses = new Map<string, MediaUse>();
      const note = (uid: WorkflowUID, row: Record<string, unknown>) => {
        const key = `${uid}:${String(row.documentId)}`;
        const use = uses.get(key) ?? {
          uid,
          documentId: String(row.documentId),
          title: textOf(row[titleOf(uid)], ''),
          inDraft: false,
          inPublished: false,
        };
        if (row.publishedAt) use.inPublished = true;
        else {
          use.inDraft = true;
          use.title = textOf(row[titleOf(uid)], use.title);
        }
        uses.set(key, use);
      };
      for (const uid of WORKFLOW_UIDS) {
        for (const field of attributesOf(uid, 'media')) {
          const rows = (await strapi.db.query(uid).findMany({
            where: { [field]: { id: file.id } },
            select: ['id', 'documentId', 'publishedAt', titleOf(uid)],
          })) as Record<string, unknown>[];
          rows.forEach((row) => note(uid, row));
        }
        for (const field of attributesOf(uid, 'blocks')) {
          (await rowsPicturing(uid, field, file.hash)).forEach((row) => note(uid, row));
        }
      }
      return [...uses.values()];
    },

    /** The files a document's draft shows, for the approval panel. */
    async ofDocument(uid: WorkflowUID, documentId: string): Promise<DocumentMedia[]> {
      const mediaFields = attributesOf(uid, 'media');
      const blockFields = attributesOf(uid, 'blocks');
      const draft = (await strapi.db.query(uid).findOne({
        where: { documentId, publishedAt: null },
        select: ['id', ...blockFields],
        populate: Object.fromEntries(mediaFields.map((field) => [field, { select: FILE_FIELDS }])),
      })) as Record<string, unknown> | null;
      if (!draft) return [];
      const listed: DocumentMedia[] = [];
      const add = (field: string, file: MediaFile) =>
        listed.push({
          field,
          id: file.id,
          name: file.name,
          url: file.url,
          mime: file.mime,
          alternativeText: file.alternativeText,
          caption: file.caption,
        });
      for (const field of mediaFields) {
        const value = draft[field] as MediaFile | MediaFile[] | null;
        (Array.isArray(value) ? value : value ? [value] : []).forEach((file) => add(field, file));
      }
      for (const field of blockFields) {
        const hashes = blockImageHashes(draft[field]);
        if (!hashes.length) continue;
        const files = (await strapi.db
          .query(FILE_UID)
          .findMany({ where: { hash: { $in: hashes } }, select: FILE_FIELDS })) as MediaFile[];
        files.forEach((file) => add(field, file));
      }
      return listed;
    },

    /** sha256 (or null), alt text and caption of the files with these hashes, for fingerprints of rich text. */
    async byHashes(hashes: string[]): Promise<Map<string, Pick<MediaFile, 'sha256' | 'alternativeText' | 'caption'>>> {
      if (!hashes.length) return new Map();
      const files = (await strapi.db
        .query(FILE_UID)
        .findMany({ where: { hash: { $in: hashes } }, select: ['hash', ...fileFields()] })) as MediaFile[];
      return new Map(
        files.map((file) => [
          file.hash,
          { sha256: file.sha256 ?? null, alternativeText: file.alternativeText, caption: file.caption },
        ])
      );
    },

    /**
     * Refuses (403) a change to a file that approved or published content shows, unless the actor
     * may publish every document that shows it; a deletion is refused while any document shows it.
     * The refusal names the documents.
     */
    async assertMayChange(
      fileId: number,
      change: 'replace' | 'describe' | 'delete',
      actor: Actor
    ): Promise<MediaUse[]> {
      // Not an id: no file to protect; the upload plugin answers it as it answers any unknown id.
      if (!Number.isSafeInteger(fileId) || fileId < 1) return [];
      const file = await service.file(fileId);
      if (!file) {
        if (change === 'delete') return [];
        throw new errors.NotFoundError(`No file with id ${fileId}.`);
      }
      const uses = await service.usage(file);
      if (!uses.length) return uses;
      const names = (list: MediaUse[]) => list.map((use) => `"${use.title}"`).join(', ');
      if (change === 'delete') {
        throw refuse(
          `Không xoá được "${file.name}": tệp đang được dùng trong ${names(uses)}. / "${file.name}" cannot be deleted while it is used by ${names(uses)}: remove it from them first.`,
          { code: 'media-in-use', documents: uses }
        );
      }
      if (actor.kind === 'system') return uses;
      const protectedUses: MediaUse[] = [];
      for (const use of uses) {
        const review = use.inDraft ? await workflow().find(use.uid, use.documentId) : null;
        if (use.inPublished || review?.state === 'approved' || review?.state === 'published') protectedUses.push(use);
      }
      if (!protectedUses.length) return uses;
      const notMine: MediaUse[] = [];
      for (const use of uses) {
        const facts = await workflow().facts(use.uid, use.documentId);
        if (!facts || !workflow().mayReview(actor, facts)) notMine.push(use);
      }
      if (notMine.length) {
        const what = change === 'replace' ? 'replaced' : 'given another alt text or caption';
        throw refuse(
          `"${file.name}" được dùng trong nội dung đã duyệt hoặc đã xuất bản (${names(protectedUses)}): chỉ người được xuất bản mọi bài dùng tệp này mới sửa được nó. / ` +
            `"${file.name}" is shown by approved or published content (${names(protectedUses)}). It can only be ${what} by someone who may publish every document using it; you may not publish ${names(notMine)}.`,
          { code: 'media-approved', documents: uses, notPublishable: notMine }
        );
      }
      return uses;
    },

    /**
     * After a file that documents show changed (new bytes, alt text or caption): a live version
     * showing it now shows the new file, changed by someone who may publish it, so its recorded
     * live fingerprint follows; every draft is then judged as after an edit, so a submission or
     * approval of the old picture is void and the draft needs approval again.
     */
    async afterChange(uses: MediaUse[], file: Pick<MediaFile, 'name'>, actor: Actor): Promise<void> {
      const fingerprints = getService(strapi, 'fingerprint');
      for (const use of uses) {
        await strapi.db.transaction(async () => {
          let review = await workflow().lock(use.uid, use.documentId);
          if (use.inPublished) {
            const live = await fingerprints.of(use.uid, use.documentId, 'published');
            if (live !== review.publishedFingerprint) {
              review = await workflow().transition(review, 'media', review.state, actor, {
                comment: `"${file.name}" changed; the live version shows the new file.`,
                patch: { publishedFingerprint: live, ...(review.state === 'published' ? { fingerprint: live } : {}) },
              });
            }
          }
          await workflow().afterWrite(use.uid, use.documentId, actor, review);
        });
      }
    },
  };

  return service;
};

export default media;
