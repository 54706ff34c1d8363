import type { Core } from '@strapi/strapi';
import { afterCommit } from '../../../../utils/transactions';
import { ARTICLE_UID } from './constants';
import { getService } from './utils';

/** Writes after which an article's public state (published or not, its slug) may differ: a draft-only save changes nothing a view looks up. */
const changesPublicState = (action: string, status: unknown): boolean =>
  ['publish', 'unpublish', 'delete'].includes(action) ||
  (['create', 'update'].includes(action) && status === 'published');

/**
 * A write that can change an article's public state (publish, unpublish, slug change, delete)
 * makes this instance forget its slug lookups once it has committed, so a view of an article
 * that is no longer published is a 404 at once, and a lookup racing the write cannot keep the
 * old answer.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (rawCtx, next) => {
    const ctx = rawCtx as unknown as { uid: string; action: string; params: { status?: string } };
    const result = await next();
    if (ctx.uid === ARTICLE_UID && changesPublicState(ctx.action, ctx.params?.status)) {
      await afterCommit(strapi, () => getService(strapi, 'articles').forget(), '[stats] slug lookup reset');
    }
    return result;
  });
};

export default register;
