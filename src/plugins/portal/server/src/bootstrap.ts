import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PLUGIN_ID } from './constants';
import type feeds from './controllers/feeds';
import { ensureIndexesOnce } from './database';
import { getService } from './utils';

type FeedsController = ReturnType<typeof feeds>;

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexesOnce(strapi);
  await getService(strapi, 'cache').connect();
  // Published answers carry pictures' URLs, sizes and alt text: a change in the media library
  // (which does not go through the Document Service) clears them too.
  for (const event of ['media.update', 'media.delete']) {
    strapi.eventHub.on(event, () => getService(strapi, 'cache').invalidate());
  }

  // Where feed readers and crawlers look first: the same documents as under /api/portal.
  const controller = strapi.plugin(PLUGIN_ID).controller<FeedsController>('feeds');
  strapi.server.routes([
    { method: 'GET', path: '/rss.xml', handler: (ctx: Context) => controller.site(ctx), config: { auth: false } },
    {
      method: 'GET',
      path: '/sitemap.xml',
      handler: (ctx: Context) => controller.sitemap(ctx),
      config: { auth: false },
    },
  ]);
};

export default bootstrap;
