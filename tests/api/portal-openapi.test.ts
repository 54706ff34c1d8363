import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { seedDemo, yearEndReport } from '../helpers/portal-data';
import { startApp, type TestApp } from '../helpers/strapi';

type Report = Awaited<ReturnType<typeof yearEndReport>>;
interface OpenApi {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
}

/** JSON Pointer escaping of one path segment. */
const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

describe('portal: the OpenAPI document describes every real response', () => {
  let app: TestApp;
  let report: Report;
  let doc: OpenApi;
  let ajv: Ajv2020;

  /** Validates a real response against the document's schema for its path, status and content type. */
  const conforms = (path: string, response: { status: number; body: unknown; headers: Record<string, string> }) => {
    const operation = doc.paths[path]?.get;
    expect(operation).toBeDefined();
    const declared = operation.responses[String(response.status)];
    if (!declared) throw new Error(`${path} answered ${response.status}, which the document does not declare.`);
    const type = Object.keys(declared.content ?? {})[0];
    expect(response.headers['content-type']).toContain(type);
    const ref = `openapi.json#/paths/${pointer(path)}/get/responses/${response.status}/content/${pointer(type)}/schema`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    if (!validate(response.body)) {
      throw new Error(
        `${path} ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(response.body).slice(0, 500)}`
      );
    }
  };

  const check = async (path: string, url: string, status = 200) => {
    const response = await app.http().get(url);
    expect({ url, status: response.status }).toEqual({ url, status });
    conforms(path, response);
    return response;
  };

  beforeAll(async () => {
    app = await startApp();
    await seedDemo(app);
    report = await yearEndReport(app);
    const response = await app.http().get('/api/portal/openapi.json').expect(200);
    expect(response.headers.etag).toBeTruthy();
    doc = response.body;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(doc, 'openapi.json', undefined, false);
  });
  afterAll(() => app?.stop());

  it('is an OpenAPI 3.1 document that covers every route of the plugin', () => {
    expect(doc.openapi).toBe('3.1.0');
    const routes = (app.strapi.plugin('portal').routes as unknown as { 'content-api': { routes: { path: string }[] } })[
      'content-api'
    ].routes;
    const documented = Object.keys(doc.paths);
    for (const route of routes) expect(documented).toContain(route.path.replace(/:(\w+)/g, '{$1}'));
  });

  it('matches every JSON endpoint, with and without parameters', async () => {
    const sections = (await check('/sections', '/api/portal/sections')).body.data;
    expect(sections.length).toBeGreaterThan(0);
    await check('/home', '/api/portal/home');
    await check('/home', '/api/portal/home?limit=20');
    for (const slug of [report.parent.slug, report.child.slug, sections[0].slug]) {
      await check('/sections/{slug}', `/api/portal/sections/${slug}`);
      await check('/sections/{slug}', `/api/portal/sections/${slug}?page=2&pageSize=3`);
    }
    const latest = (await app.http().get('/api/portal/home?limit=20')).body.data.latest as { slug: string }[];
    for (const slug of [report.article.slug, ...latest.map((a) => a.slug)])
      await check('/articles/{slug}', `/api/portal/articles/${slug}`);
    await check('/authors/{slug}', `/api/portal/authors/${report.author.slug}`);
    await check('/authors/{slug}', '/api/portal/authors/dinh-xuan-khiem?pageSize=1&page=3');
    await check('/departments/{slug}', `/api/portal/departments/${report.department.slug}`);
    await check('/departments/{slug}', '/api/portal/departments/ban-dan-van-tinh-uy');
    await check('/task-lists', '/api/portal/task-lists');
    await check('/task-lists', `/api/portal/task-lists?year=2026&department=${report.department.slug}`);
    await check('/campaigns', '/api/portal/campaigns');
    const found = await check('/search', '/api/portal/search?q=dan%20van%20kheo&pageSize=50');
    expect(found.body.data.results.length).toBeGreaterThan(0);
    await check('/search', `/api/portal/search?q=dang&section=${report.parent.slug}&year=2025&page=2`);
    await check('/search', '/api/portal/search?q=khongcotunay');
  });

  it('is strict enough to catch a shape that drifted', async () => {
    const response = await app.http().get(`/api/portal/articles/${report.article.slug}`).expect(200);
    const real = { status: 200, headers: response.headers as Record<string, string> };
    const data = response.body.data;
    expect(() => conforms('/articles/{slug}', { ...real, body: { data } })).not.toThrow();
    expect(() =>
      conforms('/articles/{slug}', { ...real, body: { data: { ...data, reviewState: 'approved' } } })
    ).toThrow(/must NOT have additional properties/);
    expect(() =>
      conforms('/articles/{slug}', {
        ...real,
        body: { data: { ...data, authors: [{ ...data.authors[0], titles: 'UVBTV' }] } },
      })
    ).toThrow(/must be array/);
    expect(() =>
      conforms('/articles/{slug}', { ...real, body: { data: { ...data, eventDate: '20/12/2025' } } })
    ).toThrow(/must match format "date"/);
  });

  it('matches the error bodies: 404 for unknown slugs, 400 for bad parameters', async () => {
    await check('/sections/{slug}', '/api/portal/sections/khong-co', 404);
    await check('/articles/{slug}', '/api/portal/articles/khong-co', 404);
    // Not a slug: never cleaned or cut down into another article's address.
    const [head, tail] = [report.article.slug.slice(0, 3), report.article.slug.slice(3)];
    await check('/articles/{slug}', `/api/portal/articles/${head}%01${tail}`, 404);
    await check('/articles/{slug}', `/api/portal/articles/${report.article.slug}${'-x'.repeat(120)}`, 404);
    await check('/authors/{slug}', '/api/portal/authors/khong-co', 404);
    await check('/departments/{slug}', '/api/portal/departments/khong-co', 404);
    await check('/sections/{slug}/rss.xml', '/api/portal/sections/khong-co/rss.xml', 404);
    await check('/articles/{slug}/print', '/api/portal/articles/khong-co/print', 404);
    await check('/home', '/api/portal/home?limit=0', 400);
    await check('/sections/{slug}', `/api/portal/sections/${report.parent.slug}?pageSize=51`, 400);
    await check('/authors/{slug}', `/api/portal/authors/${report.author.slug}?page=0`, 400);
    await check('/task-lists', '/api/portal/task-lists?year=abc', 400);
    await check('/search', '/api/portal/search', 400);
    await check('/search', `/api/portal/search?q=${'a'.repeat(201)}`, 400);
  });

  it('declares the content types of the feeds, the sitemap and the print view', async () => {
    for (const [path, url] of [
      ['/rss.xml', '/api/portal/rss.xml'],
      ['/sitemap.xml', '/api/portal/sitemap.xml'],
      ['/sections/{slug}/rss.xml', `/api/portal/sections/${report.parent.slug}/rss.xml`],
      ['/articles/{slug}/print', `/api/portal/articles/${report.article.slug}/print`],
    ]) {
      const response = await app
        .http()
        .get(url)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        });
      expect(response.status).toBe(200);
      conforms(path, response);
    }
  });

  describe('bad input never gets a 500', () => {
    const slugged = [
      '/api/portal/sections/{}',
      '/api/portal/sections/{}/rss.xml',
      '/api/portal/articles/{}',
      '/api/portal/articles/{}/print',
      '/api/portal/authors/{}',
      '/api/portal/departments/{}',
    ];

    it('answers a 404 JSON error for an unknown slug on every slug endpoint', async () => {
      for (const pattern of slugged) {
        for (const slug of [
          'khong-ton-tai',
          'Đảng',
          '%00',
          'a%00b',
          'x'.repeat(3000),
          '%E2%80%AE',
          "'%20or%201=1--",
          '..%2F..%2Fetc',
        ]) {
          const response = await app.http().get(pattern.replace('{}', slug));
          expect({ url: pattern, slug: slug.slice(0, 20), status: response.status }).toEqual({
            url: pattern,
            slug: slug.slice(0, 20),
            status: 404,
          });
          expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
        }
      }
    });

    it('answers 400 with an actionable message for out-of-range and malformed parameters', async () => {
      const cases: [string, RegExp][] = [
        ['/api/portal/home?limit=21', /limit must be a whole number from 1 to 20; got "21"/],
        [`/api/portal/sections/${report.parent.slug}?page=0`, /page must be a whole number from 1 to 1000/],
        [`/api/portal/sections/${report.parent.slug}?page=1001`, /page must be a whole number from 1 to 1000/],
        [`/api/portal/sections/${report.parent.slug}?pageSize=0`, /pageSize must be a whole number from 1 to 50/],
        [`/api/portal/sections/${report.parent.slug}?pageSize=51`, /pageSize must be a whole number from 1 to 50/],
        [
          `/api/portal/sections/${report.parent.slug}?page=abc`,
          /page must be a whole number from 1 to 1000; got "abc"/,
        ],
        [`/api/portal/sections/${report.parent.slug}?page=1.5`, /page must be a whole number/],
        [`/api/portal/sections/${report.parent.slug}?page=1e3`, /page must be a whole number/],
        [`/api/portal/sections/${report.parent.slug}?page=${'9'.repeat(400)}`, /page must be a whole number/],
        [`/api/portal/sections/${report.parent.slug}?page[]=1&page[]=2`, /page must be given once/],
        [`/api/portal/sections/${report.parent.slug}?page=1&page=2`, /page must be given once/],
        [`/api/portal/authors/${report.author.slug}?pageSize[$gt]=1`, /pageSize must be given once/],
        [`/api/portal/search?q=${'a'.repeat(201)}`, /q is too long: at most 200 characters/],
        [`/api/portal/search?q=${'đ'.repeat(201)}`, /q is too long: at most 200 characters/],
        [`/api/portal/search?q=${'dân%20vận%20'.repeat(500)}`, /q is too long/],
        ['/api/portal/search?q=', /q is required/],
        ['/api/portal/search?q[]=dan&q[]=van', /q must be given once/],
        ['/api/portal/search?q[$ne]=x', /q must be given once/],
        ['/api/portal/search?q=dan%00van', /q must not contain control characters/],
        ['/api/portal/search?q=dan&section=%00', /section must not contain control characters/],
        ['/api/portal/search?q=dan&year=20x5', /year must be a whole number from 1945 to 2100/],
        ['/api/portal/search?q=dan&department[]=a', /department must be given once/],
        ['/api/portal/task-lists?year=-1', /year must be a whole number from 1945 to 2100/],
        ['/api/portal/task-lists?department=%00', /department must not contain control characters/],
      ];
      for (const [url, message] of cases) {
        const response = await app.http().get(url);
        expect({ url: url.slice(0, 80), status: response.status }).toEqual({ url: url.slice(0, 80), status: 400 });
        expect(response.body.error.name).toBe('ValidationError');
        expect(response.body.error.message).toMatch(message);
      }
    });

    it('treats unknown filter values as matching nothing', async () => {
      const response = await app
        .http()
        .get(`/api/portal/search?q=dan&section=${'x'.repeat(200)}&department=%E2%80%AE`)
        .expect(200);
      expect(response.body.data.results).toEqual([]);
      expect((await app.http().get('/api/portal/task-lists?department=khong-co').expect(200)).body.data).toEqual([]);
    });

    it('ignores strange characters in a query instead of failing', async () => {
      for (const q of [
        "'; drop table articles; --",
        '%25%25%25',
        '\\\\',
        '()[]{}*?+',
        '😀 dân vận',
        'a'.repeat(200),
        '<script>',
      ]) {
        const response = await app.http().get(`/api/portal/search?q=${encodeURIComponent(q)}`);
        expect({ q, status: response.status }).toEqual({ q, status: 200 });
        expect(response.body.data.query).toBe(q);
      }
    });
  });
});
