import { ACTIONS } from '../constants';

/** Public and unauthenticated: readers are anonymous (a member's JWT only changes how they are counted). */
const open = (method: 'GET' | 'POST', path: string, handler: string) => ({
  method,
  path,
  handler: `readers.${handler}`,
  config: { auth: false },
});

const guarded = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [ACTIONS.read] } }],
};

export default {
  // The reader page's contract lives under /api/portal beside the delivery API, whichever plugin serves it.
  'content-api': {
    type: 'content-api',
    prefix: '/portal',
    routes: [
      open('POST', '/articles/:slug/views', 'view'),
      open('GET', '/articles/:slug/views', 'articleSeries'),
      open('POST', '/presence', 'presence'),
      open('GET', '/stats', 'site'),
      open('GET', '/stats/views', 'siteSeries'),
      open('GET', '/most-read', 'mostRead'),
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/dashboard', handler: 'dashboard.summary', config: guarded },
      { method: 'GET', path: '/series', handler: 'dashboard.series', config: guarded },
      { method: 'GET', path: '/export.csv', handler: 'dashboard.exportCsv', config: guarded },
    ],
  },
};
