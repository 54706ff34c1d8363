import Parser from 'rss-parser';
import { UID } from '../../src/constants';
import { builders } from '../helpers/content';
import { sitemapLocations, yearEndReport } from '../helpers/portal-data';
import { startApp, type TestApp } from '../helpers/strapi';

type Report = Awaited<ReturnType<typeof yearEndReport>>;

describe('portal: RSS, sitemap and the print view', () => {
  let app: TestApp;
  let report: Report;
  let tricky: { slug: string; title: string };
  let draft: { slug: string; title: string };
  let origin: string;
  const rss = new Parser();
  /** Requests name a host, as a browser's do: links fall back to it when no PUBLIC_URL is set. */
  const get = (url: string) => app.http().get(url).set('Host', 'cong.test');

  beforeAll(async () => {
    app = await startApp();
    report = await yearEndReport(app);
    const make = builders(app.strapi);
    const published = await make.article(
      {
        title: 'Tin <b>đậm</b> & "trích dẫn" của Đảng bộ',
        summary: 'Tóm tắt <script>alert(1)</script> & hết',
        section: report.parent.documentId,
      },
      { publish: true }
    );
    const read = async (documentId: string, status: 'draft' | 'published') =>
      (await app.strapi.documents(UID.article).findOne({ documentId, status })) as unknown as {
        slug: string;
        title: string;
      };
    tricky = await read(published.documentId, 'published');
    const unpublished = await make.article({
      title: 'Bản nháp chưa đăng về hội nghị',
      section: report.parent.documentId,
    });
    draft = await read(unpublished.documentId, 'draft');
    origin = 'http://cong.test';
  });
  afterAll(() => app?.stop());

  describe('RSS 2.0', () => {
    it('serves the site feed at /rss.xml and /api/portal/rss.xml, readable by an RSS parser', async () => {
      for (const url of ['/rss.xml', '/api/portal/rss.xml']) {
        const response = await get(url).expect(200);
        expect(response.headers['content-type']).toMatch(/^application\/rss\+xml/);
        expect(response.headers.etag).toBeTruthy();
        const feed = await rss.parseString(response.text);
        expect(feed.title).toBe('Cổng thông tin Ban Dân vận');
        expect(feed.language).toBe('vi');
        const titles = feed.items.map((item) => item.title);
        expect(titles).toEqual(expect.arrayContaining([tricky.title, report.article.title]));
        expect(titles).not.toContain(draft.title);
        const item = feed.items.find((i) => i.title === report.article.title)!;
        expect(item.link).toBe(`${origin}/bai-viet/${report.article.slug}`);
        expect(item.guid).toBe(item.link);
        expect(item.creator).toBe(report.author.fullName);
        expect(item.categories).toContain(report.child.name);
        expect(new Date(item.pubDate!).getTime()).not.toBeNaN();
      }
    });

    it('keeps markup in titles and summaries as text (escaped XML)', async () => {
      const response = await get('/rss.xml').expect(200);
      expect(response.text).not.toContain('<script>');
      expect(response.text).toContain('&lt;script&gt;');
      const feed = await rss.parseString(response.text);
      const item = feed.items.find((i) => i.link?.endsWith(`/bai-viet/${tricky.slug}`))!;
      expect(item.title).toBe('Tin <b>đậm</b> & "trích dẫn" của Đảng bộ');
      expect(item.contentSnippet ?? item.content).toContain('Tóm tắt');
    });

    it('serves a section feed that includes its sub-sections, and only them', async () => {
      const parentFeed = await rss.parseString(
        (await get(`/api/portal/sections/${report.parent.slug}/rss.xml`).expect(200)).text
      );
      expect(parentFeed.title).toContain(report.parent.name);
      expect(parentFeed.items.map((i) => i.title).sort()).toEqual([report.article.title, tricky.title].sort());

      const childFeed = await rss.parseString(
        (await get(`/api/portal/sections/${report.child.slug}/rss.xml`).expect(200)).text
      );
      expect(childFeed.items.map((i) => i.title)).toEqual([report.article.title]);
    });

    it('answers a clear JSON 404 for an unknown section', async () => {
      const response = await get('/api/portal/sections/khong-co-chuyen-muc-nay/rss.xml').expect(404);
      expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
      expect(response.body.error.message).toMatch(/khong-co-chuyen-muc-nay/);
    });

    it('links to the public URL of the host it was asked on (no PUBLIC_URL set) and caches each apart', async () => {
      const feed = await rss.parseString(
        (await app.http().get('/rss.xml').set('Host', 'danvan.example.vn').expect(200)).text
      );
      expect(feed.items.length).toBeGreaterThan(0);
      expect(feed.items.every((i) => i.link?.startsWith('http://danvan.example.vn/bai-viet/'))).toBe(true);
      const again = await rss.parseString((await get('/rss.xml').expect(200)).text);
      expect(again.items.every((i) => i.link?.startsWith(`${origin}/bai-viet/`))).toBe(true);
    });

    it('links to PUBLIC_URL when it is set, whatever host was asked', async () => {
      const before = app.strapi.config.get('server.url');
      app.strapi.config.set('server.url', 'https://dangbo.example.vn/');
      try {
        const feed = await rss.parseString((await get('/rss.xml').expect(200)).text);
        expect(feed.link).toBe('https://dangbo.example.vn/');
        expect(feed.items.every((i) => i.link?.startsWith('https://dangbo.example.vn/bai-viet/'))).toBe(true);
        const locations = await sitemapLocations((await get('/sitemap.xml').expect(200)).text);
        expect(locations.every((loc) => loc.startsWith('https://dangbo.example.vn/'))).toBe(true);
      } finally {
        app.strapi.config.set('server.url', before);
      }
    });

    it('answers 304 to a reader that already has the current feed', async () => {
      const first = await get('/rss.xml').expect(200);
      await get('/rss.xml').set('If-None-Match', first.headers.etag).expect(304);
    });
  });

  describe('sitemap.xml', () => {
    it('lists published articles, sections, authors and departments, and no draft', async () => {
      for (const url of ['/sitemap.xml', '/api/portal/sitemap.xml']) {
        const response = await get(url).expect(200);
        expect(response.headers['content-type']).toMatch(/^application\/xml/);
        const locations = await sitemapLocations(response.text);
        expect(locations).toEqual(
          expect.arrayContaining([
            `${origin}/`,
            `${origin}/bai-viet/${report.article.slug}`,
            `${origin}/bai-viet/${tricky.slug}`,
            `${origin}/chuyen-muc/${report.parent.slug}`,
            `${origin}/chuyen-muc/${report.child.slug}`,
            `${origin}/tac-gia/${report.author.slug}`,
            `${origin}/don-vi/${report.department.slug}`,
          ])
        );
        expect(locations).not.toContain(`${origin}/bai-viet/${draft.slug}`);
        expect(new Set(locations).size).toBe(locations.length);
        expect(response.text).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
      }
    });
  });

  describe('print view', () => {
    const print = (slug: string) => get(`/api/portal/articles/${slug}/print`);

    it('is a Vietnamese HTML page with print and save controls and print CSS', async () => {
      const response = await print(report.article.slug).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const html = response.text;
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
      expect(html).toContain(`<h1>${report.article.title}</h1>`);
      expect(html).toMatch(/<button type="button" id="print-button">In bài viết<\/button>/);
      expect(html).toMatch(/<a id="save-link" href="\?download=1"[^>]*>Lưu bài viết<\/a>/);
      expect(html).toContain('window.print()');
      expect(html).toMatch(/@media print \{[^@]*\.controls \{ display: none; \}/);
      // The page's own script runs; nothing else does.
      expect(response.headers['content-security-policy']).toMatch(/script-src 'sha256-[^']+'/);
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    });

    it('shows the body, the signature set right, the task list with ordinals and the campaign figures', async () => {
      const html = (await print(report.article.slug).expect(200)).text;
      expect(html).toContain('<p>Toàn tỉnh có 3.334 mô hình đăng ký.</p>');
      expect(html).toMatch(/\.signature \{ text-align: right;/);
      expect(html).toContain(
        `<footer class="signature">\n<p class="name">${report.author.fullName}</p><p class="titles">UVBTV, Trưởng ban Dân vận Tỉnh ủy</p>\n</footer>`
      );
      expect(html).toContain('<strong>Một là,</strong> Nâng cao chất lượng công tác dân vận');
      expect(html).toContain(
        '<strong>Hai là,</strong> Đẩy mạnh phong trào thi đua &quot;Dân vận khéo&quot;<br>Nhân rộng các mô hình tiêu biểu.'
      );
      expect(html).toContain('<strong>Ba là,</strong>');
      expect(html).toContain('<td class="number">3.334</td>');
      expect(html).toContain('<td class="number">3.145 (94,3%)</td>');
      expect(html).toContain(
        '<tr><td>Văn hóa - xã hội</td><td class="number">1.330</td><td class="number">42,3%</td></tr>'
      );
      expect(html).toContain('Ngày 20/12/2025');
      expect(html).toContain(`<p class="breadcrumb">${report.parent.name} › ${report.child.name}</p>`);
    });

    it('escapes everything an article carries', async () => {
      const html = (await print(tricky.slug).expect(200)).text;
      expect(html).toContain('<h1>Tin &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;trích dẫn&quot; của Đảng bộ</h1>');
      expect(html).toContain('Tóm tắt &lt;script&gt;alert(1)&lt;/script&gt; &amp; hết');
      expect(html.match(/<script>/g)).toHaveLength(1);
    });

    it('offers the page as a file to save', async () => {
      const response = await get(`/api/portal/articles/${report.article.slug}/print?download=1`).expect(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${report.article.slug}.html"`);
    });

    it('answers a clear 404 for an unknown article and for a draft', async () => {
      for (const slug of ['khong-co-bai-nay', draft.slug]) {
        const response = await print(slug).expect(404);
        expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
      }
    });
  });
});
