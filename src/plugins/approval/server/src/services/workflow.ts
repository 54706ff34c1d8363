import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  DEPARTMENT_KEY_ATTRIBUTE,
  REVIEW_UID,
  STATE_ATTRIBUTE,
  WORKFLOW_UIDS,
  type ReviewState,
  type Transition,
  type WorkflowUID,
} from '../constants';
import { getConfig } from '../config';
import { isAllowed, PANEL_ACTIONS, startsFrom, TRANSITION_TABLE, type PanelAction, type Who } from '../transitions';
import { afterCommit, getService, refuse, StaleContentError } from '../utils';
import type { Actor, AdminActor } from './actors';

export interface Review {
  id: number;
  targetUid: WorkflowUID;
  targetDocumentId: string;
  state: ReviewState;
  fingerprint: string | null;
  publishedFingerprint: string | null;
  submittedById: number | null;
  submittedAt: string | null;
  reviewedById: number | null;
  reviewedAt: string | null;
  comment: string | null;
  publishAt: string | null;
  unpublishAt: string | null;
}

/** What the workflow needs to know about a document's current draft. */
export interface Facts {
  title: string;
  departmentKey: string | null;
  departmentName: string | null;
  createdById: number | null;
  /** Admin users linked to the article's signing authors. */
  authorUserIds: number[];
  hasPublished: boolean;
}

export interface ApproveOptions {
  /** The fingerprint of the version the approver looked at; a mismatch means it changed meanwhile. */
  fingerprint?: string;
  comment?: string;
  /** A super admin approving their own article says why; the reason is recorded. */
  overrideReason?: string;
  publishAt?: string | null;
  unpublishAt?: string | null;
  /** E-mail the submitter (default); the demo seed does not. */
  notify?: boolean;
}

/** Options of a transition made by code. */
export interface TransitionOptions {
  /** E-mail those concerned (default); the demo seed does not. */
  notify?: boolean;
}

export type AllowedActions = Record<PanelAction, boolean>;

/** A submission waiting for approval, with what the queue shows of it. */
export type WaitingReview = Review & { title: string; departmentName: string | null; submittedByName: string | null };

export interface QueuePage {
  results: WaitingReview[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

const STATE_WORDS: Record<ReviewState, string> = {
  draft: 'has not been submitted for approval',
  submitted: 'is waiting for approval',
  approved: 'is approved',
  rejected: 'was rejected',
  published: 'is published',
};

/** The actor's roles relative to a document of the given department (see transitions.ts). */
export const rolesOf = (actor: Actor, facts: Pick<Facts, 'departmentKey'>): ReadonlySet<Who> => {
  if (actor.kind !== 'admin') return new Set<Who>([actor.kind]);
  const roles = new Set<Who>();
  if (actor.isSuperAdmin) roles.add('superAdmin');
  if (facts.departmentKey && actor.departmentKeys.includes(facts.departmentKey)) {
    roles.add('member');
    if (actor.isHead) roles.add('head');
  }
  return roles;
};

/** The refusal (403) of an action to an actor the transition table does not allow it. */
export const refusalOf = (
  action: Transition,
  facts: Pick<Facts, 'title' | 'departmentName'> | null
): errors.PolicyError => {
  const refusal = TRANSITION_TABLE[action].refusal;
  if (!refusal) return refuse(`Only the workflow itself may ${action} a document.`, { code: 'not-allowed' });
  return refuse(refusal.message(facts), { code: refusal.code, department: facts?.departmentName ?? null });
};

/** The answer (400) to an action asked of a document in a state it does not start from. */
const wrongState = (action: Transition, review: Review, facts: Pick<Facts, 'title'>): errors.ValidationError =>
  new errors.ValidationError(
    `"${facts.title}" ${STATE_WORDS[review.state]}: ${TRANSITION_TABLE[action].wrongState ?? `it cannot ${action}.`}`,
    {
      code: 'wrong-state',
      state: review.state,
    }
  );

const actorId = (actor: Actor) => (actor.kind === 'admin' ? actor.id : null);
const actorName = (actor: Actor) =>
  actor.kind === 'admin' ? actor.name : actor.kind === 'system' ? actor.name : `content API (${actor.strategy})`;

const parseTime = (value: string | null | undefined, field: string): Date | null => {
  if (value === undefined || value === null || value === '') return null;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new errors.ValidationError(
      `${field} must be a date and time, e.g. 2026-12-01T07:00:00+07:00; got "${value}".`,
      { code: 'invalid-time', field }
    );
  }
  return time;
};

/**
 * The approval workflow of one document: draft → submitted → approved → published, with
 * rejection (and a comment) back to the editor. An approval covers the exact content approved
 * (its fingerprint); any later change voids it. State lives in the plugin's review table and is
 * mirrored into the document's `reviewState` for the admin's list view and filter.
 */
const workflow = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getConfig(strapi);
  const fingerprints = () => getService(strapi, 'fingerprint');
  const audit = () => getService(strapi, 'audit');
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';

