import { UID } from '../../src/constants';
import { fullAccessToken, superAdminSession } from '../helpers/auth';
import { startApp, type TestApp } from '../helpers/strapi';

describe('slugs: one mechanism for every type with a slug', () => {
  let app: TestApp;
  let token: string;
  let admin: string;
  let department: string;

  beforeAll(async () => {
    app = await startApp();
    token = await fullAccessToken(app.strapi);
    admin = await superAdminSession(app);
    department = (await app.strapi.documents(UID.department).create({ data: { name: 'Ban Dân vận Tỉnh ủy' } }))
      .documentId;
  });
  afterAll(() => app?.stop());

  const post = (path: string, data: Record<string, unknown>) =>
    app.http().post(path).set('Authorization', token).send({ data });
  const put = (path: string, data: Record<string, unknown>) =>
    app.http().put(path).set('Authorization', token).send({ data });

  it.each([
    ['/api/sections', { name: 'Công tác dân vận - mặt trận - đoàn thể' }, 'cong-tac-dan-van-mat-tran-doan-the'],
    ['/api/sections', { name: 'Đảng' }, 'dang'],
    ['/api/departments', { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' }, 'uy-ban-mat-tran-to-quoc-viet-nam-tinh'],
    ['/api/authors', { fullName: 'Đặng Thị Hường' }, 'dang-thi-huong'],
  ])('POST %s makes the slug from the Vietnamese name', async (path, data, slug) => {
    const response = await post(path, data).expect(201);
    expect(response.body.data.slug).toBe(slug);
  });

  it('makes article slugs from the title (draft and published alike)', async () => {
    const section = (await post('/api/sections', { name: 'Tin tức - Sự kiện' }).expect(201)).body.data.documentId;
    const author = (await post('/api/authors', { fullName: 'Lê Văn Đức' }).expect(201)).body.data.documentId;
    const response = await post('/api/articles?status=draft', {
      title: 'Tiến tới Đại hội Đảng bộ tỉnh lần thứ XVI',
      section,
      department,
      authors: [author],
    }).expect(201);
    expect(response.body.data.slug).toBe('tien-toi-dai-hoi-dang-bo-tinh-lan-thu-xvi');
  });

  it('appends -2, -3 … when the slug is taken, per type', async () => {
    const slugs = [];
    for (let i = 0; i < 3; i += 1) {
      slugs.push((await post('/api/sections', { name: 'Giải phóng miền Nam' }).expect(201)).body.data.slug);
    }
    expect(slugs).toEqual(['giai-phong-mien-nam', 'giai-phong-mien-nam-2', 'giai-phong-mien-nam-3']);
    // Another type may use the same slug.
    expect((await post('/api/departments', { name: 'Giải phóng miền Nam' }).expect(201)).body.data.slug).toBe(
      'giai-phong-mien-nam'
    );
  });

  it('keeps the slug when the title changes, and lets an editor change it', async () => {
    const created = (await post('/api/sections', { name: 'Gương điển hình' }).expect(201)).body.data;
    const renamed = (await put(`/api/sections/${created.documentId}`, { name: 'Gương người tốt việc tốt' }).expect(200))
      .body.data;
    expect(renamed.slug).toBe('guong-dien-hinh');
    const edited = (await put(`/api/sections/${created.documentId}`, { slug: 'nguoi-tot-viec-tot' }).expect(200)).body
      .data;
    expect(edited.slug).toBe('nguoi-tot-viec-tot');
    // Saving again with its own slug is not a clash.
    await put(`/api/sections/${created.documentId}`, { slug: 'nguoi-tot-viec-tot', position: 3 }).expect(200);
    // Clearing it makes a fresh one from the current name.
    const cleared = (await put(`/api/sections/${created.documentId}`, { slug: '' }).expect(200)).body.data;
    expect(cleared.slug).toBe('guong-nguoi-tot-viec-tot');
  });

  it.each(['Dang-Bo', 'đảng', 'two--hyphens', 'has space', '-x', 'x_y'])(
    'refuses the slug %j with a 400 and writes nothing',
    async (slug) => {
      const before = await app.strapi.db.query(UID.section).count();
      const response = await post('/api/sections', { name: 'Văn bản chỉ đạo', slug }).expect(400);
      expect(response.body.error.message).toMatch(/lowercase ASCII letters/);
      expect(response.body.error.details.errors[0].path).toEqual(['slug']);
      expect(await app.strapi.db.query(UID.section).count()).toBe(before);
    }
  );

  it('refuses a typed slug that another document already uses', async () => {
    const first = (await post('/api/sections', { name: 'Tôn giáo - Dân tộc' }).expect(201)).body.data;
    const other = (await post('/api/sections', { name: 'Dân tộc' }).expect(201)).body.data;
    const response = await put(`/api/sections/${other.documentId}`, { slug: first.slug }).expect(400);
    expect(response.body.error.message).toContain('already used by another section ("Tôn giáo - Dân tộc")');
    const reread = await app.strapi.documents(UID.section).findOne({ documentId: other.documentId });
    expect(reread?.slug).toBe('dan-toc');
  });

  it('holds in the admin panel too', async () => {
    const created = await app
      .http()
      .post(`/content-manager/collection-types/${UID.section}`)
      .set('Authorization', admin)
      .send({ name: 'Đảng' })
      .expect(201);
    expect(created.body.data.slug).toMatch(/^dang(-\d+)?$/);
    const refused = await app
      .http()
      .put(`/content-manager/collection-types/${UID.section}/${created.body.data.documentId}`)
      .set('Authorization', admin)
      .send({ name: 'Đảng', slug: 'Đảng' })
      .expect(400);
    expect(refused.body.error.message).toMatch(/lowercase ASCII letters/);
  });
});
