import type { Core, Modules } from '@strapi/strapi';
import { afterCommit } from '../../../../../utils/transactions';
import { CACHED_UIDS } from '../constants';
import { getService } from '../utils';

/** Writes after which published content may differ. Draft-only saves of draft & publish types change nothing public. */
const changesPublicContent = (action: string, draftAndPublish: boolean, status: unknown): boolean => {
  if (!draftAndPublish) return ['create', 'update', 'delete', 'clone'].includes(action);
  if (['publish', 'unpublish', 'delete'].includes(action)) return true;
  return ['create', 'update'].includes(action) && status === 'published';
};

/** Clears the delivery API's cache (on every instance) once a write that can change it has committed. */
export const invalidateCache =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (rawCtx, next) => {
    const ctx = rawCtx as unknown as {
      uid: string;
      action: string;
      params: { status?: string };
      contentType: { options?: { draftAndPublish?: boolean } };
    };
    const result = await next();
    if (
      CACHED_UIDS.includes(ctx.uid) &&
      changesPublicContent(ctx.action, Boolean(ctx.contentType.options?.draftAndPublish), ctx.params.status)
    ) {
      await afterCommit(strapi, () => getService(strapi, 'cache').invalidate(), '[portal] cache invalidation');
    }
    return result;
  };