  const service = {
    /** The review row of a document, if it has one. */
    async find(uid: WorkflowUID, documentId: string): Promise<Review | null> {
      return (await strapi.db
        .query(REVIEW_UID)
        .findOne({ where: { targetUid: uid, targetDocumentId: documentId } })) as Review | null;
    },

    /**
     * The review row, created on first use, and locked for the rest of the current transaction
     * (PostgreSQL: SELECT … FOR UPDATE), so that an approval and an edit of the same document
     * run one after the other. SQLite serialises writers anyway.
     */
    async lock(uid: WorkflowUID, documentId: string): Promise<Review> {
      if (!isSqlite()) {
        await strapi.db
          .queryBuilder(REVIEW_UID)
          .select(['id'])
          .where({ targetUid: uid, targetDocumentId: documentId })
          .forUpdate()
          .first()
          .execute();
      }
      return (await service.find(uid, documentId)) ?? service.create(uid, documentId);
    },

    /** A review row for a document that has none: a draft, or published if the draft is the live content. */
    async create(uid: WorkflowUID, documentId: string): Promise<Review> {
      // A document with nothing online (every new one) is a draft: its draft needs no fingerprint.
      const live = await fingerprints().of(uid, documentId, 'published');
      const state: ReviewState =
        live && live === (await fingerprints().of(uid, documentId, 'draft')) ? 'published' : 'draft';
      const review = (await strapi.db.query(REVIEW_UID).create({
        data: { targetUid: uid, targetDocumentId: documentId, state, publishedFingerprint: live },
      })) as Review;
      await strapi.db.query(uid).updateMany({ where: { documentId }, data: { [STATE_ATTRIBUTE]: state } });
      return review;
    },

    /** What the workflow needs to know about a document's current draft; null if it has none. */
    async facts(uid: WorkflowUID, documentId: string): Promise<Facts | null> {
      return (await service.factsOf(uid, [documentId])).get(documentId) ?? null;
    },

    /**
     * The facts of several documents of one type, in two queries (drafts, then which are live),
     * by documentId; `where` narrows the drafts further (e.g. to some departments).
     */
    async factsOf(
      uid: WorkflowUID,
      documentIds: string[],
      where: Record<string, unknown> = {}
    ): Promise<Map<string, Facts>> {
      const found = new Map<string, Facts>();
      if (documentIds.length === 0) return found;
      const model = strapi.contentType(uid);
      const titleField = 'title' in model.attributes ? 'title' : 'name';
      const hasAuthors = 'authors' in model.attributes;
      const drafts = (await strapi.db.query(uid).findMany({
        where: { ...where, documentId: { $in: documentIds }, publishedAt: null },
        select: ['id', 'documentId', titleField],
        populate: {
          department: { select: ['documentId', 'name'] },
          createdBy: { select: ['id'] },
          ...(hasAuthors ? { authors: { select: ['id'], populate: { adminUser: { select: ['id'] } } } } : {}),
        },
      })) as Record<string, unknown>[];
      if (drafts.length === 0) return found;
      const live = (await strapi.db.query(uid).findMany({
        where: { documentId: { $in: drafts.map((draft) => draft.documentId) }, publishedAt: { $notNull: true } },
        select: ['documentId'],
      })) as { documentId: string }[];
      const published = new Set(live.map((row) => row.documentId));
      for (const draft of drafts) {
        const documentId = String(draft.documentId);
        const department = draft.department as { documentId: string; name: string } | null;
        const authors = (draft.authors as { adminUser?: { id: number } | null }[] | undefined) ?? [];
        found.set(documentId, {
          title: typeof draft[titleField] === 'string' ? draft[titleField] : '',
          departmentKey: department?.documentId ?? null,
          departmentName: department?.name ?? null,
          createdById: (draft.createdBy as { id: number } | null)?.id ?? null,
          authorUserIds: authors.flatMap((author) => (author.adminUser ? [author.adminUser.id] : [])),
          hasPublished: published.has(documentId),
        });
      }
      return found;
    },

    /** Whether the transition table lets the actor take the action on a document with these facts. */
    may(action: Transition, actor: Actor, facts: Pick<Facts, 'departmentKey'>): boolean {
      return isAllowed(action, rolesOf(actor, facts));
    },

    /** Refuses (403) the action unless the transition table lets the actor take it. */
    assertMay(action: Transition, actor: Actor, facts: Facts): void {
      if (!service.may(action, actor, facts)) throw refusalOf(action, facts);
    },

    /** Members of the document's department (and super admins, and code) may edit, submit and discard; readers as far as the content API lets them. */
    mayEdit(actor: Actor, facts: Pick<Facts, 'departmentKey'>): boolean {
      return actor.kind === 'reader' || service.may('submit', actor, facts);
    },

    /** Heads of the document's department and super admins approve, reject, publish and unpublish; so does code. */
    mayReview(actor: Actor, facts: Pick<Facts, 'departmentKey'>): boolean {
      return service.may('approve', actor, facts);
    },

    /** The actor's own work: created it, submitted it, or signs it as an author. */
    isOwn(actor: Actor, facts: Facts, review: Review): boolean {
      if (actor.kind !== 'admin') return false;
      return (
        facts.createdById === actor.id || review.submittedById === actor.id || facts.authorUserIds.includes(actor.id)
      );
    },

    /** Moves a review to `to`, records the transition in the audit trail and mirrors the state onto the document. */
    async transition(
      review: Review,
      action: Transition,
      to: ReviewState,
      actor: Actor,
      {
        comment = null,
        override = false,
        patch = {},
      }: { comment?: string | null; override?: boolean; patch?: Partial<Review> } = {}
    ): Promise<Review> {
      const updated = (await strapi.db.query(REVIEW_UID).update({
        where: { id: review.id },
        data: { ...patch, state: to },
      })) as Review;
      await audit().record({
        targetUid: review.targetUid,
        targetDocumentId: review.targetDocumentId,
        action,
        fromState: review.state,
        toState: to,
        actorId: actorId(actor),
        actorName: actorName(actor),
        comment,
        override,
        fingerprint: updated.fingerprint ?? patch.fingerprint ?? null,
      });
      if (review.state !== to) {
        await strapi.db.query(review.targetUid).updateMany({
          where: { documentId: review.targetDocumentId },
          data: { [STATE_ATTRIBUTE]: to },
        });
      }
      return updated;
    },

    /** Loads what a transition needs, in a transaction, with the review locked; 404 if the document does not exist. */
    async withDocument<T>(
      uid: WorkflowUID,
      documentId: string,
      work: (review: Review, facts: Facts) => Promise<T>
    ): Promise<T> {
      return strapi.db.transaction(async () => {
        const facts = await service.facts(uid, documentId);
        if (!facts)
          throw new errors.NotFoundError(
            `No ${strapi.contentType(uid).info.singularName} with documentId "${documentId}".`
          );
        const review = await service.lock(uid, documentId);
        return work(review, facts);
      });
    },

    /** An editor (or head) of the department submits the current draft for approval. */
    async submit(
      uid: WorkflowUID,
      documentId: string,
      actor: Actor,
      comment?: string,
      { notify = true }: TransitionOptions = {}
    ): Promise<Review> {
      return service.withDocument(uid, documentId, async (review, facts) => {
        service.assertMay('submit', actor, facts);
        if (!startsFrom('submit', review.state)) throw wrongState('submit', review, facts);
        const fingerprint = await fingerprints().of(uid, documentId);
        const submitted = await service.transition(review, 'submit', 'submitted', actor, {
          comment: comment?.trim() || null,
          patch: {
            fingerprint,
            submittedById: actorId(actor),
            submittedAt: new Date().toISOString(),
            reviewedById: null,
            reviewedAt: null,
            comment: null,
          },
        });
        if (notify)
          await afterCommit(strapi, () => getService(strapi, 'notifications').submitted(uid, documentId, facts, actor));
        return submitted;
      });
    },

    /** A head of the department (or a super admin) approves exactly the submitted version. */
    async approve(uid: WorkflowUID, documentId: string, actor: Actor, options: ApproveOptions = {}): Promise<Review> {
      return service.withDocument(uid, documentId, async (review, facts) => {
        service.assertMay('approve', actor, facts);
        if (!startsFrom('approve', review.state)) throw wrongState('approve', review, facts);
        const current = await fingerprints().of(uid, documentId);
        if ((options.fingerprint && options.fingerprint !== current) || current !== review.fingerprint) {
          throw new StaleContentError(
            `"${facts.title}" changed after you opened it: reload it and review the current version.`
          );
        }
        const overrideReason = options.overrideReason?.trim() ?? '';
        let override = false;
        if (config().separationOfDuties && service.isOwn(actor, facts, review)) {
          if (!(actor.kind === 'admin' && actor.isSuperAdmin)) {
            throw refuse(
              `Nobody approves their own work: "${facts.title}" must be approved by another head of ${facts.departmentName ?? 'its department'}.`,
              { code: 'own-work', department: facts.departmentName }
            );
          }
          if (!overrideReason) {
            throw refuse(
              'This is your own work: as a super admin you may still approve it, but give the reason, which is recorded.',
              { code: 'own-work-needs-reason' }
            );
          }
          override = true;
        }
        const publishAt = parseTime(options.publishAt, 'publishAt');
        const unpublishAt = parseTime(options.unpublishAt, 'unpublishAt');
        if (publishAt && unpublishAt && unpublishAt <= publishAt) {
          throw new errors.ValidationError('unpublishAt must come after publishAt.', { code: 'schedule-order' });
        }
        const comment =
          [options.comment?.trim(), override ? `Override: ${overrideReason}` : ''].filter(Boolean).join(' — ') || null;
        const approved = await service.transition(review, 'approve', 'approved', actor, {
          comment,
          override,
          patch: {
            reviewedById: actorId(actor),
            reviewedAt: new Date().toISOString(),
            comment,
            publishAt: publishAt?.toISOString() ?? null,
            unpublishAt: unpublishAt?.toISOString() ?? null,
          },
        });
        if (options.notify !== false) {
          await afterCommit(strapi, () =>
            getService(strapi, 'notifications').reviewed(uid, documentId, facts, approved, actor)
          );
        }
        return approved;
      });
    },

    /** A head (or super admin) sends a submitted or approved version back, saying why. */
    async reject(
      uid: WorkflowUID,
      documentId: string,
      actor: Actor,
      comment: string | undefined,
      { notify = true }: TransitionOptions = {}
    ): Promise<Review> {
      return service.withDocument(uid, documentId, async (review, facts) => {
        service.assertMay('reject', actor, facts);
        const reason = comment?.trim() ?? '';
        if (!reason)
          throw new errors.ValidationError('A rejection needs a comment that tells the editor what to change.', {
            code: 'comment-required',
          });
        if (!startsFrom('reject', review.state)) throw wrongState('reject', review, facts);
        const rejected = await service.transition(review, 'reject', 'rejected', actor, {
          comment: reason,
          patch: {
            reviewedById: actorId(actor),
            reviewedAt: new Date().toISOString(),
            comment: reason,
            publishAt: null,
            unpublishAt: null,
          },
        });
        if (notify)
          await afterCommit(strapi, () =>
            getService(strapi, 'notifications').reviewed(uid, documentId, facts, rejected, actor)
          );
        return rejected;
      });
    },

    /** Sets or clears the times at which an approved version goes online and, optionally, offline. */
    async schedule(
      uid: WorkflowUID,
      documentId: string,
      actor: Actor,
      times: { publishAt?: string | null; unpublishAt?: string | null }
    ): Promise<Review> {
      return service.withDocument(uid, documentId, async (review, facts) => {
        service.assertMay('schedule', actor, facts);
        const publishAt = parseTime(times.publishAt, 'publishAt');
        const unpublishAt = parseTime(times.unpublishAt, 'unpublishAt');
        // A publication time needs an approved version; a time to take down also fits what is live.
        if (publishAt && review.state !== 'approved') throw wrongState('schedule', review, facts);
        if (unpublishAt && !publishAt && review.state !== 'published' && review.state !== 'approved') {
          throw new errors.ValidationError(
            `"${facts.title}" ${STATE_WORDS[review.state]}: there is nothing online to take down.`,
            { code: 'wrong-state', state: review.state }
          );
        }
        if (publishAt && unpublishAt && unpublishAt <= publishAt) {
          throw new errors.ValidationError('unpublishAt must come after publishAt.', { code: 'schedule-order' });
        }
        const when = [
          publishAt && `publish at ${publishAt.toISOString()}`,
          unpublishAt && `unpublish at ${unpublishAt.toISOString()}`,
        ]
          .filter(Boolean)
          .join(', ');
        return service.transition(review, 'schedule', review.state, actor, {
          comment: when || 'schedule cleared',
          patch: { publishAt: publishAt?.toISOString() ?? null, unpublishAt: unpublishAt?.toISOString() ?? null },
        });
      });
    },

    /**
     * Why publishing the document's current draft is refused, or null when it may go online:
     * the draft is exactly the approved version, or exactly the version already online.
     */
    publishProblem(review: Review, facts: Facts, current: string | null): string | null {
      if (review.state === 'approved' && current === review.fingerprint) return null;
      if (review.state === 'published' && current === review.publishedFingerprint) return null;
      const title = `"${facts.title}"`;
      const department = facts.departmentName ?? 'its department';
      // Bilingual: the content manager shows this message as it is, to Vietnamese editors too.
      if (review.state === 'approved') {
        return `${title} đã bị sửa sau khi được duyệt: hãy gửi duyệt lại. / ${title} changed after it was approved: submit it again.`;
      }
      if (review.state === 'rejected') {
        const reason = review.comment ? ` ("${review.comment}")` : '';
        return `${title} đã bị trả lại${reason}: hãy sửa và gửi duyệt lại. / ${title} was rejected${reason}: edit it and submit it again.`;
      }
      if (review.state === 'submitted') {
        return `${title} đang chờ trưởng ban ${department} duyệt. / ${title} is waiting for approval by a head of ${department}.`;
      }
      return (
        `${title} chưa được gửi duyệt: chỉ xuất bản được khi trưởng ban ${department} đã duyệt đúng phiên bản này. / ` +
        `${title} ${STATE_WORDS[review.state]}: it can only be published once a head of ${department} has approved this exact version.`
      );
    },

    /**
     * Refuses (403) to put the document's current draft online unless it is exactly the approved
     * version, or exactly the version already online.
     */
    assertPublishable(review: Review, facts: Facts, current: string | null): void {
      const problem = service.publishProblem(review, facts, current);
      if (problem) throw refuse(problem, { code: 'not-approved', state: review.state });
    },

    /** What the actor may do with the document now (for the admin panel's buttons), as the transition table says. */
    allowedActions(actor: Actor, review: Review, facts: Facts, current: string | null): AllowedActions {
      const roles = rolesOf(actor, facts);
      const meets = (action: PanelAction): boolean => {
        switch (TRANSITION_TABLE[action].requires) {
          case 'another-approver':
            return !(config().separationOfDuties && service.isOwn(actor, facts, review)) || roles.has('superAdmin');
          case 'exact-approved-version':
            return current === review.fingerprint;
          case 'live-version':
            return facts.hasPublished;
          default:
            return true;
        }
      };
      const allowed = (action: PanelAction) =>
        isAllowed(action, roles) && startsFrom(action, review.state) && meets(action);
      return Object.fromEntries(PANEL_ACTIONS.map((action) => [action, allowed(action)])) as AllowedActions;
    },

    /**
     * After any write to a document (edit, discard, …): keep its department key and state
     * mirror current, and judge the new draft against what was submitted, approved or published.
     * Runs inside the write's transaction, with the review locked.
     */
    async afterWrite(uid: WorkflowUID, documentId: string, actor: Actor, review: Review): Promise<void> {
      const rows = (await strapi.db.query(uid).findMany({
        where: { documentId },
        select: ['id', DEPARTMENT_KEY_ATTRIBUTE],
        populate: { department: { select: ['documentId'] } },
      })) as { id: number; departmentKey: string | null; department: { documentId: string } | null }[];
      for (const row of rows) {
        const key = row.department?.documentId ?? null;
        if (row.departmentKey !== key) {
          await strapi.db.query(uid).update({ where: { id: row.id }, data: { [DEPARTMENT_KEY_ATTRIBUTE]: key } });
        }
      }
      await strapi.db.query(uid).updateMany({
        where: { documentId, [STATE_ATTRIBUTE]: { $ne: review.state } },
        data: { [STATE_ATTRIBUTE]: review.state },
      });
      await strapi.db.query(uid).updateMany({
        where: { documentId, [STATE_ATTRIBUTE]: { $null: true } },
        data: { [STATE_ATTRIBUTE]: review.state },
      });

      // A draft with nothing online has no approval to void and no live version to match: no fingerprint needed.
      if ((review.state === 'draft' || review.state === 'rejected') && !review.publishedFingerprint) return;
      const current = await fingerprints().of(uid, documentId);
      const schedule = { publishAt: null, unpublishAt: review.unpublishAt };
      if ((review.state === 'submitted' || review.state === 'approved') && current !== review.fingerprint) {
        await service.transition(review, 'void', 'draft', actor, {
          comment: `Edited after it was ${review.state}: the ${review.state === 'approved' ? 'approval' : 'submission'} no longer covers this content.`,
          patch: { ...schedule, fingerprint: null },
        });
      } else if (review.state === 'published' && current !== review.publishedFingerprint) {
        await service.transition(review, 'void', 'draft', actor, {
          comment: 'Edited after publication: the live version stays online until this one is approved and published.',
          patch: { fingerprint: null },
        });
      } else if (review.state === 'draft' && review.publishedFingerprint && current === review.publishedFingerprint) {
        await service.transition(review, 'discard', 'published', actor, {
          comment: 'The draft is the live version again.',
        });
      }
    },

    /** Marks a document published after the Document Service put its approved draft online. */
    async markPublished(review: Review, actor: Actor, current: string | null): Promise<void> {
      await service.transition(review, 'publish', 'published', actor, {
        patch: { publishedFingerprint: current, fingerprint: current, publishAt: null },
      });
    },

    /** Marks a document's live version taken offline; a draft that was approved stays approved. */
    async markUnpublished(review: Review, actor: Actor): Promise<void> {
      const to = review.state === 'published' ? (TRANSITION_TABLE.unpublish.to as ReviewState) : review.state;
      await service.transition(review, 'unpublish', to, actor, {
        patch: { publishedFingerprint: null, unpublishAt: null },
      });
    },

    /** Drops the review of a deleted document; its audit trail stays. */
    async markDeleted(review: Review, actor: Actor): Promise<void> {
      await audit().record({
        targetUid: review.targetUid,
        targetDocumentId: review.targetDocumentId,
        action: 'delete',
        fromState: review.state,
        toState: null,
        actorId: actorId(actor),
        actorName: actorName(actor),
      });
      await strapi.db.query(REVIEW_UID).delete({ where: { id: review.id } });
    },

    /**
     * Submissions waiting for this actor's approval, oldest first, a page at a time: their
     * departments' but not their own (a super admin's: all). The database picks the page and
     * counts the rest (who may approve what is in the WHERE clause), so a fixed number of queries
     * answers whatever the queue's length: the count, the page, the facts of the page's
     * documents per workflow type, the submitters.
     */
    async queue(actor: Actor, { page, pageSize }: { page: number; pageSize: number }): Promise<QueuePage> {
      const answer = (results: WaitingReview[], total: number): QueuePage => ({
        results,
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      });
      if (actor.kind !== 'admin' || (!actor.isSuperAdmin && !actor.isHead)) return answer([], 0);
      if (!actor.isSuperAdmin && actor.departmentKeys.length === 0) return answer([], 0);
      // A fresh clause per query: its subqueries are knex builders, each used once.
      const total = Number(await strapi.db.query(REVIEW_UID).count({ where: service.waitingFor(actor) }));
      const reviews = (await strapi.db.query(REVIEW_UID).findMany({
        where: service.waitingFor(actor),
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
        limit: pageSize,
        offset: (page - 1) * pageSize,
      })) as Review[];
      const factsByType = new Map<WorkflowUID, Map<string, Facts>>();
      for (const uid of WORKFLOW_UIDS) {
        const documentIds = reviews
          .filter((review) => review.targetUid === uid)
          .map((review) => review.targetDocumentId);
        factsByType.set(uid, await service.factsOf(uid, documentIds));
      }
      const onPage = reviews.flatMap((review) => {
        const facts = factsByType.get(review.targetUid)?.get(review.targetDocumentId);
        return facts ? [{ review, facts }] : [];
      });
      const submitterIds = [
        ...new Set(onPage.flatMap(({ review }) => (review.submittedById ? [review.submittedById] : []))),
      ];
      const submitters = submitterIds.length
        ? ((await strapi.db.query('admin::user').findMany({
            where: { id: { $in: submitterIds } },
            select: ['id', 'firstname', 'lastname', 'email'],
          })) as { id: number; firstname?: string | null; lastname?: string | null; email?: string | null }[])
        : [];
      const nameOf = new Map(
        submitters.map((user) => [
          user.id,
          [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || null,
        ])
      );
      return answer(
        onPage.map(({ review, facts }) => ({
          ...review,
          title: facts.title,
          departmentName: facts.departmentName,
          submittedByName: review.submittedById ? (nameOf.get(review.submittedById) ?? null) : null,
        })),
        total
      );
    },

    /**
     * The review rows an admin may approve now, as a WHERE clause for the review table: submitted,
     * of a draft in one of their departments (a super admin: any), and, with separation of duties,
     * not their own work (see isOwn and the transition table's `another-approver`). Each workflow
     * type's drafts are a subquery of their documentIds, so the database does the filtering.
     */
    waitingFor(actor: AdminActor): Record<string, unknown> {
      const others = config().separationOfDuties && !actor.isSuperAdmin;
      const drafts = (uid: WorkflowUID, where: Record<string, unknown>) =>
        strapi.db
          .queryBuilder(uid)
          .select('documentId')
          .where({ ...where, publishedAt: null })
          .getKnexQuery();
      const mayApprove = (uid: WorkflowUID) => {
        const own = [
          { createdBy: { id: actor.id } },
          ...('authors' in strapi.contentType(uid).attributes ? [{ authors: { adminUser: { id: actor.id } } }] : []),
        ];
        return {
          targetUid: uid,
          targetDocumentId: {
            $in: drafts(uid, actor.isSuperAdmin ? {} : { department: { documentId: { $in: actor.departmentKeys } } }),
            // NOT IN rather than a join: another signing author must not let one of theirs through.
            ...(others ? { $notIn: drafts(uid, { $or: own }) } : {}),
          },
        };
      };
      return {
        state: 'submitted',
        $or: WORKFLOW_UIDS.map(mayApprove),
        ...(others
          ? { $and: [{ $or: [{ submittedById: { $null: true } }, { submittedById: { $ne: actor.id } }] }] }
          : {}),
      };
    },
  };

  return service;
};

export default workflow;
