import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from './constants';
import { getService } from './utils';

/**
 * Any write to an article (publish, unpublish, slug change, delete) makes this instance forget
 * its slug lookups, so a view of an article that is no longer published is a 404 at once.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (ctx, next) => {
    const result = await next();
    if (ctx.uid === ARTICLE_UID && !['findOne', 'findMany', 'findFirst', 'count'].includes(ctx.action)) {
      getService(strapi, 'articles').forget();
    }
    return result;
  });
};

export default register;
