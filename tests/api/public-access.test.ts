import { PORTAL_UIDS, UID } from '../../src/constants';
import { fullAccessToken } from '../helpers/auth';
import { builders } from '../helpers/content';
import { startApp, type TestApp } from '../helpers/strapi';

const PLURAL: Record<string, string> = {
  [UID.section]: 'sections',
  [UID.department]: 'departments',
  [UID.author]: 'authors',
  [UID.article]: 'articles',
  [UID.taskList]: 'task-lists',
  [UID.campaign]: 'campaigns',
};

describe('the public reads published content and nothing else', () => {
  let app: TestApp;
  let make: ReturnType<typeof builders>;
  let published: { documentId: string; title?: string | null };
  let draft: { documentId: string; title?: string | null };

  beforeAll(async () => {
    app = await startApp();
    make = builders(app.strapi);
    published = await make.article({ title: 'Hội nghị tổng kết công tác Dân vận' }, { publish: true });
    draft = await make.article({ title: 'Bản nháp chưa duyệt' });
  });
  afterAll(() => app?.stop());

  it('lists published articles and never drafts', async () => {
    const response = await app.http().get('/api/articles').expect(200);
    const titles = response.body.data.map((a: { title: string }) => a.title);
    expect(titles).toContain(published.title);
    expect(titles).not.toContain(draft.title);
    // The approval workflow's bookkeeping stays in the admin.
    expect(response.body.data[0]).not.toHaveProperty('reviewState');
    expect(response.body.data[0]).not.toHaveProperty('departmentKey');
  });

  it('opens a published article but answers 404 for a draft', async () => {
    await app.http().get(`/api/articles/${published.documentId}`).expect(200);
    await app.http().get(`/api/articles/${draft.documentId}`).expect(404);
  });

  it('refuses to hand out drafts when asked for them over REST', async () => {
    const list = await app.http().get('/api/articles?status=draft').expect(403);
    expect(list.body.error.message).toMatch(/Drafts are not available/);
    await app.http().get(`/api/articles/${draft.documentId}?status=draft`).expect(403);
  });

  it('lets a frontend with an API token read drafts, for previews', async () => {
    const token = await fullAccessToken(app.strapi);
    const response = await app.http().get('/api/articles?status=draft').set('Authorization', token).expect(200);
    expect(response.body.data.map((a: { title: string }) => a.title)).toContain(draft.title);
  });

  it('refuses to hand out drafts over GraphQL', async () => {
    const response = await app.http().post('/graphql').send({ query: '{ articles(status: DRAFT) { title } }' });
    expect(JSON.stringify(response.body)).not.toContain(draft.title);
    expect(response.body.errors?.[0]?.message).toMatch(/Drafts are not available/);

    const ok = await app.http().post('/graphql').send({ query: '{ articles { title } }' }).expect(200);
    const titles = ok.body.data.articles.map((a: { title: string }) => a.title);
    expect(titles).toContain(published.title);
    expect(titles).not.toContain(draft.title);
  });

  it.each(PORTAL_UIDS.map((uid) => [uid, PLURAL[uid]]))(
    'cannot write %s (403) and nothing changes',
    async (uid, plural) => {
      const before = await app.strapi.db.query(uid).count();
      const any = (await app.strapi.db.query(uid).findOne({ select: ['documentId'] })) as { documentId: string } | null;
      const id = any?.documentId ?? 'missing';
      await app
        .http()
        .post(`/api/${plural}`)
        .send({ data: { name: 'x', title: 'x', fullName: 'x' } })
        .expect(403);
      await app
        .http()
        .put(`/api/${plural}/${id}`)
        .send({ data: { name: 'x', title: 'x', fullName: 'x' } })
        .expect(403);
      await app.http().delete(`/api/${plural}/${id}`).expect(403);
      expect(await app.strapi.db.query(uid).count()).toBe(before);
    }
  );

  it('sees no approval internals in the GraphQL schema', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({ query: '{ __schema { queryType { fields { name } } } __type(name: "Article") { fields { name } } }' })
      .expect(200);
    const queries = response.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name);
    expect(queries).toEqual(expect.arrayContaining(['articles', 'sections', 'taskLists', 'campaigns']));
    expect(queries.filter((name: string) => /approval/i.test(name))).toEqual([]);
    const fields = response.body.data.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).not.toContain('reviewState');
    expect(fields).not.toContain('departmentKey');
  });

  it('has no GraphQL mutation it may run', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({ query: 'mutation { createSection(data: { name: "x" }) { documentId } }' });
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(response.body.data?.createSection ?? null).toBeNull();
    expect(await app.strapi.db.query(UID.section).count({ where: { name: 'x' } })).toBe(0);
  });

  it('never sees the admin account linked to an author, even when asking for it', async () => {
    const adminUser = await app.strapi.db.query('admin::user').create({
      data: { email: 'truong.ban@danvan.local', firstname: 'Trưởng', lastname: 'Ban', isActive: true },
    });
    const author = await make.author({ fullName: 'Nguyễn Văn Tuyên', adminUser: adminUser.id });
    for (const query of ['populate=*', 'populate[adminUser]=true', 'fields[0]=fullName&populate[0]=adminUser']) {
      const response = await app.http().get(`/api/authors/${author.documentId}?${query}`);
      expect([200, 400]).toContain(response.status);
      expect(JSON.stringify(response.body)).not.toContain('truong.ban@danvan.local');
    }
  });

  it('keeps the public grants to find and findOne at every start, removing any other', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: `${UID.section}.create`, role: role.id } });
    const { syncPublicPermissions } = await import('../../src/bootstrap/public-permissions');
    const first = await syncPublicPermissions(app.strapi);
    expect(first).toEqual({ added: [], removed: [`${UID.section}.create`] });
    expect(await syncPublicPermissions(app.strapi)).toEqual({ added: [], removed: [] });
    const grants = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $startsWith: 'api::' } } });
    expect(grants.map((g: { action: string }) => g.action).sort()).toEqual(
      PORTAL_UIDS.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]).sort()
    );
  });
});
