import { UID } from '../../src/constants';
import { builders } from '../helpers/content';
import { yearEndReport } from '../helpers/portal-data';
import { startApp, type TestApp } from '../helpers/strapi';

type Report = Awaited<ReturnType<typeof yearEndReport>>;

const SECTION_REF = 'slug name';
const DEPARTMENT_REF = 'slug name shortName';
const IMAGE = 'url width height alternativeText formats';
const SUMMARY = `slug title summary eventDate publishedAt featured cover { ${IMAGE} } section { ${SECTION_REF} } department { ${DEPARTMENT_REF} } authors { slug fullName titles position } tags views`;
const PAGINATION = 'pagination { page pageSize pageCount total }';
const TASK_LIST = `title fromYear toYear period department { ${DEPARTMENT_REF} } intro tasks { position ordinal heading detail status dueDate responsibleDepartments { ${DEPARTMENT_REF} } } article { slug title }`;
const CAMPAIGN = `name fromYear toYear period department { ${DEPARTMENT_REF} } registered carriedOut carriedOutShare breakdown { name count share } sourceArticle { slug title }`;
const NODE = 'slug name description position showOnHome articleCount totalArticleCount';

describe('portal: GraphQL queries, limits and no public writes', () => {
  let app: TestApp;
  let report: Report;

  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    app.http().post('/graphql').send({ query, variables });
  const rest = async (url: string) => (await app.http().get(url).expect(200)).body.data;
  /** The data of a successful GraphQL answer (its errors shown when there are any). */
  const data = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await graphql(query, variables);
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return response.body.data;
  };

  beforeAll(async () => {
    app = await startApp();
    report = await yearEndReport(app);
    const make = builders(app.strapi);
    await app.strapi
      .documents(UID.section)
      .update({ documentId: report.parent.documentId, data: { showOnHome: true } });
    for (let i = 0; i < 3; i += 1) {
      await make.article(
        { title: `Tin ngắn số ${i} về dân vận`, section: report.child.documentId, authors: [report.author.documentId] },
        { publish: true }
      );
    }
  });
  afterAll(() => app?.stop());

  describe('the same answers as REST, from the same services', () => {
    it('portalHome', async () => {
      const gql = await data(
        `{ portalHome(limit: 2) { sections { slug name articles { ${SUMMARY} } } featured { ${SUMMARY} } latest { ${SUMMARY} } } }`
      );
      expect(gql.portalHome).toEqual(await rest('/api/portal/home?limit=2'));
      expect(gql.portalHome.sections.map((s: { slug: string }) => s.slug)).toContain(report.parent.slug);
    });

    it('sectionTree', async () => {
      const gql = await data(
        `{ sectionTree { ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} } } } } }`
      );
      const trim = (nodes: Record<string, unknown>[], depth: number): unknown =>
        nodes.map((node) => ({
          ...node,
          children: depth ? trim(node.children as Record<string, unknown>[], depth - 1) : undefined,
        }));
      const restTree = await rest('/api/portal/sections');
      expect(trim(gql.sectionTree, 3)).toEqual(JSON.parse(JSON.stringify(trim(restTree, 3))));
      const parent = gql.sectionTree.find((node: { slug: string }) => node.slug === report.parent.slug);
      expect(parent.totalArticleCount).toBe(4);
    });

    it('sectionPage', async () => {
      const query = `query($slug: String!, $page: Int, $pageSize: Int) { sectionPage(slug: $slug, page: $page, pageSize: $pageSize) {
        section { slug name description } breadcrumb { ${SECTION_REF} } children { ${SECTION_REF} } articles { ${SUMMARY} } ${PAGINATION} } }`;
      const gql = await data(query, { slug: report.parent.slug, page: 2, pageSize: 3 });
      expect(gql.sectionPage).toEqual(await rest(`/api/portal/sections/${report.parent.slug}?page=2&pageSize=3`));
      expect(gql.sectionPage.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
    });

    it('articleBySlug', async () => {
      const gql = await data(
        `query($slug: String!) { articleBySlug(slug: $slug) { ${SUMMARY} body bodyHtml breadcrumb { ${SECTION_REF} }
        taskList { ${TASK_LIST} } campaigns { ${CAMPAIGN} } related { ${SUMMARY} } previous { slug title } next { slug title } } }`,
        { slug: report.article.slug }
      );
      expect(gql.articleBySlug).toEqual(await rest(`/api/portal/articles/${report.article.slug}`));
      expect(gql.articleBySlug.taskList.tasks.map((t: { ordinal: string }) => t.ordinal)).toEqual([
        'Một là',
        'Hai là',
        'Ba là',
      ]);
      expect(gql.articleBySlug.campaigns[0].breakdown.map((f: { share: number }) => f.share)).toEqual([
        37, 42.3, 12.3, 8.4,
      ]);
    });

    it('authorBySlug and departmentBySlug', async () => {
      const author = await data(
        `query($slug: String!) { authorBySlug(slug: $slug, pageSize: 2) { slug fullName titles position department { ${DEPARTMENT_REF} }
        photo { ${IMAGE} } bio articles { ${SUMMARY} } ${PAGINATION} } }`,
        { slug: report.author.slug }
      );
      expect(author.authorBySlug).toEqual(await rest(`/api/portal/authors/${report.author.slug}?pageSize=2`));
      expect(author.authorBySlug.pagination.total).toBe(4);
      const department = await data(
        `query($slug: String!) { departmentBySlug(slug: $slug) { ${DEPARTMENT_REF} description address phone email
        parent { ${DEPARTMENT_REF} } children { ${DEPARTMENT_REF} } } }`,
        { slug: report.department.slug }
      );
      expect(department.departmentBySlug).toEqual(await rest(`/api/portal/departments/${report.department.slug}`));
    });

    it('portalTaskLists and portalCampaigns', async () => {
      const lists = await data(
        `query($year: Int, $department: String) { portalTaskLists(year: $year, department: $department) { ${TASK_LIST} } }`,
        {
          year: 2026,
          department: report.department.slug,
        }
      );
      expect(lists.portalTaskLists).toEqual(
        await rest(`/api/portal/task-lists?year=2026&department=${report.department.slug}`)
      );
      expect(lists.portalTaskLists).toHaveLength(1);
      expect((await data(`{ portalTaskLists(year: 2019) { title } }`)).portalTaskLists).toEqual([]);
      const campaigns = await data(`{ portalCampaigns { ${CAMPAIGN} } }`);
      expect(campaigns.portalCampaigns).toEqual(await rest('/api/portal/campaigns'));
      expect(campaigns.portalCampaigns[0].carriedOutShare).toBe(94.3);
    });

    it('search', async () => {
      const gql = await data(
        `query($q: String!) { search(q: $q, pageSize: 2) { query results { ${SUMMARY} highlightedTitle snippet } totalIsExact ${PAGINATION} } }`,
        { q: 'tin ngan dan van' }
      );
      expect(gql.search).toEqual(await rest('/api/portal/search?q=tin%20ngan%20dan%20van&pageSize=2'));
      expect(gql.search.pagination.total).toBe(3);
      expect(gql.search.results[0].highlightedTitle).toContain('<mark>');
    });
  });

  describe('the same validation as REST', () => {
    it('answers BAD_USER_INPUT with the REST 400 message for out-of-range pages and long queries', async () => {
      const cases: [string, string][] = [
        [`{ sectionPage(slug: "${'x'}", pageSize: 0) { ${PAGINATION} } }`, '/api/portal/sections/x?pageSize=0'],
        [`{ authorBySlug(slug: "x", page: 1001) { slug } }`, '/api/portal/authors/x?page=1001'],
        [`{ portalHome(limit: 21) { latest { slug } } }`, '/api/portal/home?limit=21'],
        [`{ portalTaskLists(year: 99999) { title } }`, '/api/portal/task-lists?year=99999'],
        [
          `{ search(q: "${'dân vận '.repeat(30)}") { query } }`,
          `/api/portal/search?q=${encodeURIComponent('dân vận '.repeat(30))}`,
        ],
        [`{ search(q: "   ") { query } }`, '/api/portal/search?q=%20%20%20'],
      ];
      for (const [query, url] of cases) {
        const restError = (await app.http().get(url).expect(400)).body.error;
        const response = await graphql(query);
        expect(response.body.data).toBeNull();
        expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(response.body.errors[0].message).toBe(restError.message);
      }
    });

    it('answers a not-found error, never an internal one, for unknown slugs', async () => {
      for (const query of [
        'articleBySlug(slug: "khong-co") { slug }',
        'sectionPage(slug: "khong-co") { articles { slug } }',
        'authorBySlug(slug: "khong-co") { slug }',
        'departmentBySlug(slug: "khong-co") { slug }',
        'articleBySlug(slug: "a\\u0000b") { slug }',
      ]) {
        const response = await graphql(`{ ${query} }`);
        expect(response.body.errors[0].extensions.code).toBe('STRAPI_NOT_FOUND_ERROR');
        expect(response.body.errors[0].message).toMatch(/^No (published article|section|author|department) "/);
      }
    });
  });

  describe('limits', () => {
    it('refuses a query nested deeper than the depth limit', async () => {
      const deep =
        '{ sections { children { children { children { children { children { children { children { name } } } } } } } } }';
      const response = await graphql(deep);
      expect(response.body.errors).toHaveLength(1);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/exceeds maximum operation depth of 7/);
      expect(response.body.data).toBeUndefined();
    });

    it('refuses a query whose estimated cost is over the complexity limit, before running it', async () => {
      const wide =
        '{ sections(pagination: { pageSize: 100 }) { children(pagination: { pageSize: 100 }) { children(pagination: { pageSize: 100 }) { name } } } }';
      const response = await graphql(wide);
      expect(response.body.errors).toHaveLength(1);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_QUERY_TOO_COMPLEX');
      expect(response.body.errors[0].message).toMatch(
        /too complex: its estimated cost is \d+, and at most 5000 is allowed/
      );
      expect(response.body.data).toBeUndefined();
    });

    it('sizes lists by variables too', async () => {
      const query =
        'query($n: Int) { articles(pagination: { pageSize: $n }) { title authors(pagination: { pageSize: $n }) { fullName titles { name } } } }';
      const allowed = await graphql(query, { n: 5 });
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data.articles.length).toBeGreaterThan(0);
      const refused = await graphql(query, { n: 100 });
      expect(refused.body.errors[0].extensions.code).toBe('GRAPHQL_QUERY_TOO_COMPLEX');
    });

    it('lets a full page of the largest portal query through', async () => {
      await data(
        `{ sectionPage(slug: "${report.parent.slug}", pageSize: 50) { section { slug name description } breadcrumb { ${SECTION_REF} } children { ${SECTION_REF} } articles { ${SUMMARY} } ${PAGINATION} } }`
      );
      await data(
        `{ search(q: "dan van", pageSize: 50) { query results { ${SUMMARY} highlightedTitle snippet } ${PAGINATION} } }`
      );
    });
  });

  describe('no public writes', () => {
    it.each([
      ['createArticle', `mutation { createArticle(data: { title: "Bài giả mạo" }) { documentId } }`],
      [
        'updateSection',
        `mutation($id: ID!) { updateSection(documentId: $id, data: { name: "Bị sửa" }) { documentId } }`,
      ],
      ['deleteAuthor', `mutation($author: ID!) { deleteAuthor(documentId: $author) { documentId } }`],
      [
        'publish through update',
        `mutation($article: ID!) { updateArticle(documentId: $article, data: { title: "Bị sửa" }, status: PUBLISHED) { documentId } }`,
      ],
    ])('refuses %s and nothing changes', async (_name, mutation) => {
      const counts = async () =>
        Promise.all([UID.article, UID.section, UID.author].map((uid) => app.strapi.db.query(uid).count()));
      const before = await counts();
      const response = await graphql(mutation, {
        id: report.parent.documentId,
        author: report.author.documentId,
        article: report.article.documentId,
      });
      expect(response.body.errors?.[0]?.message).toMatch(/Forbidden/);
      expect(JSON.stringify(response.body.data ?? {})).not.toContain('documentId');
      expect(await counts()).toEqual(before);
      const section = await rest(`/api/portal/sections/${report.parent.slug}`);
      expect(section.section.name).toBe(report.parent.name);
      const article = await rest(`/api/portal/articles/${report.article.slug}`);
      expect(article.title).toBe(report.article.title);
      await app.http().get(`/api/portal/authors/${report.author.slug}`).expect(200);
    });
  });
});
