import type { Core, UID } from '@strapi/strapi';
import { UID as PORTAL } from '../constants';
import { asDocumentMiddleware, checkAfterWrite, validationError, type FieldProblem } from './define';

interface Figures {
  fromYear?: number | null;
  toYear?: number | null;
  registered?: number | null;
  carriedOut?: number | null;
  breakdown?: { name: string; count: number | null }[];
}

/** Problems with a period: a single year, or a range that does not end before it starts. */
export const periodProblems = ({ fromYear, toYear }: Figures): FieldProblem[] =>
  fromYear != null && toYear != null && toYear < fromYear
    ? [{ path: ['toYear'], message: `The period ends in ${toYear}, before it starts (${fromYear}).` }]
    : [];

/**
 * Problems with campaign figures: every count ≥ 0, carried out ≤ registered, and the breakdown
 * by field (when there is one) adding up exactly to the number carried out.
 */
export const campaignProblems = ({ registered, carriedOut, breakdown = [] }: Figures): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const reg = registered ?? 0;
  const done = carriedOut ?? 0;
  if (reg < 0) problems.push({ path: ['registered'], message: `Registered models cannot be negative (${reg}).` });
  if (done < 0) problems.push({ path: ['carriedOut'], message: `Carried-out models cannot be negative (${done}).` });
  if (done > reg) {
    problems.push({
      path: ['carriedOut'],
      message: `Carried out (${done}) is more than registered (${reg}): a model is registered before it is carried out.`,
    });
  }
  breakdown.forEach((row, index) => {
    if ((row.count ?? 0) < 0) {
      problems.push({
        path: ['breakdown', index, 'count'],
        message: `"${row.name}" has a negative count (${row.count}).`,
      });
    }
  });
  if (breakdown.length > 0) {
    const sum = breakdown.reduce((total, row) => total + (row.count ?? 0), 0);
    if (sum !== done) {
      const terms = breakdown.map((row) => `${row.name} ${row.count ?? 0}`).join(' + ');
      problems.push({
        path: ['breakdown'],
        message:
          `The breakdown by field adds up to ${sum} (${terms}), but carried out is ${done}: ` +
          `the fields must add up to the number carried out (off by ${sum - done}).`,
      });
    }
  }
  return problems;
};

const CHECKS: Partial<Record<UID.ContentType, (figures: Figures) => FieldProblem[]>> = {
  [PORTAL.taskList]: periodProblems,
  [PORTAL.campaign]: (figures) => [...periodProblems(figures), ...campaignProblems(figures)],
};

/**
 * Task lists and campaigns keep consistent figures. Judged on the saved draft inside the
 * write's transaction, so a partial update is checked together with what it did not change,
 * and a refused write leaves nothing behind.
 */
export const figuresRule = (strapi: Core.Strapi) =>
  asDocumentMiddleware(async (ctx, next) => {
    const check = CHECKS[ctx.uid];
    if (!check || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const hasBreakdown = ctx.uid === PORTAL.campaign;
    return checkAfterWrite(
      strapi,
      next,
      async (documentId) => {
        const draft = (await strapi.db.query(ctx.uid).findOne({
          where: { documentId, publishedAt: null },
          ...(hasBreakdown ? { populate: { breakdown: true } } : {}),
        })) as Figures | null;
        const problems = draft ? check(draft) : [];
        if (problems.length) throw validationError(problems);
      },
      ctx.action === 'update' ? ctx.params.documentId : undefined
    );
  });
