import { UID } from '../../src/constants';
import type { AuditRecord } from '../../src/plugins/approval/server/src/services/audit';
import type setupService from '../../src/plugins/approval/server/src/services/setup';
import { isPostgres } from '../helpers/database';
import { builders } from '../helpers/content';
import { adminUser, approvalApi, contentManager, type Person } from '../helpers/people';
import { startApp, type TestApp } from '../helpers/strapi';

const EVENT = 'plugin::approval.event';

describe('approval: the audit trail', () => {
  let app: TestApp;
  let editor: Person;
  let head: Person;
  let otherHead: Person;
  let superAdmin: Person;
  let documentId: string;

  beforeAll(async () => {
    app = await startApp();
    const make = builders(app.strapi);
    const dept = (await make.department({ name: 'Ủy ban MTTQ tỉnh' })).documentId;
    const otherDept = (await make.department({ name: 'Tỉnh đoàn' })).documentId;
    const section = (await make.section()).documentId;
    const author = (await make.author({ department: dept })).documentId;
    editor = await adminUser(app, 'editor', [dept], 'Nông Văn Bình');
    head = await adminUser(app, 'head', [dept], 'Tạ Quang Hiển');
    otherHead = await adminUser(app, 'head', [otherDept], 'Kiều Minh Nhật');
    superAdmin = await adminUser(app, 'super admin', [], 'Quản trị');

    // Given an article that went draft → submitted → rejected → submitted → approved → published
    const created = await contentManager(app, editor, UID.article)
      .create({
        title: 'Ngày hội Đại đoàn kết toàn dân tộc',
        section: { connect: [{ documentId: section }] },
        department: { connect: [{ documentId: dept }] },
        authors: { connect: [{ documentId: author }] },
      })
      .expect(201);
    documentId = created.body.data.documentId;
    const flow = approvalApi(app, editor, UID.article);
    const review = approvalApi(app, head, UID.article);
    await flow.submit(documentId).expect(200);
    await review.reject(documentId, { comment: 'Thêm ảnh và số hộ tham gia' }).expect(200);
    await contentManager(app, editor, UID.article).update(documentId, { summary: '120 hộ tham gia' }).expect(200);
    await flow.submit(documentId).expect(200);
    await review.approve(documentId).expect(200);
    await review.publish(documentId).expect(200);
  });
  afterAll(() => app?.stop());

  it('records every transition: states, who, comment, content fingerprint, time', async () => {
    const response = await approvalApi(app, editor, UID.article).status(documentId).expect(200);
    const history = response.body.data.history as AuditRecord[];
    expect(history.map((e) => `${e.action}:${e.fromState}→${e.toState}:${e.actorName}`)).toEqual([
      'submit:draft→submitted:Nông Văn Bình',
      'reject:submitted→rejected:Tạ Quang Hiển',
      'submit:rejected→submitted:Nông Văn Bình',
      'approve:submitted→approved:Tạ Quang Hiển',
      'publish:approved→published:Tạ Quang Hiển',
    ]);
    expect(history[1].comment).toBe('Thêm ảnh và số hộ tham gia');
    expect(history[3].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(history[4].fingerprint).toBe(history[3].fingerprint);
    expect(history.every((e) => typeof e.createdAt === 'string' && e.targetDocumentId === documentId)).toBe(true);
    expect(response.body.data).toMatchObject({ state: 'published', changedBy: 'Tạ Quang Hiển' });
  });

  it("is read by the department's members and super admins, not by other departments", async () => {
    await approvalApi(app, head, UID.article).status(documentId).expect(200);
    await approvalApi(app, superAdmin, UID.article).status(documentId).expect(200);
    const other = await approvalApi(app, otherHead, UID.article).status(documentId).expect(404);
    expect(JSON.stringify(other.body)).not.toContain('Thêm ảnh');
  });

  it('cannot be edited or deleted: not through the admin API, the Document Service or the database', async () => {
    const before = await app.strapi.db.query(EVENT).findMany({ orderBy: { id: 'asc' } });
    const first = before[0] as { id: number; documentId: string };

    const viaAdmin = await app
      .http()
      .put(`/content-manager/collection-types/${EVENT}/${first.documentId}`)
      .set('Authorization', superAdmin.auth)
      .send({ comment: 'rewritten' });
    expect([403, 404]).toContain(viaAdmin.status);
    const deleteViaAdmin = await app
      .http()
      .delete(`/content-manager/collection-types/${EVENT}/${first.documentId}`)
      .set('Authorization', superAdmin.auth);
    expect([403, 404]).toContain(deleteViaAdmin.status);
    const viaApproval = await app
      .http()
      .put(`/approval/events/${first.id}`)
      .set('Authorization', superAdmin.auth)
      .send({});
    expect([404, 405]).toContain(viaApproval.status);

    const documents = app.strapi.documents(EVENT as never) as unknown as {
      update(p: unknown): Promise<unknown>;
      delete(p: unknown): Promise<unknown>;
    };
    await expect(documents.update({ documentId: first.documentId, data: { comment: 'rewritten' } })).rejects.toThrow(
      /append-only/
    );
    await expect(documents.delete({ documentId: first.documentId })).rejects.toThrow(/append-only/);
    // The database's own refusal (a trigger). better-sqlite3's SqliteError is not a real Error in
    // a second test file's realm (the native module is shared per process), so match its message.
    const refusedByDatabase = { message: expect.stringMatching(/append-only/) };
    await expect(
      app.strapi.db.query(EVENT).update({ where: { id: first.id }, data: { comment: 'rewritten' } })
    ).rejects.toMatchObject(refusedByDatabase);
    await expect(app.strapi.db.query(EVENT).deleteMany({ where: {} })).rejects.toMatchObject(refusedByDatabase);

    expect(await app.strapi.db.query(EVENT).findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('is guarded by objects made once per database: no DDL at a later start, made again when missing', async () => {
    const { strapi } = app;
    const setup = strapi.plugin('approval').service<ReturnType<typeof setupService>>('setup');
    const statements: string[] = [];
    const listener = (query: { sql: string }) => statements.push(query.sql);
    strapi.db.connection.client.on('query', listener);
    try {
      // Given a database that has them, a later start only reads the plugin store's record.
      expect(await setup.ensureDatabaseGuardsOnce()).toBe('in place');
    } finally {
      strapi.db.connection.client.removeListener('query', listener);
    }
    expect(statements.filter((sql) => /\b(create|drop|alter)\b/i.test(sql))).toEqual([]);

    // A database from before the guards: no trigger, no record. The next start makes them, once.
    const events = strapi.db.metadata.get(EVENT).tableName;
    const before = await strapi.db.query(EVENT).count({});
    if (isPostgres()) {
      await strapi.db.connection.raw(
        `drop trigger ${events}_append_only on "${strapi.db.getSchemaName()}"."${events}"`
      );
    } else {
      await strapi.db.connection.raw(`drop trigger ${events}_no_delete`);
    }
    await strapi.store({ type: 'plugin', name: 'approval', key: 'database-guards' }).delete({});
    expect(await setup.ensureDatabaseGuardsOnce()).toBe('made');
    expect(await setup.ensureDatabaseGuardsOnce()).toBe('in place');
    await expect(strapi.db.query(EVENT).deleteMany({ where: {} })).rejects.toMatchObject({
      message: expect.stringMatching(/append-only/),
    });
    expect(await strapi.db.query(EVENT).count({})).toBe(before);
  });

  it('outlives the document: deleting an article keeps its history and records the deletion', async () => {
    await contentManager(app, head, UID.article).remove(documentId).expect(200);
    const events = (await app.strapi.db
      .query(EVENT)
      .findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } })) as {
      action: string;
    }[];
    expect(events.map((e) => e.action)).toEqual(['submit', 'reject', 'submit', 'approve', 'publish', 'delete']);
  });
});
