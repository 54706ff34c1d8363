import { UID } from '../../src/constants';
import { superAdminSession } from '../helpers/auth';
import { startApp, type TestApp } from '../helpers/strapi';

describe('the admin panel speaks Vietnamese to editors', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('labels the fields of the edit view in Vietnamese, with hints where rules apply', async () => {
    const admin = await superAdminSession(app);
    const response = await app
      .http()
      .get(`/content-manager/content-types/${UID.article}/configuration`)
      .set('Authorization', admin)
      .expect(200);
    const { metadatas } = response.body.data.contentType;
    expect(metadatas.title.edit.label).toBe('Tiêu đề');
    expect(metadatas.authors.edit).toMatchObject({
      label: 'Tác giả',
      description: 'Theo thứ tự ký tên',
      mainField: 'fullName',
    });
    expect(metadatas.slug.edit.description).toMatch(/Để trống/);
    const taskList = await app
      .http()
      .get(`/content-manager/content-types/${UID.taskList}/configuration`)
      .set('Authorization', admin)
      .expect(200);
    expect(taskList.body.data.components['portal.task'].metadatas.heading.edit.label).toBe('Nhiệm vụ');
  });
});
