import { UID } from '../../src/constants';
import { builders } from '../helpers/content';
import { adminUser, type Person } from '../helpers/people';
import { asVisitor, counters, dropRedisKeys, member, statsEnv, storedViews, visitorId } from '../helpers/stats-readers';
import { startApp, type TestApp } from '../helpers/strapi';

const LEGACY = 25_180_199;
const RATE_LIMIT = 8;

describe('readership: article views, who is online, site totals', () => {
  let app: TestApp;
  let make: ReturnType<typeof builders>;
  let superAdmin: Person;

  const view = (slug: string, id: string | null, options?: Parameters<typeof asVisitor>[2]) =>
    asVisitor(app.http().post(`/api/portal/articles/${slug}/views`), id, options);
  const site = async () =>
    (await app.http().get('/api/portal/stats').expect(200)).body.data as {
      online: { guests: number; members: number };
      totalViews: number;
      articles: number;
    };
  const published = async () => (await make.article({}, { publish: true })) as { documentId: string; slug: string };

  beforeAll(async () => {
    Object.assign(
      process.env,
      statsEnv({
        STATS_LEGACY_TOTAL: String(LEGACY),
        STATS_RATE_LIMIT: String(RATE_LIMIT),
        PORTAL_CACHE_ALLOW_BYPASS: 'true',
      })
    );
    app = await startApp();
    make = builders(app.strapi);
    superAdmin = await adminUser(app, 'super admin', []);
  });
  afterAll(async () => {
    await app?.stop();
    await dropRedisKeys(process.env.STATS_REDIS_PREFIX);
  });

  it('counts 500 concurrent views from 500 visitors exactly, buffered then written', async () => {
    const article = await published();
    const responses = await Promise.all(Array.from({ length: 500 }, () => view(article.slug, visitorId())));
    expect(responses.map((r) => r.status)).toEqual(Array(500).fill(200));
    expect(responses.filter((r) => r.body.data.counted)).toHaveLength(500);
    // Every answer already includes the buffered views: the largest is the total.
    expect(Math.max(...responses.map((r) => r.body.data.views))).toBe(500);
    expect(await storedViews(app.strapi, article.documentId)).toBe(0);

    expect(await counters(app.strapi).flush()).toBe(500);
    expect(await storedViews(app.strapi, article.documentId)).toBe(500);
    const again = await view(article.slug, visitorId()).expect(200);
    expect(again.body.data).toEqual({ counted: true, views: 501 });
  });

  it('counts a visitor once per article within the window, with or without the cookie', async () => {
    const article = await published();
    const agent = `Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 reader-${visitorId()}`;
    const first = await view(article.slug, null, { agent }).expect(200);
    expect(first.body.data).toEqual({ counted: true, views: 1 });
    const cookie = /dv_vid=([^;]+)/.exec(String(first.headers['set-cookie']))?.[1];
    expect(cookie).toBeTruthy();
    expect(String(first.headers['set-cookie'])).toMatch(/httponly/i);

    // The same browser before and after it stored the cookie, and the same cookie again.
    expect((await view(article.slug, null, { agent }).expect(200)).body.data).toEqual({ counted: false, views: 1 });
    expect((await view(article.slug, cookie as string, { agent }).expect(200)).body.data).toEqual({
      counted: false,
      views: 1,
    });
    // Another article is another view; another visitor too.
    const other = await published();
    expect((await view(other.slug, cookie as string, { agent }).expect(200)).body.data.counted).toBe(true);
    expect((await view(article.slug, visitorId()).expect(200)).body.data).toEqual({ counted: true, views: 2 });
  });

  it('never stores an IP address or a cookie: only salted hashes', async () => {
    const article = await published();
    const id = visitorId();
    await view(article.slug, id).set('X-Forwarded-For', '203.0.113.77').expect(200);
    await counters(app.strapi).flush();
    const tables = ['stats_article_totals', 'stats_article_daily'];
    for (const table of tables) {
      const schema = app.strapi.db.dialect.client === 'sqlite' ? null : app.strapi.db.getSchemaName();
      const rows = await app.strapi.db.connection(schema ? `${schema}.${table}` : table).select('*');
      const text = JSON.stringify(rows);
      expect(text).not.toContain(id);
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toMatch(/::ffff|203\.0\.113/);
    }
  });

  it('does not count crawlers', async () => {
    const article = await published();
    for (const agent of [
      'Googlebot/2.1 (+http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'curl/8.5.0',
    ]) {
      const response = await view(article.slug, visitorId(), { agent }).expect(200);
      expect(response.body.data).toEqual({ counted: false, views: 0 });
    }
    await counters(app.strapi).flush();
    expect(await storedViews(app.strapi, article.documentId)).toBe(0);
  });

  it('limits each visitor: over the limit is a 429 that says so, and counts nothing', async () => {
    const articles = await Promise.all(Array.from({ length: RATE_LIMIT + 1 }, published));
    const id = visitorId();
    for (const article of articles.slice(0, RATE_LIMIT)) await view(article.slug, id).expect(200);
    const refused = await view(articles[RATE_LIMIT].slug, id).expect(429);
    expect(refused.body.error.message).toMatch(/Too many requests from this visitor: at most 8 every 60 s/);
    expect(
      (await counters(app.strapi).totals([articles[RATE_LIMIT].documentId]))[articles[RATE_LIMIT].documentId]
    ).toBe(0);
    // Another visitor is not held back.
    await view(articles[RATE_LIMIT].slug, visitorId()).expect(200);
  });

  it('answers 404 for unknown, draft and unpublished articles and 400 for a malformed slug', async () => {
    expect((await view('khong-co-bai-nay', visitorId()).expect(404)).body.error.message).toMatch(
      /No published article "khong-co-bai-nay"/
    );
    const draft = (await make.article()) as { slug: string };
    await view(draft.slug, visitorId()).expect(404);
    const article = await published();
    await view(article.slug, visitorId()).expect(200);
    await app.strapi.documents(UID.article).unpublish({ documentId: article.documentId });
    await view(article.slug, visitorId()).expect(404);
    const bad = await view('Bai%20Viet!', visitorId()).expect(400);
    expect(bad.body.error.message).toMatch(/is not an article slug/);
    await view('a'.repeat(201), visitorId()).expect(400);
  });

  it('counts guests and members online, never the same visitor as both', async () => {
    const ping = (id: string, jwt?: string) =>
      asVisitor(app.http().post('/api/portal/presence'), id, { jwt }).expect(200);
    const before = (await site()).online;
    const guest = visitorId();
    expect((await ping(guest)).body.data).toEqual({ guests: before.guests + 1, members: before.members });
    expect((await ping(guest)).body.data).toEqual({ guests: before.guests + 1, members: before.members });

    // The guest signs in: now one member, no longer a guest; a later ping without the token changes nothing.
    const reader = await member(app.strapi);
    expect((await ping(guest, reader.jwt)).body.data).toEqual({ guests: before.guests, members: before.members + 1 });
    expect((await ping(guest)).body.data).toEqual({ guests: before.guests, members: before.members + 1 });
    // The same member on a second device is still one member.
    expect((await ping(visitorId(), reader.jwt)).body.data).toEqual({
      guests: before.guests,
      members: before.members + 1,
    });
    // A forged token is simply a guest.
    expect((await ping(visitorId(), 'not.a.jwt')).body.data).toEqual({
      guests: before.guests + 1,
      members: before.members + 1,
    });
    // Crawlers are nobody.
    await asVisitor(app.http().post('/api/portal/presence'), visitorId(), { agent: 'Googlebot/2.1' }).expect(200);
    expect((await site()).online).toEqual({ guests: before.guests + 1, members: before.members + 1 });
  });

  it('reports published articles and their views plus the legacy total', async () => {
    const before = await site();
    const article = await published();
    await make.article(); // a draft: not counted
    await view(article.slug, visitorId()).expect(200);
    await view(article.slug, visitorId()).expect(200);
    const after = await site();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.totalViews).toBe(before.totalViews + 2);
    await counters(app.strapi).flush();
    expect((await site()).totalViews).toBe(before.totalViews + 2);

    // All published views: recount from the database, plus the offset carried over from the old site.
    const schema = app.strapi.db.dialect.client === 'sqlite' ? null : app.strapi.db.getSchemaName();
    const [{ sum }] = await app.strapi.db
      .connection(schema ? `${schema}.stats_article_totals` : 'stats_article_totals')
      .sum({ sum: 'hits' });
    const unpublished = await storedViewsOfUnpublished();
    expect(after.totalViews).toBe(LEGACY + Number(sum) - unpublished);

    async function storedViewsOfUnpublished() {
      const rows = (await app.strapi.db
        .query(UID.article)
        .findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })) as { documentId: string }[];
      const live = new Set(rows.map((r) => r.documentId));
      const all: { document_id: string; hits: number }[] = await app.strapi.db
        .connection(schema ? `${schema}.stats_article_totals` : 'stats_article_totals')
        .select('document_id', 'hits');
      return all.filter((r) => !live.has(r.document_id)).reduce((total, r) => total + Number(r.hits), 0);
    }
  });

  it('lists the most read articles of the day, and refuses an unknown period', async () => {
    const [a, b] = [await published(), await published()];
    for (let i = 0; i < 3; i += 1) await view(b.slug, visitorId()).expect(200);
    await view(a.slug, visitorId()).expect(200);
    await counters(app.strapi).flush();
    // Some views written, one still buffered: both count.
    await view(b.slug, visitorId()).expect(200);
    const list = (await app.http().get('/api/portal/most-read?period=day&limit=50').expect(200)).body.data as {
      slug: string;
      views: number;
      totalViews: number;
    }[];
    const positions = [list.findIndex((item) => item.slug === b.slug), list.findIndex((item) => item.slug === a.slug)];
    expect(positions[0]).toBeGreaterThanOrEqual(0);
    expect(positions[0]).toBeLessThan(positions[1]);
    expect(list[positions[0]]).toMatchObject({ slug: b.slug, views: 4, totalViews: 4 });
    expect(list[positions[1]]).toMatchObject({ slug: a.slug, views: 1 });
    for (const period of ['week', 'month']) await app.http().get(`/api/portal/most-read?period=${period}`).expect(200);
    expect((await app.http().get('/api/portal/most-read?period=year').expect(400)).body.error.message).toMatch(
      /period must be one of day, week, month/
    );
  });

  it('serves views over time for an article and for the site', async () => {
    const article = await published();
    await view(article.slug, visitorId()).expect(200);
    await view(article.slug, visitorId()).expect(200);
    const body = (await app.http().get(`/api/portal/articles/${article.slug}/views`).expect(200)).body.data;
    expect(body.views).toBe(2);
    expect(body.series).toHaveLength(30);
    expect(body.series.at(-1)).toEqual({ day: body.to, views: 2 });
    expect(body.series.slice(0, -1).every((point: { views: number }) => point.views === 0)).toBe(true);
    const siteSeries = (await app.http().get('/api/portal/stats/views?from=2026-01-01&to=2026-01-03').expect(200)).body
      .data;
    expect(siteSeries.series.map((p: { day: string }) => p.day)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    await app.http().get('/api/portal/stats/views?from=2026-02-30').expect(400);
    // Shaped like a date, but no day at all: a 400 too, not a "try again later".
    await app.http().get('/api/portal/stats/views?from=2026-13-45').expect(400);
    await app.http().get('/api/portal/stats/views?from=2026-03-01&to=2026-02-01').expect(400);
  });

  it('gives admins the homepage figures and a CSV export Excel reads as UTF-8; others get 401/403', async () => {
    const article = (await make.article({ title: 'Một số kết quả công tác Dân vận năm 2014' }, { publish: true })) as {
      slug: string;
    };
    await view(article.slug, visitorId()).expect(200);
    const dashboard = (await app.http().get('/stats/dashboard').set('Authorization', superAdmin.auth).expect(200)).body
      .data;
    expect(dashboard).toMatchObject({
      online: expect.any(Object),
      totalViews: (await site()).totalViews,
      viewsToday: expect.any(Number),
    });
    expect(dashboard.topWeek.length).toBeLessThanOrEqual(10);

    const csv = await app
      .http()
      .get(`/stats/export.csv?from=2026-01-01&to=${dashboard.today}`)
      .set('Authorization', superAdmin.auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="thong-ke-bai-viet_2026-01-01_/);
    const text = bytes.toString('utf8');
    expect(text).toContain('Tiêu đề (Title)');
    expect(text).toMatch(new RegExp(`Một số kết quả công tác Dân vận năm 2014,${article.slug},[^\\r\\n]*,1,1\\r\\n`));

    await app.http().get('/stats/dashboard').expect(401);
    // Editors and heads read the reach of their work; an admin role without the permission does not.
    const editor = await adminUser(app, 'editor', []);
    await app.http().get('/stats/dashboard').set('Authorization', editor.auth).expect(200);
    const outsider = await adminUser(app, 'strapi author', []);
    await app.http().get('/stats/export.csv').set('Authorization', outsider.auth).expect(403);
    await app.http().get('/stats/export.csv?from=yesterday').set('Authorization', superAdmin.auth).expect(400);
    await app.http().get('/stats/export.csv?from=2026-00-10').set('Authorization', superAdmin.auth).expect(400);
  });

  it('gives the readership permission to the editor and head roles of an older database once, and respects its removal', async () => {
    const { strapi } = app;
    const editor = await adminUser(app, 'editor', []);
    const role = (await strapi.db.query('admin::role').findOne({ where: { code: 'portal-editor' } })) as { id: number };
    const take = () =>
      strapi.db
        .query('admin::permission')
        .deleteMany({ where: { role: { id: role.id }, action: 'plugin::stats.read' } });
    const store = strapi.store({ type: 'plugin', name: 'approval', key: 'granted' });
    const ensureRoles = () => strapi.plugin('approval').service('setup').ensureRoles();

    // A database from before the readership statistics: the roles exist, without the permission.
    await take();
    await store.delete({});
    await app.http().get('/stats/dashboard').set('Authorization', editor.auth).expect(403);
    await ensureRoles();
    await app.http().get('/stats/dashboard').set('Authorization', editor.auth).expect(200);

    // A super admin then takes it away: a restart does not give it back.
    await take();
    await ensureRoles();
    await app.http().get('/stats/dashboard').set('Authorization', editor.auth).expect(403);
    await strapi
      .service('admin::permission')
      .createMany([{ action: 'plugin::stats.read', role: role.id, subject: null, properties: {}, conditions: [] }]);
  });

  it("puts each article's views in the delivery API's payloads, with one counter query whatever the page size", async () => {
    const section = (await make.section()) as { documentId: string; slug: string };
    const articles: { documentId: string; slug: string }[] = [];
    for (let i = 0; i < 3; i += 1)
      articles.push(
        (await make.article({ section: section.documentId }, { publish: true })) as { documentId: string; slug: string }
      );
    // 1, 2 and 3 views; the last one's third still buffered.
    for (const [i, article] of articles.entries())
      for (let n = 0; n <= i; n += 1) await view(article.slug, visitorId()).expect(200);
    await counters(app.strapi).flush();
    await view(articles[2].slug, visitorId()).expect(200);
    const expected = Object.fromEntries(articles.map((article, i) => [article.slug, i + 1 + (i === 2 ? 1 : 0)]));

    const counterQueries = async (path: string) => {
      const seen: string[] = [];
      const listener = (query: { sql: string }) => {
        if (query.sql.includes('stats_article_totals')) seen.push(query.sql);
      };
      app.strapi.db.connection.on('query', listener);
      try {
        const response = await app.http().get(path).set('x-portal-cache', 'bypass').expect(200);
        return { body: response.body, queries: seen.length };
      } finally {
        app.strapi.db.connection.off('query', listener);
      }
    };
    const one = await counterQueries(`/api/portal/sections/${section.slug}?pageSize=1`);
    const all = await counterQueries(`/api/portal/sections/${section.slug}?pageSize=10`);
    // At most one: none at all when this instance already knows the written totals (it wrote them).
    expect(one.queries).toBeLessThanOrEqual(1);
    expect(all.queries).toBe(one.queries);
    const listed = all.body.data.articles as { slug: string; views: number }[];
    expect(Object.fromEntries(listed.map((a) => [a.slug, a.views]))).toEqual(expected);

    const detail = await counterQueries(`/api/portal/articles/${articles[1].slug}`);
    expect(detail.queries).toBeLessThanOrEqual(1);
    expect(detail.body.data.views).toBe(2);
    for (const related of detail.body.data.related as { slug: string; views: number }[])
      expect(related.views).toBe(expected[related.slug]);
  });
});
