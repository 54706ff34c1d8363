import type { Core } from '@strapi/strapi';
import { errors, yup, validateYupSchema } from '@strapi/utils';
import type { ApprovalStatus, QueueAnswer } from '../api-types';
import { isWorkflowUID, type WorkflowUID } from '../constants';
import { queueQuery } from '../schemas';
import { getService, publication, StaleContentError } from '../utils';

interface Ctx {
  params: { uid?: string; documentId?: string };
  query?: Record<string, unknown>;
  request: { body?: unknown };
  state: { user: { id: number } };
  body: unknown;
  status: number;
}

const approveBody = yup
  .object({
    fingerprint: yup.string().max(128),
    comment: yup.string().max(2000),
    overrideReason: yup.string().max(2000),
    publishAt: yup.string().nullable(),
    unpublishAt: yup.string().nullable(),
  })
  .noUnknown();
const commentBody = yup.object({ comment: yup.string().max(2000) }).noUnknown();
const scheduleBody = yup
  .object({ publishAt: yup.string().nullable(), unpublishAt: yup.string().nullable() })
  .noUnknown();

/**
 * Admin endpoints of the approval panel. Thin: validate, call the workflow service as the
 * signed-in admin user, return the document's approval status.
 */
const review = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');

  const target = (ctx: Ctx): { uid: WorkflowUID; documentId: string } => {
    const { uid = '', documentId = '' } = ctx.params;
    if (!isWorkflowUID(uid)) throw new errors.NotFoundError(`"${uid}" does not go through approval.`);
    if (!/^[a-z0-9]{1,64}$/i.test(documentId)) throw new errors.ValidationError(`"${documentId}" is not a documentId.`);
    return { uid, documentId };
  };

  const actor = (ctx: Ctx) => getService(strapi, 'actors').fromAdminUser(ctx.state.user);

  /** The document's state, what the current user may do with it, and its history. */
  const status = async (uid: WorkflowUID, documentId: string, ctx: Ctx): Promise<{ data: ApprovalStatus }> => {
    const who = await actor(ctx);
    const facts = await workflow().facts(uid, documentId);
    if (!facts) throw new errors.NotFoundError(`No document "${documentId}".`);
    if (!workflow().mayEdit(who, facts))
      throw new errors.NotFoundError(`No document "${documentId}" in your departments.`);
    const review =
      (await workflow().find(uid, documentId)) ?? (await strapi.db.transaction(() => workflow().lock(uid, documentId)));
    const current = await getService(strapi, 'fingerprint').of(uid, documentId);
    const history = await getService(strapi, 'audit').history(uid, documentId);
    // The pictures and files the draft shows are part of what a head approves.
    const media = await getService(strapi, 'media').ofDocument(uid, documentId);
    const last = history.at(-1);
    return {
      data: {
        uid,
        documentId,
        title: facts.title,
        department: facts.departmentName,
        state: review.state,
        fingerprint: current,
        approvedFingerprint: review.state === 'approved' ? review.fingerprint : null,
        comment: review.comment,
        publishAt: review.publishAt,
        unpublishAt: review.unpublishAt,
        hasPublishedVersion: facts.hasPublished,
        changedBy: last?.actorName ?? null,
        changedAt: last?.createdAt ?? null,
        allowedActions: workflow().allowedActions(who, review, facts, current),
        media,
        history,
      },
    };
  };

  /** Runs a transition and answers with the new status; a stale approval is a 409. */
  const act = async (ctx: Ctx, run: (uid: WorkflowUID, documentId: string) => Promise<unknown>) => {
    const { uid, documentId } = target(ctx);
    try {
      await run(uid, documentId);
    } catch (error) {
      if (error instanceof StaleContentError) {
        ctx.status = 409;
        ctx.body = {
          data: null,
          error: { status: 409, name: 'ConflictError', message: error.message, details: { code: 'stale' } },
        };
        return;
      }
      throw error;
    }
    ctx.body = await status(uid, documentId, ctx);
  };

  return {
    async status(ctx: Ctx) {
      const { uid, documentId } = target(ctx);
      ctx.body = await status(uid, documentId, ctx);
    },

    async submit(ctx: Ctx) {
      const { comment } = await validateYupSchema(commentBody)(ctx.request.body ?? {});
      await act(ctx, async (uid, documentId) => workflow().submit(uid, documentId, await actor(ctx), comment));
    },

    async approve(ctx: Ctx) {
      const body = await validateYupSchema(approveBody)(ctx.request.body ?? {});
      await act(ctx, async (uid, documentId) => workflow().approve(uid, documentId, await actor(ctx), body));
    },

    async reject(ctx: Ctx) {
      const { comment } = await validateYupSchema(commentBody)(ctx.request.body ?? {});
      await act(ctx, async (uid, documentId) => workflow().reject(uid, documentId, await actor(ctx), comment));
    },

    async schedule(ctx: Ctx) {
      const times = await validateYupSchema(scheduleBody)(ctx.request.body ?? {});
      await act(ctx, async (uid, documentId) => workflow().schedule(uid, documentId, await actor(ctx), times));
    },

    /** Publishes through the Document Service, whose guard decides (as for the content manager's own button). */
    async publish(ctx: Ctx) {
      await act(ctx, (uid, documentId) => publication(strapi, uid).publish({ documentId }));
    },

    async unpublish(ctx: Ctx) {
      await act(ctx, (uid, documentId) => publication(strapi, uid).unpublish({ documentId }));
    },

    /** Submissions waiting for the current user's approval, a page at a time. */
    async queue(ctx: Ctx) {
      const query = queueQuery.safeParse(ctx.query ?? {});
      if (!query.success) {
        const [issue] = query.error.issues;
        throw new errors.ValidationError(issue?.message ?? 'Invalid page.', {
          code: 'invalid-page',
          field: issue?.path.join('.'),
        });
      }
      const { results, pagination } = await workflow().queue(await actor(ctx), query.data);
      const answer: QueueAnswer = {
        data: results.map((item) => ({
          uid: item.targetUid,
          documentId: item.targetDocumentId,
          title: item.title,
          department: item.departmentName,
          submittedBy: item.submittedByName,
          submittedAt: item.submittedAt,
        })),
        meta: { pagination },
      };
      ctx.body = answer;
    },
  };
};

export default review;
