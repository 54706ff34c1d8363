import type { PluginDefinition } from '@strapi/strapi/admin';
import { ChartPie } from '@strapi/icons';
import { ACTIONS, PLUGIN_ID } from '../../server/src/constants';

const prefixed = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

/**
 * Readership on the admin homepage: online now, views today and in total, the week's top 10,
 * and a CSV export of article statistics for a date range. Shown to those with the plugin's
 * read permission (super admins have it).
 */
const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Thống kê truy cập' });
    app.widgets.register({
      id: 'readership',
      pluginId: PLUGIN_ID,
      icon: ChartPie,
      title: { id: `${PLUGIN_ID}.widget.title`, defaultMessage: 'Readership' },
      permissions: [{ action: ACTIONS.read }],
      component: () => import('./components/ReadershipWidget').then((module) => module.ReadershipWidget),
    });
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          return { data: prefixed(data), locale };
        } catch {
          // Languages the plugin does not speak fall back to the English defaults.
          return { data: {}, locale };
        }
      })
    );
  },
};

export default admin;
