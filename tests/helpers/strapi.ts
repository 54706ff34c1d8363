import { createStrapi, type Core } from '@strapi/strapi';
import supertest from 'supertest';
import { APP_DIR, createTestDatabase, DIST_DIR, type TestDatabase } from './database';

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest bound to the app's HTTP server. */
  http: () => supertest.Agent;
  stop(): Promise<void>;
}

/**
 * Boots the real app in-process on a database of its own (see createTestDatabase), with its
 * HTTP server mounted for supertest. Call `stop()` in afterAll: it drops the database.
 */
export const startApp = async (): Promise<TestApp> => {
  const database: TestDatabase = await createTestDatabase();
  Object.assign(process.env, database.env);
  // Tests run the approval scheduler's ticks themselves, at the moments they choose.
  process.env.APPROVAL_SCHEDULER_ENABLED ??= 'false';
  const instance = createStrapi({ appDir: APP_DIR, distDir: DIST_DIR, autoReload: false, serveAdminPanel: false });
  let strapi: Core.Strapi;
  try {
    strapi = await instance.load();
    strapi.server.mount();
  } catch (error) {
    // A failed start must not leave connections open (Jest would wait for them) or a database behind.
    await instance.destroy().catch(() => {});
    await database.drop().catch(() => {});
    throw error;
  }
  return {
    strapi,
    http: () => supertest.agent(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      await database.drop();
    },
  };
};
