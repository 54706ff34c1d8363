import { UID } from '../../src/constants';
import { fullAccessToken } from '../helpers/auth';
import { danVanKheo } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('campaign figures are consistent, or nothing is written', () => {
  let app: TestApp;
  let token: string;

  const rows = () => app.strapi.db.query(UID.campaign).count();
  const post = (data: Record<string, unknown>) =>
    app.http().post('/api/campaigns?status=draft').set('Authorization', token).send({ data });

  beforeAll(async () => {
    app = await startApp();
    token = await fullAccessToken(app.strapi);
  });
  afterAll(() => app?.stop());

  it('accepts the "Dân vận khéo" figures, whose four fields add up to 3145', async () => {
    const response = await post(danVanKheo).expect(201);
    expect(response.body.data).toMatchObject({ registered: 3334, carriedOut: 3145 });
  });

  it.each([
    [
      'a breakdown that does not add up',
      { breakdown: [...danVanKheo.breakdown.slice(0, 3), { name: 'Xây dựng hệ thống chính trị', count: 264 }] },
      /adds up to 3146.*carried out is 3145/,
    ],
    ['more carried out than registered', { registered: 3000 }, /Carried out \(3145\) is more than registered \(3000\)/],
    ['a negative count', { registered: -5, carriedOut: 0, breakdown: [] }, /registered|negative/i],
    [
      'a negative field count',
      {
        breakdown: [
          { name: 'Kinh tế', count: -1 },
          { name: 'Khác', count: 3146 },
        ],
      },
      /count|negative/i,
    ],
    [
      'a period that ends before it starts',
      { fromYear: 2025, toYear: 2021 },
      /ends in 2021, before it starts \(2025\)/,
    ],
  ])('refuses %s with a 400 naming it, and writes nothing', async (_case, change, message) => {
    const before = await rows();
    const response = await post({ ...danVanKheo, name: `Thử ${Math.random()}`, ...change }).expect(400);
    expect(response.body.error.message).toMatch(message);
    expect(await rows()).toBe(before);
  });

  it('judges a partial update together with what it leaves unchanged', async () => {
    const created = (await post({ ...danVanKheo, name: 'Dân vận khéo (cập nhật)' }).expect(201)).body.data;
    const response = await app
      .http()
      .put(`/api/campaigns/${created.documentId}?status=draft`)
      .set('Authorization', token)
      .send({ data: { carriedOut: 3100 } })
      .expect(400);
    expect(response.body.error.message).toMatch(/adds up to 3145.*carried out is 3100/);
    const reread = await app.strapi.documents(UID.campaign).findOne({ documentId: created.documentId });
    expect(reread?.carriedOut).toBe(3145);
  });

  it('refuses inconsistent figures written by code, too', async () => {
    const before = await rows();
    await expect(
      app.strapi.documents(UID.campaign).create({ data: { ...danVanKheo, carriedOut: 10 } })
    ).rejects.toThrow(/adds up to 3145 .*carried out is 10/);
    expect(await rows()).toBe(before);
  });
});
