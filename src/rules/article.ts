import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { asDocumentMiddleware, checkAfterWrite, validationError, type FieldProblem } from './define';

/** Today's date (YYYY-MM-DD) in Vietnam, where the portal's editors are. */
export const todayInVietnam = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/**
 * An article always has a section, a department and at least one author (in signature order).
 * Checked on the saved draft inside the write's transaction, so relation edits in any format
 * (ids, connect/disconnect, set) are judged by their outcome.
 */
export const articleRule = (strapi: Core.Strapi) => {
  const assertComplete = async (documentId: string) => {
    const draft = (await strapi.db.query(UID.article).findOne({
      select: ['id'],
      where: { documentId, publishedAt: null },
      populate: {
        section: { select: ['id'] },
        department: { select: ['id'] },
        authors: { select: ['id'] },
      },
    })) as { section: unknown; department: unknown; authors: unknown[] } | null;
    if (!draft) return;
    const problems: FieldProblem[] = [];
    if (!draft.section) problems.push({ path: ['section'], message: 'An article needs a section.' });
    if (!draft.department) {
      problems.push({ path: ['department'], message: 'An article needs the department that publishes it.' });
    }
    if (!draft.authors?.length) {
      problems.push({ path: ['authors'], message: 'An article needs at least one author, in signature order.' });
    }
    if (problems.length) throw validationError(problems);
  };

  return asDocumentMiddleware(async (ctx, next) => {
    if (ctx.uid !== UID.article || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    if (ctx.action === 'create' && ctx.params.data && ctx.params.data.eventDate == null) {
      // Every article has a date to be listed by: the day it is written, unless the editor gives one.
      ctx.params.data = { ...ctx.params.data, eventDate: todayInVietnam() };
    }
    return checkAfterWrite(strapi, next, assertComplete, ctx.action === 'update' ? ctx.params.documentId : undefined);
  });
};
