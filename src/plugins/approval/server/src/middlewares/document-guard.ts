import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEPARTMENT_KEY_ATTRIBUTE, EVENT_UID, isWorkflowUID, STATE_ATTRIBUTE, type WorkflowUID } from '../constants';
import type { Actor } from '../services/actors';
import { refusalOf, type Facts, type Review } from '../services/workflow';
import { READER_REFUSAL } from '../transitions';
import { getService, refuse } from '../utils';

interface Params {
  documentId?: string;
  data?: Record<string, unknown>;
  status?: string;
}

interface Context {
  uid: string;
  action: string;
  params: Params;
}

/** A document's facts, loaded on first use and then remembered for the rest of the write. */
type LazyFacts = () => Promise<Facts | null>;

/**
 * The publish gate and the workflow's bookkeeping, as one Document Service middleware: it sees
 * every write from the admin panel, REST, GraphQL and code alike.
 *
 * - publish, and create/update with status "published": only a head of the document's
 *   department, a super admin, or code, and only the exact approved version (by fingerprint);
 * - unpublish: heads, super admins, code;
 * - create, update, clone, discardDraft, delete by an admin user: members of the department only;
 * - after every write: department key and state mirror kept, approvals voided by content changes;
 * - the audit trail is never updated or deleted through the Document Service.
 */
export const documentGuard = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const workflow = () => getService(strapi, 'workflow');
  const actors = () => getService(strapi, 'actors');

  const stripWorkflowFields = (params: Params) => {
    if (!params.data) return;
    const { [STATE_ATTRIBUTE]: _state, [DEPARTMENT_KEY_ATTRIBUTE]: _key, ...data } = params.data;
    params.data = data;
  };

  /** The facts of a document, read at most once, and only if a check needs them. */
  const lazyFacts = (uid: WorkflowUID, documentId: string | undefined): LazyFacts => {
    let loaded: Promise<Facts | null> | undefined;
    return () => (loaded ??= documentId ? workflow().facts(uid, documentId) : Promise.resolve(null));
  };

  const assertMayPublish = async (actor: Actor, lazy: LazyFacts) => {
    if (actor.kind === 'reader') throw refuse(READER_REFUSAL, { code: 'reader-publish' });
    if (actor.kind === 'system' || actor.isSuperAdmin) return;
    const facts = await lazy();
    if (!facts || !workflow().may('publish', actor, facts)) throw refusalOf('publish', facts);
  };

  const assertMember = async (actor: Actor, lazy: LazyFacts, verb: string) => {
    if (actor.kind !== 'admin' || actor.isSuperAdmin) return;
    const facts = await lazy();
    if (facts && !workflow().mayEdit(actor, facts)) {
      throw refuse(
        `"${facts.title}" belongs to ${facts.departmentName ?? 'another department'}: only its members may ${verb} it.`,
        {
          code: 'not-member',
          department: facts.departmentName,
        }
      );
    }
  };

  const onWrite = async (ctx: Context, uid: WorkflowUID, next: () => Promise<unknown>, actor: Actor) => {
    stripWorkflowFields(ctx.params);
    const publishing = ctx.params.status === 'published' && ['create', 'update'].includes(ctx.action);
    // Before the write, the document as it is; after it, as the write left it (department, title).
    const factsBefore = lazyFacts(uid, ctx.params.documentId);
    if (publishing) {
      await assertMayPublish(actor, factsBefore);
      if (ctx.action === 'create') {
        throw refuse(
          `A new ${strapi.contentType(uid).info.singularName} cannot go online directly: save it as a draft (status=draft) and submit it for approval.`,
          { code: 'create-published' }
        );
      }
    }
    const existingId = ctx.action === 'create' || ctx.action === 'clone' ? undefined : ctx.params.documentId;

    return strapi.db.transaction(async () => {
      let before: Review | undefined;
      if (existingId) {
        await assertMember(actor, factsBefore, 'edit');
        before = await workflow().lock(uid, existingId);
      }
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? existingId;
      if (!documentId) return result;
      // The department after the write must be one of the editor's, too.
      const factsAfter = lazyFacts(uid, documentId);
      await assertMember(actor, factsAfter, 'assign content to');

      if (publishing && before) {
        // update with status "published" saved the draft and put it online in one go: it may only
        // do so with the exact version approved before this write (or the one already online).
        const current = await getService(strapi, 'fingerprint').of(uid, documentId);
        const unchangedLive = before.state === 'published' && current === before.publishedFingerprint;
        if (!unchangedLive) {
          const facts = await factsAfter();
          if (!facts) throw refuse('not approved', { code: 'not-approved', state: before.state });
          workflow().assertPublishable(before, facts, current);
          await workflow().markPublished(before, actor, current);
        }
        return result;
      }
      await workflow().afterWrite(uid, documentId, actor, before ?? (await workflow().lock(uid, documentId)));
      return result;
    });
  };

  return (async (rawCtx, next) => {
    const ctx = rawCtx as unknown as Context;
    if (ctx.uid === EVENT_UID && ['update', 'delete', 'publish', 'unpublish', 'discardDraft'].includes(ctx.action)) {
      throw new errors.ForbiddenError('The approval audit trail is append-only.');
    }
    if (!isWorkflowUID(ctx.uid)) return next();
    const uid = ctx.uid;
    const { documentId } = ctx.params;

    switch (ctx.action) {
      case 'create':
      case 'update':
      case 'clone':
      case 'discardDraft':
        return onWrite(ctx, uid, next, await actors().current());

      case 'publish': {
        if (!documentId) return next();
        const actor = await actors().current();
        const facts = lazyFacts(uid, documentId);
        await assertMayPublish(actor, facts);
        return strapi.db.transaction(async () => {
          // Publishing goes through only with the draft exactly the approved (or already live) version.
          const review = await workflow().lock(uid, documentId);
          const known = await facts();
          const current = await getService(strapi, 'fingerprint').of(uid, documentId);
          if (known) workflow().assertPublishable(review, known, current);
          const result = await next();
          if (review.state !== 'published' || review.publishedFingerprint !== current) {
            await workflow().markPublished(review, actor, current);
          }
          return result;
        });
      }

      case 'unpublish': {
        if (!documentId) return next();
        const actor = await actors().current();
        if (actor.kind === 'reader') throw refuse(READER_REFUSAL, { code: 'reader-publish' });
        const facts = await workflow().facts(uid, documentId);
        if (facts && !workflow().may('unpublish', actor, facts)) throw refusalOf('unpublish', facts);
        return strapi.db.transaction(async () => {
          const review = await workflow().lock(uid, documentId);
          const result = await next();
          await workflow().markUnpublished(review, actor);
          return result;
        });
      }

      case 'delete': {
        if (!documentId) return next();
        const actor = await actors().current();
        return strapi.db.transaction(async () => {
          await assertMember(actor, lazyFacts(uid, documentId), 'delete');
          const review = await workflow().find(uid, documentId);
          const result = await next();
          if (review) await workflow().markDeleted(review, actor);
          return result;
        });
      }

      default:
        return next();
    }
  }) as Modules.Documents.Middleware.Middleware;
};
