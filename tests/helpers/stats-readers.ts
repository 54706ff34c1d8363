import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import type supertest from 'supertest';

/** Environment of an app under test: its own Redis prefix, and the buffer flushed only when a test says so. */
export const statsEnv = (overrides: Record<string, string> = {}): Record<string, string> => ({
  STATS_REDIS_PREFIX: `test:${crypto.randomBytes(6).toString('hex')}:stats:`,
  STATS_FLUSH_INTERVAL_MS: '600000',
  ...overrides,
});

/** A fresh visitor id, as the browser keeps it in the dv_vid cookie. */
export const visitorId = (): string => crypto.randomBytes(12).toString('base64url');

export const asVisitor = (
  request: supertest.Test,
  id: string | null,
  { agent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0', jwt }: { agent?: string; jwt?: string } = {}
) => {
  let test = request.set('User-Agent', agent);
  if (id) test = test.set('Cookie', `dv_vid=${id}`);
  if (jwt) test = test.set('Authorization', `Bearer ${jwt}`);
  return test;
};

interface Counters {
  flush(): Promise<number>;
  totals(documentIds: string[]): Promise<Record<string, number>>;
}

/** The stats plugin's counter service. */
export const counters = (strapi: Core.Strapi): Counters => strapi.plugin('stats').service<Counters>('counters');

/** Views written to the database for an article (the buffer not included). */
export const storedViews = async (strapi: Core.Strapi, documentId: string): Promise<number> => {
  const schema = strapi.db.dialect.client === 'sqlite' ? null : strapi.db.getSchemaName();
  const table = schema ? `${schema}.stats_article_totals` : 'stats_article_totals';
  const row: { hits: number | string } | undefined = await strapi.db
    .connection(table)
    .where('document_id', documentId)
    .first('hits');
  return Number(row?.hits ?? 0);
};

/** A signed-in reader: a users-permissions account and its JWT. */
export const member = async (strapi: Core.Strapi): Promise<{ id: number; jwt: string }> => {
  const name = `reader${crypto.randomBytes(4).toString('hex')}`;
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number };
  const user = (await strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: name,
      email: `${name}@test.local`,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  })) as { id: number };
  const jwt = await strapi
    .plugin('users-permissions')
    .service<{ issue(payload: object): string | Promise<string> }>('jwt')
    .issue({ id: user.id });
  return { id: user.id, jwt };
};

/** Removes a test's Redis keys (when the app ran with REDIS_URL). */
export const dropRedisKeys = async (prefix: string | undefined): Promise<void> => {
  if (!process.env.REDIS_URL || !prefix) return;
  const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
};
