import type { Core } from '@strapi/strapi';
import type { Actor } from '../../src/plugins/approval/server/src/services/actors';
import type workflowService from '../../src/plugins/approval/server/src/services/workflow';
import type { WorkflowUID } from '../../src/plugins/approval/server/src/constants';
import { publication } from '../../src/plugins/approval/server/src/utils';

/** Code acting without a request, as the scheduler or a script would. */
export const SYSTEM: Actor = { kind: 'system', name: 'test' };

export const workflowOf = (strapi: Core.Strapi) =>
  strapi.plugin('approval').service<ReturnType<typeof workflowService>>('workflow');

/** Takes a document through submission and approval (as code), then publishes it. */
export const publishApproved = async (strapi: Core.Strapi, uid: WorkflowUID, documentId: string): Promise<void> => {
  const workflow = workflowOf(strapi);
  await workflow.submit(uid, documentId, SYSTEM);
  await workflow.approve(uid, documentId, SYSTEM);
  await publication(strapi, uid).publish({ documentId });
};
