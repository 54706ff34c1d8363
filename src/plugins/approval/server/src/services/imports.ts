import type { Core } from '@strapi/strapi';
import type { ImportedState, WorkflowImportApi } from '../../../../../shared';
import { isWorkflowUID } from '../constants';
import { getService, publication } from '../utils';
import type { Actor } from './actors';

/**
 * Documents brought over from an old site (the legacy plugin's importer) enter the workflow as
 * the old site had them, in one audit event each ("imported from <source> #id"): approved and
 * then published by the system when they were live, approved with a publication time when they
 * were scheduled, a draft otherwise. No e-mail is sent.
 */
const imports = ({ strapi }: { strapi: Core.Strapi }): WorkflowImportApi => ({
  async adopt(uid, documentId, { state, importer, comment, publishAt = null, unpublishAt = null }) {
    if (!isWorkflowUID(uid)) throw new Error(`${uid} does not go through approval.`);
    const workflow = getService(strapi, 'workflow');
    const actor: Actor = { kind: 'system', name: importer };
    const target: ImportedState = state;
    return strapi.db.transaction(async () => {
      const review = await workflow.lock(uid, documentId);
      const current = await getService(strapi, 'fingerprint').of(uid, documentId);
      if (target === 'draft') {
        await workflow.transition(review, 'import', 'draft', actor, {
          comment,
          patch: { fingerprint: null, publishAt: null, unpublishAt: null },
        });
        return current;
      }
      await workflow.transition(review, 'import', 'approved', actor, {
        comment,
        patch: {
          fingerprint: current,
          reviewedById: null,
          reviewedAt: new Date().toISOString(),
          publishAt: target === 'scheduled' ? publishAt : null,
          unpublishAt,
        },
      });
      if (target === 'published') {
        await publication(strapi, uid).publish({ documentId });
        if (unpublishAt) {
          // Publishing clears the schedule; the old site's end date still holds.
          const review = await workflow.find(uid, documentId);
          if (review) await workflow.transition(review, 'schedule', review.state, actor, { patch: { unpublishAt } });
        }
      }
      // Publishing copies the draft; the draft itself is what it was.
      return current;
    });
  },

  async fingerprint(uid, documentId) {
    if (!isWorkflowUID(uid)) throw new Error(`${uid} does not go through approval.`);
    return getService(strapi, 'fingerprint').of(uid, documentId);
  },
});

export default imports;
