import type { Core } from '@strapi/strapi';
import { getService } from './utils';

/** Shutdown (strapi.destroy, SIGTERM, SIGINT): write every buffered view, then let go of Redis. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Never started (a command that loads the app without bootstrapping it): nothing is buffered.
  if (!getService(strapi, 'runtime').isOpen()) return;
  try {
    await getService(strapi, 'counters').stop();
  } finally {
    await getService(strapi, 'runtime').close();
  }
};

export default destroy;
