import { UID } from '../../src/constants';
import { fullAccessToken } from '../helpers/auth';
import { publishApproved } from '../helpers/approval';
import { builders } from '../helpers/content';
import { adminUser, contentManager } from '../helpers/people';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * An imported body with a table keeps it: `bodyHtml` (sanitised HTML) is what the delivery API,
 * the print view and search show, while `body` keeps the same text as blocks, the table
 * flattened. Whatever door writes `bodyHtml`, only the sanitised HTML is stored.
 */

/** A year-end report's table of figures, as an old Joomla site had it (Word markup and all). */
const TABLE_HTML = [
  '<p class="MsoNormal" style="text-align:justify">Kết quả phong trào thi đua "Dân vận khéo" năm 2014:</p>',
  '<table class="MsoTableGrid" border="1" style="width:100%">',
  '<caption>Mô hình "Dân vận khéo" theo lĩnh vực</caption>',
  '<thead><tr><th>Lĩnh vực</th><th>Số mô hình</th></tr></thead>',
  '<tbody>',
  '<tr><td>Kinh tế</td><td>1.165</td></tr>',
  '<tr><td>Văn hóa - xã hội</td><td>1.330</td></tr>',
  '<tr><td>Quốc phòng - an ninh</td><td>387</td></tr>',
  '<tr><td onclick="steal()">Xây dựng hệ thống chính trị</td><td>263</td></tr>',
  '<tr><td>Mô hình ghi nhận riêng</td><td>48.217</td></tr>',
  '</tbody>',
  '</table>',
].join('');

/** The flattened text the blocks hold: without the figure that only the table has (48.217). */
const FLAT_BODY = [
  {
    type: 'paragraph',
    children: [{ type: 'text', text: 'Kết quả phong trào thi đua "Dân vận khéo" năm 2014 (bảng phẳng).' }],
  },
  { type: 'paragraph', children: [{ type: 'text', text: 'Kinh tế 1.165; Văn hóa - xã hội 1.330.' }] },
];

const HOSTILE =
  '<p>Bài nhập</p><script>alert(1)</script><img src="/uploads/a.jpg" onerror="alert(2)" alt="Ảnh">' +
  '<a href="javascript:alert(3)">liên kết</a><iframe src="https://evil.example/x"></iframe>' +
  '<table><tr><td onmouseover="alert(4)">5</td></tr></table>';

/** What a stored bodyHtml must never hold. */
const expectClean = (stored: unknown) => {
  expect(typeof stored).toBe('string');
  const html = String(stored);
  for (const bad of ['<script', 'onerror', 'onclick', 'onmouseover', 'javascript:', 'evil.example', 'style=']) {
    expect({ bad, found: html.toLowerCase().includes(bad) }).toEqual({ bad, found: false });
  }
};

