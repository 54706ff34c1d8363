import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';
import { ensureTables } from './database';
import { tables } from '../../../../shared';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureTables(strapi.db.connection, tables(strapi).schema);
  const adminPermission = strapi.service('admin::permission') as {
    actionProvider: { registerMany(actions: unknown[]): Promise<void> };
  };
  await adminPermission.actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'Xem thống kê truy cập / Read readership statistics',
      uid: 'read',
      pluginName: PLUGIN_ID,
    },
  ]);
  getService(strapi, 'runtime').open();
  // SIGTERM and SIGINT reach destroy() through Strapi's own handlers; destroy writes the buffer.
  getService(strapi, 'counters').start();
};

export default bootstrap;
