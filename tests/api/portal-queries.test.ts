import { UID } from '../../src/constants';
import { builders } from '../helpers/content';
import { marker } from '../helpers/portal-data';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLES = 22;

/**
 * Query discipline: the SQL a request runs does not grow with the page. The response cache is off
 * for this suite, so every request really reads the database.
 */
describe('portal: SQL queries per request do not grow with the page size', () => {
  let app: TestApp;
  let word: string;
  let sectionSlug: string;
  let authorSlug: string;

  /** The SQL statements one request runs, counted through knex's query events. */
  const queriesOf = async (url: string): Promise<{ count: number; body: { data: Record<string, unknown> } }> => {
    let count = 0;
    const listener = () => {
      count += 1;
    };
    const knex = app.strapi.db.connection;
    knex.on('query', listener);
    try {
      const response = await app.http().get(url).expect(200);
      return { count, body: response.body };
    } finally {
      knex.off('query', listener);
    }
  };

  beforeAll(async () => {
    process.env.PORTAL_CACHE = 'false';
    app = await startApp();
    const make = builders(app.strapi);
    word = marker('page');
    const section = await make.section({ name: `Tin tức ${word}`, showOnHome: true });
    // Another home section, filed under the first: the first's block includes its articles.
    const child = await make.section({ name: `Tin con ${word}`, parent: section.documentId, showOnHome: true });
    const department = await make.department();
    const titled = await make.author({
      fullName: `Hoàng Thị Hoa ${word}`,
      position: 'Phó Trưởng ban',
      titles: [{ name: 'TUV' }, { name: 'UVBTV' }],
    });
    const second = await make.author();
    // Each article with two authors (with titles), a section, a department and tags: every relation a summary populates.
    for (let i = 0; i < ARTICLES; i += 1) {
      await make.article(
        {
          title: `Bài ${i} ${word}`,
          summary: `Tóm tắt ${word}`,
          eventDate: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`,
          featured: i % 3 === 0,
          section: i < 20 ? child.documentId : section.documentId,
          department: department.documentId,
          authors: [titled.documentId, second.documentId],
          tags: [{ name: 'Dân vận' }, { name: `Thẻ ${i}` }],
        },
        { publish: true }
      );
    }
    sectionSlug = String((await app.strapi.documents(UID.section).findOne({ documentId: section.documentId }))?.slug);
    authorSlug = String((await app.strapi.documents(UID.author).findOne({ documentId: titled.documentId }))?.slug);
  });
  afterAll(async () => {
    await app?.stop();
    delete process.env.PORTAL_CACHE;
  });

  it('runs with the response cache off', () => {
    expect(app.strapi.config.get<{ cache: { enabled: boolean } }>('plugin::portal').cache.enabled).toBe(false);
    expect(app.strapi.plugin('portal').service<{ size(): number }>('cache').size()).toBe(0);
  });

  const listOf = (body: { data: Record<string, unknown> }, path: string): unknown[] =>
    path.split('.').reduce((value: unknown, key) => (value as Record<string, unknown>)[key], body.data) as unknown[];

  it.each([
    ['section page', () => `/api/portal/sections/${sectionSlug}?pageSize=`, 'articles'],
    ['author page', () => `/api/portal/authors/${authorSlug}?pageSize=`, 'articles'],
    ['search', () => `/api/portal/search?q=${word}&pageSize=`, 'results'],
    ['home (per section)', () => '/api/portal/home?limit=', 'latest'],
  ])('%s: the same number of queries for 1 and for 20 items', async (_name, url, list) => {
    // Warm: the section tree is loaded once per content change, and the stats plugin keeps the
    // view counts it has read (a first read of 20 articles' counts is not a cost of the page size).
    await queriesOf(`${url()}20`);
    const one = await queriesOf(`${url()}1`);
    const twenty = await queriesOf(`${url()}20`);
    expect(listOf(one.body, list)).toHaveLength(1);
    expect(listOf(twenty.body, list)).toHaveLength(20);
    expect(twenty.count).toBe(one.count);
    expect(one.count).toBeGreaterThan(0);
    expect(one.count).toBeLessThanOrEqual(40);
    process.stdout.write(`  ${_name}: ${one.count} queries for 1 item, ${twenty.count} for 20\n`);
  });

  it('home: each home section is full, at the same cost', async () => {
    const one = await queriesOf('/api/portal/home?limit=1');
    const twenty = await queriesOf('/api/portal/home?limit=20');
    const sections = twenty.body.data.sections as { articles: unknown[] }[];
    expect(sections).toHaveLength(2);
    expect(sections.map((section) => section.articles.length)).toEqual([20, 20]);
    expect((one.body.data.sections as { articles: unknown[] }[]).map((section) => section.articles.length)).toEqual([
      1, 1,
    ]);
    expect(twenty.count).toBe(one.count);
  });
});