describe('articles: an imported body with a table (bodyHtml)', () => {
  let app: TestApp;
  let token: string;
  let make: ReturnType<typeof builders>;
  let tableArticle: { documentId: string; slug: string };

  const storedDraft = async (documentId: string) =>
    (
      (await app.strapi.db.query(UID.article).findOne({
        where: { documentId, publishedAt: null },
        select: ['bodyHtml'],
      })) as { bodyHtml: string | null }
    ).bodyHtml;

  beforeAll(async () => {
    app = await startApp();
    token = await fullAccessToken(app.strapi);
    make = builders(app.strapi);
    const created = await make.article(
      { title: 'Kết quả công tác Dân vận năm 2014', body: FLAT_BODY, bodyHtml: TABLE_HTML },
      { publish: true }
    );
    tableArticle = { documentId: created.documentId, slug: String(created.slug) };
  });
  afterAll(() => app?.stop());

  it('is answered by the delivery API with the table and its figures, sanitised', async () => {
    const { data } = (await app.http().get(`/api/portal/articles/${tableArticle.slug}`).expect(200)).body;
    expect(data.bodyHtml).toContain('<table>');
    expect(data.bodyHtml).toContain('<caption>Mô hình "Dân vận khéo" theo lĩnh vực</caption>');
    expect(data.bodyHtml).toContain('<th>Số mô hình</th>');
    for (const figure of ['1.165', '1.330', '387', '263', '48.217']) expect(data.bodyHtml).toContain(figure);
    expectClean(data.bodyHtml);
    expect(data.bodyHtml).not.toContain('MsoNormal');
    // The blocks are still there, for the frontends that only read blocks.
    expect(data.body).toEqual(FLAT_BODY);

    const gql = await app
      .http()
      .post('/graphql')
      .send({ query: `{ articleBySlug(slug: "${tableArticle.slug}") { bodyHtml } }` })
      .expect(200);
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.articleBySlug.bodyHtml).toBe(data.bodyHtml);
  });

  it('is null for an article written in blocks only', async () => {
    const plain = await make.article({ title: 'Bài chỉ có khối' }, { publish: true });
    const { data } = (await app.http().get(`/api/portal/articles/${plain.slug}`).expect(200)).body;
    expect(data.bodyHtml).toBeNull();
  });

  it('is what the print view shows instead of the blocks', async () => {
    const response = await app.http().get(`/api/portal/articles/${tableArticle.slug}/print`).expect(200);
    expect(response.text).toContain('<table>');
    expect(response.text).toContain('<td>Mô hình ghi nhận riêng</td><td>48.217</td>');
    expect(response.text).toContain('<caption>');
    expect(response.text).not.toContain('bảng phẳng');
    expect(response.text).not.toMatch(/onclick|MsoTableGrid/);
  });

  it('prints a video as a link to it: paper plays nothing and the print view loads no frames', async () => {
    const article = await make.article(
      {
        bodyHtml:
          '<p>Phóng sự</p><iframe src="https://www.youtube.com/embed/abc123" title="Phóng sự Dân vận khéo"></iframe>',
      },
      { publish: true }
    );
    const response = await app.http().get(`/api/portal/articles/${article.slug}/print`).expect(200);
    expect(response.text).not.toContain('<iframe');
    expect(response.text).toContain(
      '<p class="video">Video: <a href="https://www.youtube.com/embed/abc123">Phóng sự Dân vận khéo</a></p>'
    );
  });

  it('is searched: a figure only the table holds finds the article', async () => {
    const found = (await app.http().get('/api/portal/search?q=48.217').expect(200)).body.data;
    expect(found.results.map((hit: { slug: string }) => hit.slug)).toEqual([tableArticle.slug]);
    expect(found.results[0].snippet).toContain('<mark>48</mark>');
    const words = (await app.http().get('/api/portal/search?q=mo%20hinh%20ghi%20nhan%20rieng').expect(200)).body.data;
    expect(words.results.map((hit: { slug: string }) => hit.slug)).toEqual([tableArticle.slug]);
  });

  it('follows an edit: cleared, the blocks show again and the table is no longer searched', async () => {
    const article = await make.article(
      { title: 'Bài có bảng sẽ xóa', body: FLAT_BODY, bodyHtml: '<table><tr><td>91.735</td></tr></table>' },
      { publish: true }
    );
    expect((await app.http().get('/api/portal/search?q=91.735').expect(200)).body.data.results).toHaveLength(1);
    await app.strapi.documents(UID.article).update({ documentId: article.documentId, data: { bodyHtml: '' } });
    expect(await storedDraft(article.documentId)).toBeNull();
    await publishApproved(app.strapi, UID.article, article.documentId);
    const { data } = (await app.http().get(`/api/portal/articles/${article.slug}`).expect(200)).body;
    expect(data.bodyHtml).toBeNull();
    expect((await app.http().get('/api/portal/search?q=91.735').expect(200)).body.data.results).toHaveLength(0);
  });

  describe('is stored sanitised, whichever door writes it', () => {
    it('REST: create and update', async () => {
      const article = await make.article();
      await app
        .http()
        .put(`/api/articles/${article.documentId}?status=draft`)
        .set('Authorization', token)
        .send({ data: { bodyHtml: HOSTILE } })
        .expect(200);
      const stored = await storedDraft(article.documentId);
      expectClean(stored);
      expect(stored).toContain('<p>Bài nhập</p>');
      expect(stored).toContain('<img src="/uploads/a.jpg" alt="Ảnh">');
      expect(stored).toContain('<td>5</td>');

      const created = await app
        .http()
        .post('/api/articles?status=draft')
        .set('Authorization', token)
        .send({
          data: {
            title: 'Bài tạo qua REST',
            section: (await make.section()).documentId,
            department: (await make.department()).documentId,
            authors: [(await make.author()).documentId],
            bodyHtml: HOSTILE,
          },
        })
        .expect(201);
      expectClean(await storedDraft(created.body.data.documentId));
    });

    it('the admin panel (content manager)', async () => {
      const admin = await adminUser(app, 'super admin', []);
      const article = await make.article();
      const cm = contentManager(app, admin, UID.article);
      const response = await cm.update(article.documentId, { bodyHtml: HOSTILE });
      expect(response.status).toBe(200);
      expectClean(response.body.data.bodyHtml);
      expectClean(await storedDraft(article.documentId));
    });

    it('GraphQL and code', async () => {
      const article = await make.article();
      const gql = await app
        .http()
        .post('/graphql')
        .set('Authorization', token)
        .send({
          query: `mutation($id: ID!, $html: String) { updateArticle(documentId: $id, data: { bodyHtml: $html }, status: DRAFT) { documentId } }`,
          variables: { id: article.documentId, html: HOSTILE },
        });
      expect(gql.body.errors).toBeUndefined();
      expectClean(await storedDraft(article.documentId));

      const other = await make.article({ bodyHtml: HOSTILE });
      expectClean(await storedDraft(other.documentId));
    });

    it('leaves nothing when nothing visible is left', async () => {
      const article = await make.article({ bodyHtml: '<script>alert(1)</script><p>  </p><style>p{}</style>' });
      expect(await storedDraft(article.documentId)).toBeNull();
      await app.strapi.documents(UID.article).update({ documentId: article.documentId, data: { bodyHtml: '   ' } });
      expect(await storedDraft(article.documentId)).toBeNull();
    });

    it('publishing cleans a draft written past the Document Service, on its way to readers', async () => {
      const article = await make.article();
      await app.strapi.db
        .query(UID.article)
        .update({ where: { documentId: article.documentId, publishedAt: null }, data: { bodyHtml: HOSTILE } });
      await publishApproved(app.strapi, UID.article, article.documentId);
      const { data } = (await app.http().get(`/api/portal/articles/${article.slug}`).expect(200)).body;
      expectClean(data.bodyHtml);
      expect(data.bodyHtml).toContain('<p>Bài nhập</p>');
    });
  });
});
