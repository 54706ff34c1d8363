import { UID } from '../../src/constants';
import { fullAccessToken, superAdminSession } from '../helpers/auth';
import { startApp, type TestApp } from '../helpers/strapi';

describe('sections form a tree of any depth, without loops', () => {
  let app: TestApp;
  let token: string;
  const ids: Record<string, string> = {};

  const parentOf = async (documentId: string) =>
    (
      (await app.strapi.documents(UID.section).findOne({ documentId, populate: ['parent'] })) as unknown as {
        parent: { documentId: string } | null;
      }
    ).parent?.documentId ?? null;

  beforeAll(async () => {
    app = await startApp();
    token = await fullAccessToken(app.strapi);
    // Given: Công tác dân vận > Dân vận khéo > Mô hình tiêu biểu > Năm 2025
    let parent: string | null = null;
    for (const name of ['Công tác dân vận', 'Dân vận khéo', 'Mô hình tiêu biểu', 'Năm 2025']) {
      const response = await app
        .http()
        .post('/api/sections')
        .set('Authorization', token)
        .send({ data: { name, parent } })
        .expect(201);
      ids[name] = response.body.data.documentId;
      parent = ids[name];
    }
  });
  afterAll(() => app?.stop());

  it('keeps nesting at any depth, readable by the public', async () => {
    const response = await app
      .http()
      .get(`/api/sections/${ids['Năm 2025']}?populate[parent][populate][parent][populate]=parent`)
      .expect(200);
    expect(response.body.data.parent.name).toBe('Mô hình tiêu biểu');
    expect(response.body.data.parent.parent.name).toBe('Dân vận khéo');
    expect(response.body.data.parent.parent.parent.name).toBe('Công tác dân vận');
  });

  it('refuses a section as its own parent (400), changing nothing', async () => {
    const id = ids['Dân vận khéo'];
    const response = await app
      .http()
      .put(`/api/sections/${id}`)
      .set('Authorization', token)
      .send({ data: { parent: id } })
      .expect(400);
    expect(response.body.error.message).toMatch(/cannot be its own ancestor/);
    expect(response.body.error.details.errors[0].path).toEqual(['parent']);
    expect(await parentOf(id)).toBe(ids['Công tác dân vận']);
  });

  it('refuses moving a section under its own descendant (400), changing nothing', async () => {
    const top = ids['Công tác dân vận'];
    const response = await app
      .http()
      .put(`/api/sections/${top}`)
      .set('Authorization', token)
      .send({ data: { parent: ids['Năm 2025'], name: 'Renamed in the same request' } })
      .expect(400);
    // The loop is told with the names as the request would have left them.
    expect(response.body.error.message).toContain(
      '"Renamed in the same request" → "Năm 2025" → "Mô hình tiêu biểu" → "Dân vận khéo" → "Renamed in the same request"'
    );
    expect(await parentOf(top)).toBeNull();
    const reread = await app.strapi.documents(UID.section).findOne({ documentId: top });
    expect(reread?.name).toBe('Công tác dân vận');
  });

  it('refuses the same loop made from the other side, through children', async () => {
    const response = await app
      .http()
      .put(`/api/sections/${ids['Năm 2025']}`)
      .set('Authorization', token)
      .send({ data: { children: { connect: [ids['Công tác dân vận']] } } })
      .expect(400);
    expect(response.body.error.message).toMatch(/cannot be its own ancestor/);
    expect(await parentOf(ids['Công tác dân vận'])).toBeNull();
  });

  it('refuses it in the admin panel too', async () => {
    const admin = await superAdminSession(app);
    const id = ids['Mô hình tiêu biểu'];
    await app
      .http()
      .put(`/content-manager/collection-types/${UID.section}/${id}`)
      .set('Authorization', admin)
      .send({ parent: { connect: [{ documentId: ids['Năm 2025'] }], disconnect: [] } })
      .expect(400);
    expect(await parentOf(id)).toBe(ids['Dân vận khéo']);
  });

  it('still allows a legitimate move', async () => {
    const id = ids['Năm 2025'];
    await app
      .http()
      .put(`/api/sections/${id}`)
      .set('Authorization', token)
      .send({ data: { parent: ids['Dân vận khéo'] } })
      .expect(200);
    expect(await parentOf(id)).toBe(ids['Dân vận khéo']);
  });

  it('refuses deleting a section that still holds sub-sections', async () => {
    const response = await app
      .http()
      .delete(`/api/sections/${ids['Dân vận khéo']}`)
      .set('Authorization', token)
      .expect(400);
    expect(response.body.error.message).toMatch(/still used by 2 sub-section\(s\)/);
    expect(await app.strapi.documents(UID.section).findOne({ documentId: ids['Dân vận khéo'] })).not.toBeNull();
  });
});
