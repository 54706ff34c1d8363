import path from 'node:path';
import { PORTAL_UIDS, UID } from '../../src/constants';
import type * as Seed from '../../src/seed';
import { DIST_DIR } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';

/** The seed module as the app runs it (compiled), so it shares the app's Strapi instance. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemoContent } = require(path.join(DIST_DIR, 'src', 'seed')) as typeof Seed;

describe('demo content (npm run seed)', () => {
  let app: TestApp;
  const saved = { ...process.env };

  /** Every row of every portal type with its last update time: what "changes nothing" compares. */
  const snapshot = async () => {
    const rows: Record<string, unknown[]> = {};
    for (const uid of PORTAL_UIDS) {
      rows[uid] = await app.strapi.db
        .query(uid)
        .findMany({ select: ['id', 'documentId', 'updatedAt', 'publishedAt'], orderBy: { id: 'asc' } });
    }
    return rows;
  };

  beforeAll(async () => {
    process.env.DEMO_ADMIN_EMAIL = 'quantri@danvan.local';
    process.env.DEMO_ADMIN_PASSWORD = 'Demo-Passw0rd';
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    process.env = saved;
  });

  it('loads a realistic Vietnamese portal, then changes nothing on a second run', async () => {
    const lines: string[] = [];
    const first = await seedDemoContent(app.strapi, (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/articles: \d+ created, 0 already there/);
    expect(first.report.sections.created).toBeGreaterThanOrEqual(10);
    expect(first.report.departments.created).toBeGreaterThanOrEqual(8);
    expect(first.report.authors.created).toBeGreaterThanOrEqual(10);
    expect(first.report.articles.created).toBeGreaterThanOrEqual(60);
    expect(first.report['task lists'].created).toBe(2);
    expect(first.report.campaigns.created).toBe(2);
    expect(first.accounts).toMatchObject({ status: 'ready', generated: false, password: 'Demo-Passw0rd' });
    const roles =
      first.accounts.status === 'ready' ? first.accounts.accounts.map((a) => `${a.role}:${a.email}:${a.created}`) : [];
    expect(roles).toEqual([
      'super admin:quantri@danvan.local:true',
      'editor:bientap.bdv@danvan.local:true',
      'head:truongban.bdv@danvan.local:true',
      'editor:bientap.mttq@danvan.local:true',
      'head:truongban.mttq@danvan.local:true',
    ]);

    const before = await snapshot();
    const second = await seedDemoContent(app.strapi);
    for (const counts of Object.values(second.report)) expect(counts.created).toBe(0);
    expect(second.accounts.status === 'ready' && second.accounts.accounts.every((a) => !a.created)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('spreads articles over three years and the sections, with some drafts', async () => {
    const drafts = await app.strapi.documents(UID.article).count({ status: 'draft' });
    const published = await app.strapi.documents(UID.article).count({ status: 'published' });
    expect(drafts - published).toBeGreaterThan(0);
    const years = new Set(
      ((await app.strapi.db.query(UID.article).findMany({ select: ['eventDate'] })) as { eventDate: string }[]).map(
        (a) => String(a.eventDate).slice(0, 4)
      )
    );
    expect(years.size).toBeGreaterThanOrEqual(3);
  });

  it('serves the demo content to the public: sections, articles and every other type', async () => {
    for (const path of ['sections', 'departments', 'authors', 'articles', 'task-lists', 'campaigns']) {
      const response = await app.http().get(`/api/${path}`).expect(200);
      expect(response.body.data.length).toBeGreaterThan(0);
    }
    const sections = await app.http().get('/api/sections?filters[slug]=cong-tac-dan-van-mat-tran-doan-the').expect(200);
    expect(sections.body.data[0].name).toBe('Công tác dân vận - mặt trận - đoàn thể');
    const campaign = await app
      .http()
      .get('/api/campaigns?populate=breakdown&filters[name][$contains]=Dân vận khéo')
      .expect(200);
    expect(campaign.body.data[0]).toMatchObject({ registered: 3334, carriedOut: 3145 });
  });

  it('took the demo content through approval: published ones approved, drafts waiting, one sent back', async () => {
    const states = (await app.strapi.db
      .query('plugin::approval.review')
      .findMany({ where: { targetUid: UID.article } })) as { state: string }[];
    const count = (state: string) => states.filter((review) => review.state === state).length;
    expect(count('published')).toBeGreaterThanOrEqual(60);
    expect(count('submitted')).toBe(3);
    expect(count('rejected')).toBe(1);
    expect(count('draft')).toBeGreaterThan(0);
    const events = (await app.strapi.db
      .query('plugin::approval.event')
      .findMany({ where: { action: 'approve' }, select: ['actorName'] })) as { actorName: string }[];
    expect(events.map((event) => event.actorName)).toEqual(
      expect.arrayContaining(['Lương Thị Mai Hoa', 'Tạ Quang Hiển'])
    );
  });

  it('lets the demo super admin sign in to the admin panel', async () => {
    const response = await app
      .http()
      .post('/admin/login')
      .send({ email: 'quantri@danvan.local', password: 'Demo-Passw0rd' })
      .expect(200);
    const me = await app
      .http()
      .get('/admin/users/me')
      .set('Authorization', `Bearer ${response.body.data.token}`)
      .expect(200);
    expect(me.body.data.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-super-admin']);
  });
});
