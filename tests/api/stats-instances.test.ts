import supertest from 'supertest';
import Redis from 'ioredis';
import { builders } from '../helpers/content';
import { isPostgres } from '../helpers/database';
import { startInstance } from '../helpers/stats-instances';
import { asVisitor, counters, member, statsEnv, storedViews, visitorId } from '../helpers/stats-readers';
import { startApp, type TestApp } from '../helpers/strapi';

const REDIS_URL = process.env.STATS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Site = { online: { guests: number; members: number }; totalViews: number; articles: number };

const viewOn = (base: string, slug: string, id: string | null = visitorId()) =>
  asVisitor(supertest(base).post(`/api/portal/articles/${slug}/views`), id);

describe('readership: shutdown writes the buffer; a crash loses at most one flush interval', () => {
  let app: TestApp;
  let make: ReturnType<typeof builders>;

  beforeAll(async () => {
    Object.assign(process.env, statsEnv());
    delete process.env.REDIS_URL;
    app = await startApp();
    make = builders(app.strapi);
  });
  afterAll(() => app?.stop());

  it.each(['SIGTERM', 'SIGINT'] as const)('writes every buffered view on %s', async (signal) => {
    const article = (await make.article({}, { publish: true })) as { documentId: string; slug: string };
    // A flush interval far longer than the test: only the shutdown can write these views.
    const instance = await startInstance({ STATS_FLUSH_INTERVAL_MS: '600000' });
    const responses = await Promise.all(Array.from({ length: 60 }, () => viewOn(instance.url, article.slug)));
    expect(responses.every((r) => r.status === 200 && r.body.data.counted)).toBe(true);
    expect(await storedViews(app.strapi, article.documentId)).toBe(0);
    expect(await instance.stop(signal)).toBe('0');
    expect(await storedViews(app.strapi, article.documentId)).toBe(60);
  });

  it('keeps every view a flush had written when the process is killed (SIGKILL)', async () => {
    const article = (await make.article({}, { publish: true })) as { documentId: string; slug: string };
    const interval = 500;
    const instance = await startInstance({ STATS_FLUSH_INTERVAL_MS: String(interval) });
    // Given 40 views, and a flush that wrote them (seen in the database) ...
    for (let i = 0; i < 40; i += 1) await viewOn(instance.url, article.slug).expect(200);
    for (let tries = 0; tries < 200 && (await storedViews(app.strapi, article.documentId)) < 40; tries += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(await storedViews(app.strapi, article.documentId)).toBe(40);
    // ... when 30 more arrive and the process dies at once ...
    const burstStarted = Date.now();
    for (let i = 0; i < 30; i += 1) await viewOn(instance.url, article.slug).expect(200);
    const burstMs = Date.now() - burstStarted;
    expect(await instance.stop('SIGKILL')).toBe('SIGKILL');
    // ... then only views since the last flush can be missing: the 40 are all there.
    const stored = await storedViews(app.strapi, article.documentId);
    expect(stored).toBeGreaterThanOrEqual(40);
    expect(stored).toBeLessThanOrEqual(70);
    process.stdout.write(
      `crash: ${70 - stored} of 70 views lost; the last 30 arrived within ${burstMs} ms, flush interval ${interval} ms\n`
    );
  });
});

// Two instances share state only through PostgreSQL and Redis; SQLite is a file for one process, not
// a server several instances can share, so this part runs on PostgreSQL only.
const onPostgres = isPostgres() ? describe : describe.skip;
if (!isPostgres()) {
  process.stdout.write(
    'stats-instances: the two-instance test needs PostgreSQL (SQLite is not shared between servers): skipped on SQLite.\n'
  );
}

onPostgres('readership: two instances on one PostgreSQL and one Redis report the same exact numbers', () => {
  let app: TestApp;
  let make: ReturnType<typeof builders>;
  let other: Awaited<ReturnType<typeof startInstance>>;
  let redis: Redis;
  let prefix: string;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect().catch((error: Error) => {
      throw new Error(`The two-instance test needs Redis at ${REDIS_URL} (set STATS_TEST_REDIS_URL): ${error.message}`);
    });
    const env = statsEnv({ REDIS_URL });
    prefix = env.STATS_REDIS_PREFIX;
    Object.assign(process.env, env);
    app = await startApp();
    make = builders(app.strapi);
    other = await startInstance(env);
  });
  afterAll(async () => {
    await other?.stop('SIGTERM');
    await app?.stop();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    delete process.env.REDIS_URL;
  });

  const sites = async (): Promise<[Site, Site]> => [
    (await app.http().get('/api/portal/stats').expect(200)).body.data,
    (await supertest(other.url).get('/api/portal/stats').expect(200)).body.data,
  ];

  it('counts views spread over both instances exactly, and once per visitor across them', async () => {
    const article = (await make.article({}, { publish: true })) as { documentId: string; slug: string };
    const [before] = await sites();
    const visitors = Array.from({ length: 300 }, () => visitorId());
    // Every visitor on one instance, then the same visitor again on the other one.
    const first = await Promise.all(
      visitors.map((id, i) =>
        i % 2
          ? viewOn(other.url, article.slug, id)
          : asVisitor(app.http().post(`/api/portal/articles/${article.slug}/views`), id)
      )
    );
    expect(first.filter((r) => r.status === 200 && r.body.data.counted)).toHaveLength(300);
    const again = await Promise.all(
      visitors.map((id, i) =>
        i % 2
          ? asVisitor(app.http().post(`/api/portal/articles/${article.slug}/views`), id)
          : viewOn(other.url, article.slug, id)
      )
    );
    expect(again.filter((r) => r.status === 200 && !r.body.data.counted)).toHaveLength(300);

    // Buffered in Redis: both instances already see all of them.
    const buffered = await sites();
    expect(buffered[0].totalViews).toBe(before.totalViews + 300);
    expect(buffered[1].totalViews).toBe(before.totalViews + 300);

    // Each instance writes what it takes from the shared buffer; together exactly 300.
    const written = (await counters(app.strapi).flush()) + (await other.flush());
    expect(written).toBe(300);
    expect(await storedViews(app.strapi, article.documentId)).toBe(300);
    const after = await sites();
    expect(after[0].totalViews).toBe(before.totalViews + 300);
    expect(after[1]).toEqual(after[0]);
    expect((await viewOn(other.url, article.slug).expect(200)).body.data).toEqual({ counted: true, views: 301 });
  });

  it('reports the same guests and members online on both instances', async () => {
    const [before] = await sites();
    const reader = await member(app.strapi);
    const guests = Array.from({ length: 7 }, () => visitorId());
    await Promise.all(
      guests.map((id, i) =>
        asVisitor(
          i % 2 ? supertest(other.url).post('/api/portal/presence') : app.http().post('/api/portal/presence'),
          id
        ).expect(200)
      )
    );
    const signedIn = visitorId();
    await asVisitor(app.http().post('/api/portal/presence'), signedIn, { jwt: reader.jwt }).expect(200);
    // The same member on the other instance, the same browser as a guest there: still one member, no guest.
    await asVisitor(supertest(other.url).post('/api/portal/presence'), signedIn, { jwt: reader.jwt }).expect(200);
    await asVisitor(supertest(other.url).post('/api/portal/presence'), signedIn).expect(200);
    const [one, two] = await sites();
    expect(one.online).toEqual({ guests: before.online.guests + 7, members: before.online.members + 1 });
    expect(two.online).toEqual(one.online);
  });
});
