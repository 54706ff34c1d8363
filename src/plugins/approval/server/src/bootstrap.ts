import type { Core } from '@strapi/strapi';
import { getConfig } from './config';
import { guardUploads } from './upload-guard';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const setup = getService(strapi, 'setup');
  await setup.registerActions();
  await setup.registerCondition();
  // The editor and head roles are created from the app's bootstrap (setup.ensureRoles), which runs
  // after the admin's: the admin only creates its own roles, the super admin's among them, when
  // there are no roles at all.
  await setup.ensureDatabaseGuardsOnce();
  await setup.carryFingerprintsOver();
  guardUploads(strapi);
  await setup.backfillDepartmentKeys();

  const config = getConfig(strapi);
  if (config.schedulerEnabled) {
    strapi.cron.add({
      approvalScheduler: {
        task: async () => {
          const { published, unpublished, cancelled } = await getService(strapi, 'scheduler').tick();
          if (published.length || unpublished.length || cancelled.length) {
            strapi.log.info(
              `[approval] scheduler: ${published.length} published, ${unpublished.length} unpublished, ${cancelled.length} cancelled`
            );
          }
        },
        options: { rule: config.schedulerRule },
      },
    });
  }
};

export default bootstrap;
