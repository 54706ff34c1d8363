import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asDocumentMiddleware } from './define';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string } };
}

/**
 * Readers of the content API (REST and GraphQL, public or signed-in members) only ever get
 * published versions: asking for drafts is refused with a 403. Admin panel requests, code and
 * API tokens (a frontend's preview) are not concerned.
 */
export const publishedOnlyRule = (strapi: Core.Strapi) =>
  asDocumentMiddleware(async (ctx, next) => {
    if (!READS.has(ctx.action) || !ctx.contentType.options?.draftAndPublish) return next();
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    const isReader = state?.route?.info?.type === 'content-api' && state.auth?.strategy?.name !== 'content-api-token';
    if (!isReader) return next();
    if (ctx.params.status === 'draft') {
      // A PolicyError is the 403 whose message Strapi passes on to the client as it is.
      throw new errors.PolicyError('Drafts are not available through the public API: only published content is.');
    }
    ctx.params.status = 'published';
    return next();
  });
