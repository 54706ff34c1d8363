import { UID } from '../../src/constants';
import { publishApproved } from '../helpers/approval';
import { builders } from '../helpers/content';
import { startApp, type TestApp } from '../helpers/strapi';

describe('task lists: ordinals come from the position', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('numbers the tasks "Một là", "Hai là", … in the public API, without editors typing them', async () => {
    const make = builders(app.strapi);
    const department = await make.department({ name: 'Ban Dân vận Tỉnh ủy' });
    const headings = [
      'Tăng cường dân vận chính quyền',
      'Đẩy mạnh phong trào Dân vận khéo',
      'Nâng cao chất lượng hòa giải',
      'Phát huy dân chủ ở cơ sở',
      'Đổi mới công tác tuyên truyền',
      'Chuyển đổi số',
    ];
    const list = await app.strapi.documents(UID.taskList).create({
      data: {
        title: 'Nhiệm vụ trọng tâm năm 2026',
        fromYear: 2026,
        department: department.documentId,
        tasks: headings.map((heading) => ({
          heading,
          status: 'planned',
          responsibleDepartments: [department.documentId],
        })),
      },
    });
    await publishApproved(app.strapi, UID.taskList, list.documentId);

    const one = await app
      .http()
      .get(`/api/task-lists/${list.documentId}?populate[tasks][populate]=responsibleDepartments`)
      .expect(200);
    expect(one.body.data.tasks.map((t: { ordinal: string }) => t.ordinal)).toEqual([
      'Một là',
      'Hai là',
      'Ba là',
      'Bốn là',
      'Năm là',
      'Sáu là',
    ]);
    expect(one.body.data.tasks[1]).toMatchObject({ heading: 'Đẩy mạnh phong trào Dân vận khéo', status: 'planned' });
    expect(one.body.data.tasks[0].responsibleDepartments[0].name).toBe('Ban Dân vận Tỉnh ủy');

    const all = await app.http().get('/api/task-lists?populate=tasks').expect(200);
    expect(all.body.data[0].tasks[4].ordinal).toBe('Năm là');
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(
      app.strapi.documents(UID.taskList).create({ data: { title: 'Sai kỳ', fromYear: 2030, toYear: 2025 } })
    ).rejects.toThrow(/ends in 2025, before it starts \(2030\)/);
  });
});
