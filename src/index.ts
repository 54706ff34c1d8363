import type { Core } from '@strapi/strapi';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { registerDocumentRules } from './rules';
import { seedOnFirstDevelop } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const { removed } = await syncPublicPermissions(strapi);
    if (removed.length) {
      strapi.log.warn(`The public role may only read portal content; removed: ${removed.join(', ')}`);
    }
    await seedOnFirstDevelop(strapi);
  },
};
