import type { Core } from '@strapi/strapi';
import type approvalServices from './plugins/approval/server/src/services';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { registerDocumentRules } from './rules';
import { seedOnFirstDevelop } from './seed';
import { serviceGetter } from './shared';

const approvalService = serviceGetter<typeof approvalServices>('approval');

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // After the admin's bootstrap, which creates the super admin role only when no role exists yet.
    await approvalService(strapi, 'setup').ensureRoles();
    const { removed } = await syncPublicPermissions(strapi);
    if (removed.length) {
      strapi.log.warn(`The public role may only read portal content; removed: ${removed.join(', ')}`);
    }
    if (
      process.env.NODE_ENV === 'production' &&
      strapi.config.get('plugin::email.provider') === 'strapi-provider-email-console'
    ) {
      strapi.log.warn(
        'EMAIL_PROVIDER is not set: approval e-mails are only written to the log. See README, "Notifications".'
      );
    }
    await seedOnFirstDevelop(strapi);
  },
};
