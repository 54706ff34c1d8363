import type { PluginDefinition } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { SealCheck } from '@strapi/icons';
import { ACTIONS, PLUGIN_ID } from '../../server/src/constants';
import { ApprovalPanel } from './components/ApprovalPanel';
import { renderReviewStateColumn } from './components/ReviewStateColumn';
import { message, prefixTranslations } from './utils/translations';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];

/**
 * The approval workflow in the admin: a "Chờ duyệt" page for heads, a side panel in the
 * content manager's edit view, and the translated state in its list view.
 */
const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Duyệt bài' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: SealCheck,
      intlLabel: message('queue.menu'),
      permissions: [{ action: ACTIONS.review, subject: null }],
      Component: () => import('./pages/QueuePage').then((module) => ({ default: module.QueuePage })),
    });
  },

  bootstrap(app) {
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerApis;
    contentManager.addEditViewSidePanel([ApprovalPanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', renderReviewStateColumn);
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          return { data: prefixTranslations(data), locale };
        } catch {
          // The admin offers more languages than the plugin speaks: those fall back to English.
          return { data: {}, locale };
        }
      })
    );
  },
};

export default admin;
