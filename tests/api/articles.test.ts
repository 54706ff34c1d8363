import { UID } from '../../src/constants';
import { fullAccessToken } from '../helpers/auth';
import { builders } from '../helpers/content';
import { startApp, type TestApp } from '../helpers/strapi';

describe('articles: a section, a department and signed authors', () => {
  let app: TestApp;
  let token: string;
  let make: ReturnType<typeof builders>;

  beforeAll(async () => {
    app = await startApp();
    token = await fullAccessToken(app.strapi);
    make = builders(app.strapi);
  });
  afterAll(() => app?.stop());

  it('keeps the authors in signature order', async () => {
    const first = await make.author({ fullName: 'Trần Thị Mai' });
    const second = await make.author({ fullName: 'Phạm Văn Hùng' });
    const article = await make.article({ authors: [second.documentId, first.documentId] }, { publish: true });
    const response = await app.http().get(`/api/articles/${article.documentId}?populate=authors`).expect(200);
    expect(response.body.data.authors.map((a: { fullName: string }) => a.fullName)).toEqual([
      'Phạm Văn Hùng',
      'Trần Thị Mai',
    ]);
  });

  it('refuses an article without section, department or author (400), writing nothing', async () => {
    const before = await app.strapi.db.query(UID.article).count();
    const response = await app
      .http()
      .post('/api/articles?status=draft')
      .set('Authorization', token)
      .send({ data: { title: 'Bài thiếu thông tin' } })
      .expect(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual([
      'authors',
      'department',
      'section',
    ]);
    expect(response.body.error.message).toMatch(/needs a section/);
    expect(await app.strapi.db.query(UID.article).count()).toBe(before);
  });

  it('refuses removing the last author from an article', async () => {
    const article = await make.article();
    const [author] = (
      (await app.strapi
        .documents(UID.article)
        .findOne({ documentId: article.documentId, populate: ['authors'] })) as unknown as {
        authors: { documentId: string }[];
      }
    ).authors;
    await app
      .http()
      .put(`/api/articles/${article.documentId}?status=draft`)
      .set('Authorization', token)
      .send({ data: { authors: { disconnect: [author.documentId] } } })
      .expect(400);
    const reread = (await app.strapi
      .documents(UID.article)
      .findOne({ documentId: article.documentId, populate: ['authors'] })) as unknown as {
      authors: unknown[];
    };
    expect(reread.authors).toHaveLength(1);
  });

  it('refuses deleting a section, department or author that articles still use', async () => {
    const section = await make.section();
    const author = await make.author();
    const department = await make.department();
    await make.article(
      { section: section.documentId, authors: [author.documentId], department: department.documentId },
      { publish: true }
    );
    for (const [plural, documentId] of [
      ['sections', section.documentId],
      ['authors', author.documentId],
      ['departments', department.documentId],
    ]) {
      const response = await app.http().delete(`/api/${plural}/${documentId}`).set('Authorization', token).expect(400);
      expect(response.body.error.message).toMatch(/still used by 1 article\(s\)/);
    }
    expect(await app.strapi.documents(UID.section).findOne({ documentId: section.documentId })).not.toBeNull();
  });
});
