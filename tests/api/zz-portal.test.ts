import path from 'node:path';
import { DIST_DIR } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemoContent } = require(path.join(DIST_DIR, 'src', 'seed')) as typeof import('../../src/seed');

describe('portal explore', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startApp(); await seedDemoContent(app.strapi); });
  afterAll(() => app?.stop());
  it('answers', async () => {
    for (const url of ['/api/portal/home?limit=2', '/api/portal/sections', '/api/portal/sections/cong-tac-dan-van-mat-tran-doan-the?pageSize=2', '/api/portal/task-lists?year=2026', '/api/portal/campaigns', '/api/portal/search?q=dan%20van%20kheo&pageSize=3', '/api/portal/search?q=dang&pageSize=2', '/api/portal/authors/dinh-xuan-khiem?pageSize=2', '/api/portal/departments/ban-dan-van-tinh-uy', '/api/portal/articles/nope', '/api/portal/search?q=', '/api/portal/sections?page=0']) {
      const r = await app.http().get(url);
      console.log(url, r.status, JSON.stringify(r.body).slice(0, 600));
    }
    const report = await app.http().get('/api/portal/search?q=ket%20qua%20cong%20tac%20dan%20van%202025');
    const slug = report.body.data.results[0]?.slug;
    const r = await app.http().get(`/api/portal/articles/${slug}`);
    const { body, ...rest } = r.body.data; console.log('ARTICLE', r.status, JSON.stringify(rest).slice(0, 4000));
  });
});
