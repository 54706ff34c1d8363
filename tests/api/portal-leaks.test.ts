import { UID } from '../../src/constants';
import { unpublishedContent, yearEndReport, type Unpublished } from '../helpers/portal-data';
import { startApp, type TestApp } from '../helpers/strapi';

type Report = Awaited<ReturnType<typeof yearEndReport>>;

/**
 * Nothing unpublished, no approval comment or workflow field, and no admin e-mail ever leaves
 * through a public door: the REST delivery API, GraphQL, RSS, the sitemap, the print view or search.
 */
describe('portal: only published content, through every public door', () => {
  let app: TestApp;
  let hidden: Unpublished;
  let report: Report;
  let sectionSlug: string;
  let departmentSlug: string;
  let authorSlug: string;

  const text = async (url: string) => {
    const response = await app.http().get(url).set('Host', 'cong.test');
    expect({ url, status: response.status }).toEqual({ url, status: 200 });
    return response.text;
  };
  const graphql = async (query: string) => {
    const response = await app.http().post('/graphql').send({ query });
    expect(response.body.errors).toBeUndefined();
    return JSON.stringify(response.body.data);
  };
  const expectClean = (where: string, output: string) => {
    for (const secret of [...hidden.secrets, hidden.edited.draftTitle]) {
      if (output.toLowerCase().includes(secret.toLowerCase())) throw new Error(`${where} leaks "${secret}"`);
    }
    for (const slug of hidden.hiddenSlugs) {
      if (output.includes(slug)) throw new Error(`${where} leaks the unpublished article "${slug}"`);
    }
    for (const field of [
      'reviewState',
      'departmentKey',
      'approvedFingerprint',
      '"comment"',
      'createdBy',
      'updatedBy',
      '@test.local',
    ]) {
      if (output.includes(field)) throw new Error(`${where} leaks ${field}`);
    }
  };

  beforeAll(async () => {
    app = await startApp();
    report = await yearEndReport(app);
    hidden = await unpublishedContent(app);
    const article = (await app.strapi.db.query(UID.article).findOne({
      where: { slug: hidden.edited.slug, publishedAt: { $notNull: true } },
      populate: { section: true, department: true, authors: true },
    })) as { section: { slug: string }; department: { slug: string }; authors: { slug: string }[] };
    sectionSlug = article.section.slug;
    departmentSlug = article.department.slug;
    authorSlug = article.authors[0].slug;
  });
  afterAll(() => app?.stop());

  it('the fixtures really hold private content (so the checks below can fail)', async () => {
    const drafts = JSON.stringify(
      await app.strapi.documents(UID.article).findMany({ status: 'draft', fields: ['title', 'summary', 'slug'] })
    );
    for (const slug of hidden.hiddenSlugs) expect(drafts).toContain(slug);
    expect(drafts).toContain(hidden.edited.draftTitle);
    const events = JSON.stringify(await app.strapi.db.query('plugin::approval.event').findMany({}));
    expect(events).toContain(hidden.secrets[2]);
    const author = await app.strapi.db
      .query(UID.author)
      .findOne({ where: { slug: authorSlug }, populate: { adminUser: true } });
    expect(author.adminUser.email).toBe(hidden.editor.email);
  });

  it('REST: every delivery endpoint', async () => {
    const urls = [
      '/api/portal/home?limit=20',
      '/api/portal/sections',
      `/api/portal/sections/${sectionSlug}?pageSize=50`,
      `/api/portal/articles/${hidden.edited.slug}`,
      `/api/portal/articles/${report.article.slug}`,
      `/api/portal/authors/${authorSlug}?pageSize=50`,
      `/api/portal/departments/${departmentSlug}`,
      '/api/portal/task-lists',
      '/api/portal/campaigns',
      '/api/portal/openapi.json',
    ];
    for (const url of urls) expectClean(url, await text(url));
    const live = JSON.parse(await text(`/api/portal/articles/${hidden.edited.slug}`)).data;
    expect(live.title).toBe(hidden.edited.title);
    const section = JSON.parse(await text(`/api/portal/sections/${sectionSlug}?pageSize=50`)).data;
    expect(section.articles.map((a: { slug: string }) => a.slug)).toEqual([hidden.edited.slug]);
  });

  it('REST: unpublished articles are a 404, for the article and its print view', async () => {
    for (const slug of hidden.hiddenSlugs) {
      for (const url of [`/api/portal/articles/${slug}`, `/api/portal/articles/${slug}/print`]) {
        const response = await app.http().get(url).expect(404);
        // The answer only repeats the slug asked for: nothing of the article itself.
        expect(response.body).toEqual({
          data: null,
          error: { status: 404, name: 'NotFoundError', message: `No published article "${slug}".`, details: {} },
        });
      }
    }
  });

  it('search: finds none of the private words, and the published version of an edited article', async () => {
    for (const word of hidden.secrets) {
      const response = JSON.parse(await text(`/api/portal/search?q=${encodeURIComponent(word)}`));
      expect({ word, total: response.data.pagination.total }).toEqual({ word, total: 0 });
    }
    const found = await text(`/api/portal/search?q=${encodeURIComponent(hidden.edited.title)}`);
    expect(JSON.parse(found).data.results.map((r: { slug: string }) => r.slug)).toContain(hidden.edited.slug);
    for (const q of ['bai', 'ban nhap', 'hen gio', 'tra lai', 'ban sua chua duyet', 'nguyen van tuyen'])
      expectClean(`search ${q}`, await text(`/api/portal/search?q=${encodeURIComponent(q)}&pageSize=50`));
  });

  it('RSS, sitemap and print', async () => {
    for (const url of [
      '/rss.xml',
      '/api/portal/rss.xml',
      `/api/portal/sections/${sectionSlug}/rss.xml`,
      '/sitemap.xml',
      `/api/portal/articles/${hidden.edited.slug}/print`,
    ]) {
      expectClean(url, await text(url));
    }
    expect(await text(`/api/portal/articles/${hidden.edited.slug}/print`)).toContain(`<h1>${hidden.edited.title}</h1>`);
  });

  it('GraphQL: the portal queries and the stock ones', async () => {
    const summary =
      'slug title summary authors { slug fullName titles position } section { slug name } department { slug name shortName }';
    const outputs = [
      await graphql(
        `{ portalHome(limit: 20) { sections { slug articles { ${summary} } } featured { slug title } latest { ${summary} } } }`
      ),
      await graphql(`
        {
          sectionTree {
            slug
            name
            articleCount
            totalArticleCount
            children {
              slug
              articleCount
            }
          }
        }
      `),
      await graphql(
        `{ sectionPage(slug: "${sectionSlug}", pageSize: 50) { articles { ${summary} } pagination { total } } }`
      ),
      await graphql(
        `{ articleBySlug(slug: "${hidden.edited.slug}") { ${summary} body related { slug title } previous { slug } next { slug } } }`
      ),
      await graphql(`{ authorBySlug(slug: "${authorSlug}", pageSize: 50) { fullName articles { slug title } } }`),
      await graphql(`{ departmentBySlug(slug: "${departmentSlug}") { name email phone address } }`),
      await graphql(`
        {
          portalTaskLists {
            title
            article {
              slug
              title
            }
          }
          portalCampaigns {
            name
            sourceArticle {
              slug
              title
            }
          }
        }
      `),
      ...(await Promise.all(
        hidden.secrets.map((word) =>
          graphql(`{ search(q: "${word}") { results { slug title } pagination { total } } }`)
        )
      )),
      await graphql(
        '{ articles(pagination: { pageSize: 100 }) { documentId title summary slug authors { fullName } } authors(pagination: { pageSize: 100 }) { fullName slug } }'
      ),
    ];
    outputs.forEach((output, index) => expectClean(`GraphQL query ${index}`, output));
    expect(outputs[3]).toContain(hidden.edited.title);
    for (const slug of hidden.hiddenSlugs) {
      const response = await app
        .http()
        .post('/graphql')
        .send({ query: `{ articleBySlug(slug: "${slug}") { title } }` });
      expect(response.body.errors[0].extensions.code).toBe('STRAPI_NOT_FOUND_ERROR');
    }
  });

  it('GraphQL: asking for drafts or admin accounts is refused', async () => {
    const drafts = await app.http().post('/graphql').send({ query: '{ articles(status: DRAFT) { title } }' });
    expect(drafts.body.errors?.[0]?.message).toMatch(/Drafts are not available/);
    const admin = await app.http().post('/graphql').send({ query: '{ authors { fullName adminUser { email } } }' });
    expect(admin.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectClean('GraphQL refusals', JSON.stringify([drafts.body, admin.body]));
  });
});
