import crypto from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { UID } from '../../src/constants';
import type cacheService from '../../src/plugins/portal/server/src/services/cache';
import { publishApproved } from '../helpers/approval';
import { builders } from '../helpers/content';
import { DIST_DIR } from '../helpers/database';
import { yearEndReport } from '../helpers/portal-data';
import { startApp, type TestApp } from '../helpers/strapi';

type Report = Awaited<ReturnType<typeof yearEndReport>>;
type Cache = ReturnType<typeof cacheService>;

const REDIS_URL = process.env.PORTAL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** This run's own channel: parallel runs on the same Redis never clear each other's caches. */
const CHANNEL = `test:${crypto.randomBytes(6).toString('hex')}:portal:cache`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds (pub/sub delivery is asynchronous); fails with `what` if it never does. */
const eventually = async (what: string, check: () => Promise<boolean>) => {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`Never happened: ${what}`);
};

describe('portal: response cache, conditional GETs and invalidation', () => {
  let app: TestApp;
  let report: Report;
  let make: ReturnType<typeof builders>;
  let other: Cache;
  const articleUrl = () => `/api/portal/articles/${report.article.slug}`;
  /** Requests name a host, as browsers' do: feeds' links (and so their ETags) depend on it. */
  const request = (url: string) => app.http().get(url).set('Host', 'cong.test');
  const get = (url: string) => request(url).expect(200);

  beforeAll(async () => {
    process.env.REDIS_URL = REDIS_URL;
    process.env.PORTAL_CACHE_CHANNEL = CHANNEL;
    app = await startApp();
    report = await yearEndReport(app);
    make = builders(app.strapi);
    // A second instance's cache, on the same Redis channel (as a second server process would have).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.join(DIST_DIR, 'src', 'plugins', 'portal', 'server', 'src', 'services', 'cache'))
      .default as typeof cacheService;
    other = factory({ strapi: app.strapi });
    await other.connect();
  });
  afterAll(async () => {
    await other?.disconnect();
    await app?.stop();
    delete process.env.REDIS_URL;
    delete process.env.PORTAL_CACHE_CHANNEL;
  });

  describe('conditional GETs', () => {
    it('sends an ETag and Cache-Control, and a 304 without a body when If-None-Match matches', async () => {
      for (const url of [
        '/api/portal/home',
        '/api/portal/sections',
        articleUrl(),
        '/api/portal/search?q=dan%20van',
        '/rss.xml',
        '/api/portal/openapi.json',
      ]) {
        const first = await get(url);
        expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
        expect(first.headers['cache-control']).toBe('public, max-age=60');
        const second = await request(url).set('If-None-Match', first.headers.etag).expect(304);
        expect(second.text ?? '').toBe('');
        expect(second.headers.etag).toBe(first.headers.etag);
        await request(url).set('If-None-Match', '"something-else"').expect(200);
      }
    });
  });

  describe('the cache holds rendered responses', () => {
    it('serves a response from memory until it is invalidated or expires (time to live)', async () => {
      app.strapi.config.set('plugin::portal.cache.ttl', 1);
      try {
        await app.strapi.plugin('portal').service<Cache>('cache').invalidate();
        const before = (await get(articleUrl())).body.data; // kept for one second from now
        // A change behind the Document Service's back (no invalidation): the cached answer stays.
        await app.strapi.db
          .query(UID.article)
          .updateMany({ where: { slug: report.article.slug }, data: { summary: 'Đổi thẳng trong cơ sở dữ liệu' } });
        expect((await get(articleUrl())).body.data.summary).toBe(before.summary);
        await sleep(1100);
        expect((await get(articleUrl())).body.data.summary).toBe('Đổi thẳng trong cơ sở dữ liệu');
      } finally {
        app.strapi.config.set('plugin::portal.cache.ttl', 30);
      }
    });
  });

  describe('invalidation by content changes', () => {
    it('a publish shows at once in the section page, the home page and the feed', async () => {
      const sectionUrl = `/api/portal/sections/${report.child.slug}`;
      const before = (await get(sectionUrl)).body.data;
      const etag = (await get(sectionUrl)).headers.etag;
      await get('/rss.xml');
      const created = await make.article(
        { title: 'Tin mới vừa được đăng', section: report.child.documentId },
        { publish: true }
      );
      const after = await request(sectionUrl).set('If-None-Match', etag).expect(200);
      expect(after.body.data.pagination.total).toBe(before.pagination.total + 1);
      expect(after.body.data.articles[0].title).toBe('Tin mới vừa được đăng');
      expect((await get('/rss.xml')).text).toContain('Tin mới vừa được đăng');
      expect((await get('/api/portal/home')).body.data.latest[0].title).toBe('Tin mới vừa được đăng');
      await app.strapi.documents(UID.article).delete({ documentId: created.documentId });
    });

    it('an unpublish takes the article away at once', async () => {
      const created = await make.article(
        { title: 'Tin sẽ được gỡ xuống', section: report.child.documentId },
        { publish: true }
      );
      const slug = (await get(`/api/portal/sections/${report.child.slug}`)).body.data.articles[0].slug;
      await get(`/api/portal/articles/${slug}`);
      await get(`/api/portal/articles/${slug}/print`);
      await app.strapi.documents(UID.article).unpublish({ documentId: created.documentId });
      await request(`/api/portal/articles/${slug}`).expect(404);
      await request(`/api/portal/articles/${slug}/print`).expect(404);
      const section = (await get(`/api/portal/sections/${report.child.slug}`)).body.data;
      expect(section.articles.map((a: { slug: string }) => a.slug)).not.toContain(slug);
    });

    it('renaming an author shows in every article they signed', async () => {
      expect((await get(articleUrl())).body.data.authors[0].fullName).toBe(report.author.fullName);
      await get(`/api/portal/articles/${report.article.slug}/print`);
      await app.strapi
        .documents(UID.author)
        .update({ documentId: report.author.documentId, data: { fullName: 'Trần Văn Mới' } });
      expect((await get(articleUrl())).body.data.authors[0].fullName).toBe('Trần Văn Mới');
      expect((await get(`/api/portal/articles/${report.article.slug}/print`)).text).toContain(
        '<p class="name">Trần Văn Mới</p>'
      );
    });

    it('renaming a section shows in the tree, breadcrumbs and feeds', async () => {
      await get('/api/portal/sections');
      await get(`/api/portal/sections/${report.child.slug}/rss.xml`);
      await app.strapi
        .documents(UID.section)
        .update({ documentId: report.parent.documentId, data: { name: 'Chuyên mục đã đổi tên' } });
      const tree = (await get('/api/portal/sections')).body.data as { slug: string; name: string }[];
      expect(tree.find((node) => node.slug === report.parent.slug)?.name).toBe('Chuyên mục đã đổi tên');
      expect((await get(articleUrl())).body.data.breadcrumb[0].name).toBe('Chuyên mục đã đổi tên');
    });

    it('a new, approved version of a published article replaces the old one at once', async () => {
      await get(articleUrl());
      await app.strapi
        .documents(UID.article)
        .update({ documentId: report.article.documentId, data: { title: 'Tiêu đề mới đã duyệt' } });
      // A draft save changes nothing public.
      expect((await get(articleUrl())).body.data.title).not.toBe('Tiêu đề mới đã duyệt');
      await publishApproved(app.strapi, UID.article, report.article.documentId);
      expect((await get(articleUrl())).body.data.title).toBe('Tiêu đề mới đã duyệt');
    });
  });

  describe('across instances, through Redis pub/sub', () => {
    const render = (body: string) => () => Promise.resolve({ body });

    it("clears another instance's cache when content changes here", async () => {
      expect((await other.get('/probe', render('one'))).body.toString()).toBe('one');
      expect((await other.get('/probe', render('two'))).body.toString()).toBe('one');
      await app.strapi
        .documents(UID.department)
        .update({ documentId: report.department.documentId, data: { phone: '0290 3831 234' } });
      await eventually(
        'the other instance cleared its cache',
        async () => (await other.get('/probe', render('three'))).body.toString() === 'three'
      );
    });

    it("clears this instance's cache when another instance invalidates", async () => {
      const url = `/api/portal/departments/${report.department.slug}`;
      await get(url);
      await app.strapi.db
        .query(UID.department)
        .updateMany({ where: { slug: report.department.slug }, data: { address: 'Số 1 Trần Hưng Đạo' } });
      expect((await get(url)).body.data.address).not.toBe('Số 1 Trần Hưng Đạo');
      await other.invalidate();
      await eventually(
        'this instance cleared its cache',
        async () => (await get(url)).body.data.address === 'Số 1 Trần Hưng Đạo'
      );
    });

    it("ignores invalidations on another site's (or test run's) channel", async () => {
      const foreign = `test:${crypto.randomBytes(6).toString('hex')}:portal:cache`;
      expect((await other.get('/foreign', render('kept'))).body.toString()).toBe('kept');
      const listener = new Redis(REDIS_URL);
      const publisher = new Redis(REDIS_URL);
      try {
        await listener.subscribe(foreign);
        const heard = new Promise((resolve) => listener.on('message', resolve));
        await publisher.publish(foreign, 'someone-else');
        await heard;
        // Our instances subscribe on the same server: had they listened to that channel, they had heard it by now.
        await sleep(200);
        expect((await other.get('/foreign', render('cleared'))).body.toString()).toBe('kept');
      } finally {
        listener.disconnect();
        publisher.disconnect();
      }
    });
  });
});
