import type { Core, UID } from '@strapi/strapi';
import { UID as PORTAL } from '../constants';
import { asDocumentMiddleware, validationError } from './define';

interface Reference {
  from: UID.ContentType;
  field: string;
  what: string;
}

/** What points at a section, a department or an author, and how to name it in a refusal. */
const REFERENCES: Partial<Record<UID.ContentType, Reference[]>> = {
  [PORTAL.section]: [
    { from: PORTAL.article, field: 'section', what: 'article(s)' },
    { from: PORTAL.section, field: 'parent', what: 'sub-section(s)' },
  ],
  [PORTAL.department]: [
    { from: PORTAL.article, field: 'department', what: 'article(s)' },
    { from: PORTAL.author, field: 'department', what: 'author(s)' },
    { from: PORTAL.taskList, field: 'department', what: 'task list(s)' },
    { from: PORTAL.campaign, field: 'department', what: 'campaign(s)' },
    { from: PORTAL.department, field: 'parent', what: 'sub-department(s)' },
  ],
  [PORTAL.author]: [{ from: PORTAL.article, field: 'authors', what: 'article(s)' }],
};

/**
 * Deleting a section, department or author that content still points at would silently strip
 * articles of a required section, department or signature: such a delete gets a 400 that says
 * what to move first.
 */
export const inUseRule = (strapi: Core.Strapi) =>
  asDocumentMiddleware(async (ctx, next) => {
    const references = REFERENCES[ctx.uid];
    const { documentId } = ctx.params;
    if (!references || ctx.action !== 'delete' || !documentId) return next();

    const uses: string[] = [];
    for (const { from, field, what } of references) {
      // Distinct documents, whether their draft, their published version or both point here.
      const rows = (await strapi.db.query(from).findMany({
        select: ['documentId'],
        where: { [field]: { documentId } },
      })) as { documentId: string }[];
      const count = new Set(rows.map((row) => row.documentId)).size;
      if (count > 0) uses.push(`${count} ${what}`);
    }
    if (uses.length) {
      throw validationError([
        {
          path: [],
          message:
            `This ${ctx.contentType.info.singularName} is still used by ${uses.join(', ')}. ` +
            'Move them elsewhere first, then delete it.',
        },
      ]);
    }
    return next();
  });
