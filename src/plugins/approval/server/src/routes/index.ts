import { ACTIONS } from '../constants';

const guarded = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

const document = '/documents/:uid/:documentId';

/** Admin routes only: the approval workflow has no content-API surface. */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/queue', handler: 'review.queue', config: guarded(ACTIONS.review) },
      { method: 'GET', path: document, handler: 'review.status', config: guarded(ACTIONS.read) },
      { method: 'POST', path: `${document}/submit`, handler: 'review.submit', config: guarded(ACTIONS.submit) },
      { method: 'POST', path: `${document}/approve`, handler: 'review.approve', config: guarded(ACTIONS.review) },
      { method: 'POST', path: `${document}/reject`, handler: 'review.reject', config: guarded(ACTIONS.review) },
      { method: 'POST', path: `${document}/schedule`, handler: 'review.schedule', config: guarded(ACTIONS.review) },
      { method: 'POST', path: `${document}/publish`, handler: 'review.publish', config: guarded(ACTIONS.review) },
      { method: 'POST', path: `${document}/unpublish`, handler: 'review.unpublish', config: guarded(ACTIONS.review) },
    ],
  },
};
