import type { Core } from '@strapi/strapi';
import { REVIEW_UID } from '../constants';
import { getService, publication } from '../utils';
import type { Actor } from './actors';
import type { Review } from './workflow';

const SCHEDULER: Actor = { kind: 'system', name: 'Lịch xuất bản / scheduler' };
const BATCH = 50;

export interface TickResult {
  published: string[];
  unpublished: string[];
  cancelled: string[];
}

/**
 * Publishes approved documents at their `publishAt` and takes them down at `unpublishAt`.
 * Any number of app instances may run it: each due review is claimed inside a transaction by
 * locking its row and checking again that it is still due, so exactly one instance acts on it.
 */
const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const isSqlite = () => strapi.db.dialect.client === 'sqlite';

  /** Locks the review and returns it only if it is still due (another instance may have just done the work). */
  const claim = async (
    id: number,
    due: 'publishAt' | 'unpublishAt',
    state: Review['state'][],
    now: Date
  ): Promise<Review | null> => {
    const where = { id, state: { $in: state }, [due]: { $lte: now.toISOString() } };
    if (!isSqlite()) {
      // Waits for a competing claim to finish, then re-reads the row: a done job no longer matches.
      const locked = await strapi.db.queryBuilder(REVIEW_UID).select(['id']).where(where).forUpdate().first().execute();
      if (!locked) return null;
    }
    return (await strapi.db.query(REVIEW_UID).findOne({ where })) as Review | null;
  };

  const runDue = async (due: 'publishAt' | 'unpublishAt', now: Date, result: TickResult) => {
    const states: Review['state'][] =
      due === 'publishAt' ? ['approved'] : ['published', 'approved', 'draft', 'submitted', 'rejected'];
    const candidates = (await strapi.db.query(REVIEW_UID).findMany({
      select: ['id'],
      where: { state: { $in: states }, [due]: { $lte: now.toISOString() } },
      orderBy: { [due]: 'asc' },
      limit: BATCH,
    })) as { id: number }[];

    for (const { id } of candidates) {
      try {
        await strapi.db.transaction(async () => {
          const review = await claim(id, due, states, now);
          if (!review) return;
          const documents = publication(strapi, review.targetUid);
          const workflow = getService(strapi, 'workflow');
          if (due === 'unpublishAt') {
            const live = await getService(strapi, 'fingerprint').of(
              review.targetUid,
              review.targetDocumentId,
              'published'
            );
            if (live) await documents.unpublish({ documentId: review.targetDocumentId });
            else await strapi.db.query(REVIEW_UID).update({ where: { id }, data: { unpublishAt: null } });
            result.unpublished.push(review.targetDocumentId);
            return;
          }
          // Only the exact approved version goes online; anything else cancels the schedule.
          const current = await getService(strapi, 'fingerprint').of(review.targetUid, review.targetDocumentId);
          if (current !== review.fingerprint) {
            await workflow.transition(review, 'schedule', review.state, SCHEDULER, {
              comment: 'Scheduled publication cancelled: the content is no longer the approved version.',
              patch: { publishAt: null },
            });
            result.cancelled.push(review.targetDocumentId);
            return;
          }
          await documents.publish({ documentId: review.targetDocumentId });
          result.published.push(review.targetDocumentId);
        });
      } catch (error) {
        strapi.log.error(
          `[approval] scheduled ${due === 'publishAt' ? 'publication' : 'unpublication'} of review ${id} failed: ${(error as Error).message}`
        );
      }
    }
  };

  return {
    /** One pass over what is due now; returns what this instance did. */
    async tick(now: Date = new Date()): Promise<TickResult> {
      const result: TickResult = { published: [], unpublished: [], cancelled: [] };
      await runDue('publishAt', now, result);
      await runDue('unpublishAt', now, result);
      return result;
    },
  };
};

export default scheduler;
