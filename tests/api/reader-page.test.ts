import { builders } from '../helpers/content';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * The reference reader page (public/index.html) is served at / and at its deep links. A link that
 * names nothing a reader may see (an unknown slug, a draft) gets the same page with a 404 status,
 * so search engines drop it while the reader sees the page's own "not found" view.
 */
describe('the reader page at / and its deep links', () => {
  let app: TestApp;
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp();
    const make = builders(app.strapi);
    const section = await make.section({ name: 'Tin trong tỉnh' });
    const department = await make.department({ name: 'Ban Dân vận Tỉnh ủy' });
    const author = await make.author({ fullName: 'Đinh Xuân Khiêm', department: department.documentId });
    const links = { section: section.documentId, department: department.documentId, authors: [author.documentId] };
    const published = await make.article({ title: 'Hội nghị điển hình Dân vận khéo', ...links }, { publish: true });
    const draft = await make.article({ title: 'Bản nháp chưa duyệt', ...links });
    Object.assign(slugs, {
      section: section.slug,
      department: department.slug,
      author: author.slug,
      published: published.slug,
      draft: draft.slug,
    });
  });
  afterAll(() => app?.stop());

  const get = (path: string) => app.http().get(path);

  it.each([
    ['home', () => '/'],
    ['a published article', () => `/bai-viet/${slugs.published}`],
    ['a section', () => `/chuyen-muc/${slugs.section}`],
    ['an author', () => `/tac-gia/${slugs.author}`],
    ['a department', () => `/don-vi/${slugs.department}`],
    ['search', () => '/tim-kiem'],
  ])('serves the page for %s with 200', async (_, path) => {
    const response = await get(path()).expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('<html lang="vi"');
  });

  it.each([
    ['an unknown article', () => '/bai-viet/khong-co-bai-viet-nay'],
    ['a draft that was never published', () => `/bai-viet/${slugs.draft}`],
    ['an unknown section', () => '/chuyen-muc/khong-co'],
    ['an unknown author', () => '/tac-gia/khong-co'],
    ['an unknown department', () => '/don-vi/khong-co'],
  ])('serves the page for %s with 404, never the draft', async (_, path) => {
    const response = await get(path()).expect(404);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('<html lang="vi"');
    expect(response.text).not.toContain('Bản nháp chưa duyệt');
  });

  it('leaves every other address to the rest of the app', async () => {
    await get('/api/portal/home').expect(200).expect('content-type', /json/);
    const admin = await get('/admin');
    expect(admin.text ?? '').not.toContain('<html lang="vi"');
    await get('/bai-viet/Chu-Hoa')
      .expect(404)
      .expect((response) => expect(response.text ?? '').not.toContain('<html lang="vi"'));
  });
});
