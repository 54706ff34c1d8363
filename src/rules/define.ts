import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The parameters of a Document Service call, as a rule reads and amends them. */
export interface DocumentParams {
  documentId?: string;
  data?: Record<string, unknown>;
  status?: 'draft' | 'published';
  [key: string]: unknown;
}

/** What a rule sees of a Document Service call. */
export interface RuleContext {
  uid: UID.ContentType;
  action: string;
  params: DocumentParams;
  contentType: Schema.ContentType;
}

export type Rule = (ctx: RuleContext, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * Wraps a rule as a Document Service middleware. Strapi types the middleware context as a
 * union over every content type and action; a rule narrows it itself, so the cast lives here once.
 */
export const asDocumentMiddleware = (rule: Rule): Modules.Documents.Middleware.Middleware =>
  rule as unknown as Modules.Documents.Middleware.Middleware;

/**
 * Runs the write and then `check` on its outcome inside one transaction: a check that throws
 * rolls the write back, so a refused change leaves nothing behind, whatever the input format.
 */
export const checkAfterWrite = (
  strapi: Core.Strapi,
  next: () => Promise<unknown>,
  check: (documentId: string) => Promise<void>,
  knownDocumentId?: string
): Promise<unknown> =>
  strapi.db.transaction(async () => {
    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? knownDocumentId;
    if (documentId) await check(documentId);
    return result;
  });

/** One field's problem, shaped so the admin panel shows it under that field. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** A 400 carrying every problem, the first one as the headline. */
export const validationError = (problems: FieldProblem[]): errors.ValidationError =>
  new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
    errors: problems.map(({ path, message }) => ({ path, message, name: 'ValidationError' })),
  });
