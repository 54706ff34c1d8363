import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { sanitizeBodyHtml } from '../shared';
import { asDocumentMiddleware } from './define';

const FIELD = 'bodyHtml';

/** The stored form of an article's `bodyHtml`: the sanitised HTML, or null when nothing visible is left. */
export const storedBodyHtml = (value: unknown): unknown =>
  typeof value === 'string' ? sanitizeBodyHtml(value) || null : value;

/**
 * An article's `bodyHtml` (an imported body with tables or videos, shown to readers instead of
 * the blocks) is stored only as sanitised HTML, whoever writes it: the admin panel, REST,
 * GraphQL, the importer or code. The value is cleaned before the write, so what is stored is
 * what is approved (the approval fingerprint reads the stored row) and what is delivered.
 *
 * Publishing copies the draft's row; a draft written past the Document Service (SQL, a raw
 * `strapi.db.query`) is cleaned on the way to readers: the published row, never the draft, so an
 * approval of the draft stays what it was.
 */
export const bodyHtmlRule = (strapi: Core.Strapi) =>
  asDocumentMiddleware(async (ctx, next) => {
    if (ctx.uid !== UID.article) return next();
    if (['create', 'update', 'clone'].includes(ctx.action)) {
      const data = ctx.params.data;
      if (data && FIELD in data) ctx.params.data = { ...data, [FIELD]: storedBodyHtml(data[FIELD]) };
      return next();
    }
    if (ctx.action !== 'publish') return next();
    const result = await next();
    const documentId = ctx.params.documentId;
    if (!documentId) return result;
    const rows = (await strapi.db.query(UID.article).findMany({
      select: ['id', FIELD],
      where: { documentId, publishedAt: { $notNull: true }, [FIELD]: { $notNull: true } },
    })) as { id: number; bodyHtml: string | null }[];
    for (const row of rows) {
      const clean = storedBodyHtml(row.bodyHtml);
      if (clean !== row.bodyHtml) {
        await strapi.db.query(UID.article).update({ where: { id: row.id }, data: { [FIELD]: clean } });
      }
    }
    return result;
  });
