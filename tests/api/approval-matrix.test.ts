import { UID } from '../../src/constants';
import { approvalWorld, SYSTEM, workflowOf } from '../helpers/approval';
import { adminUser, contentManager, type Person } from '../helpers/people';
import type { TestApp } from '../helpers/strapi';

/**
 * Who may do what with an article, asked over HTTP as each role would: the admin panel's own
 * content-manager routes, the approval routes, REST and GraphQL. Every refusal also checks that
 * nothing changed.
 */
describe('approval: the role × action matrix', () => {
  const world = approvalWorld();
  const { cm, flow, stateOf, isLive, articleData, articleIn } = world;
  let app: TestApp;
  let deptA: string;
  let deptB: string;
  let section: string;
  let authorA: string;
  let editorA: Person;
  let headA: Person;
  let secondHeadA: Person;
  let headB: Person;
  let superAdmin: Person;
  let sent: { to: string; subject: string; text: string }[];

  const draftTitle = async (documentId: string) =>
    (
      (await app.strapi.db
        .query(UID.article)
        .findOne({ where: { documentId, publishedAt: null }, select: ['title'] })) as { title: string }
    ).title;

  beforeAll(async () => {
    ({ app, deptA, deptB, section, authorA, editorA, headA, headB, superAdmin } = await world.start());
    secondHeadA = await adminUser(app, 'head', [deptA], 'Phó ban A');
  });
  afterAll(() => world.stop());

  beforeEach(() => {
    sent = [];
    jest.spyOn(app.strapi.plugin('email').service('email'), 'send').mockImplementation((...args: unknown[]) => {
      sent.push(args[0] as (typeof sent)[number]);
      return Promise.resolve();
    });
  });
  afterEach(() => jest.restoreAllMocks());

  /** E-mails are sent once the transition commits: give the after-commit task its turn. */
  const mail = async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return sent;
  };

  describe('create', () => {
    it.each([
      ['an editor', () => editorA],
      ['a head', () => headA],
      ['a super admin', () => superAdmin],
    ])('%s creates an article of their department (201), as a draft', async (_who, person) => {
      const response = await cm(person()).create(articleData('Bài mới của đơn vị')).expect(201);
      expect(await stateOf(response.body.data.documentId)).toBe('draft');
    });

    it.each([
      ['an editor', () => editorA, () => deptB],
      ['a head of another department', () => headB, () => deptA],
    ])(
      '%s cannot create an article of a department not theirs (403), and nothing is written',
      async (_who, person, department) => {
        const before = await app.strapi.db.query(UID.article).count();
        await cm(person()).create(articleData('Bài của đơn vị khác', department())).expect(403);
        expect(await app.strapi.db.query(UID.article).count()).toBe(before);
      }
    );
  });

  describe('see and edit', () => {
    it('an editor opens and edits an article of their department', async () => {
      const id = await articleIn('draft', 'Bài để sửa');
      await cm(editorA).get(id).expect(200);
      await cm(editorA).update(id, { title: 'Bài đã sửa' }).expect(200);
      expect(await draftTitle(id)).toBe('Bài đã sửa');
    });

    it('articles imported without the department key reach their department again at start-up, in batches', async () => {
      const ids = [
        await articleIn('draft', 'Bài nhập 1'),
        await articleIn('draft', 'Bài nhập 2'),
        await articleIn('draft', 'Bài nhập 3'),
      ];
      const { db } = app.strapi;
      const rows = () =>
        db
          .connection(
            db.getSchemaName()
              ? `${db.getSchemaName()}.${db.metadata.get(UID.article).tableName}`
              : db.metadata.get(UID.article).tableName
          )
          .whereIn('document_id', ids);
      // Rows written straight into the database, as an import from the old site does, carry no key.
      await rows().update({ department_key: null });
      const listed = async () =>
        (await cm(editorA).list().expect(200)).body.results.map(
          (a: { documentId: string }) => a.documentId
        ) as string[];
      expect(await listed()).not.toEqual(expect.arrayContaining(ids));

      await app.strapi.plugin('approval').service('setup').backfillDepartmentKeys(2);

      expect(await listed()).toEqual(expect.arrayContaining(ids));
      const keys = await rows().distinct('department_key');
      expect(keys).toEqual([{ department_key: deptA }]);
    });

    it('a head of another department neither lists, opens, edits, deletes nor publishes it', async () => {
      const id = await articleIn('approved', 'Bài của ban A');
      const list = await cm(headB).list().expect(200);
      expect(list.body.results.map((a: { documentId: string }) => a.documentId)).not.toContain(id);
      await cm(headB).get(id).expect(403);
      await cm(headB).update(id, { title: 'Sửa trộm' }).expect(403);
      await cm(headB).publish(id).expect(403);
      await cm(headB).remove(id).expect(403);
      expect(await draftTitle(id)).toBe('Bài của ban A');
      expect(await isLive(id)).toBe(false);
      expect(await stateOf(id)).toBe('approved');
    });

    it('an editor cannot move an article to another department', async () => {
      const id = await articleIn('draft', 'Bài không được chuyển');
      await cm(editorA)
        .update(id, { department: { connect: [{ documentId: deptB }], disconnect: [] } })
        .expect(403);
      const row = (await app.strapi.db
        .query(UID.article)
        .findOne({ where: { documentId: id, publishedAt: null }, populate: ['department'] })) as {
        department: { documentId: string };
      };
      expect(row.department.documentId).toBe(deptA);
    });
  });

  describe('submit', () => {
    it('an editor submits an article of their department; the heads are e-mailed, not the editor', async () => {
      const id = await articleIn('draft', 'Bài gửi duyệt');
      const response = await flow(editorA).submit(id).expect(200);
      expect(response.body.data.state).toBe('submitted');
      const mails = await mail();
      expect(mails.map((m) => m.to).sort()).toEqual([headA.email, secondHeadA.email].sort());
      expect(mails[0].subject).toBe('[Chờ duyệt] Bài gửi duyệt');
      expect(mails[0].text).toContain(`/content-manager/collection-types/${UID.article}/${id}`);
    });

    it('a head of another department cannot submit it (403), and it stays a draft', async () => {
      const id = await articleIn('draft');
      await flow(headB).submit(id).expect(403);
      expect(await stateOf(id)).toBe('draft');
    });

    it('the heads see it waiting for their approval; others do not', async () => {
      const id = await articleIn('submitted', 'Bài chờ duyệt trong danh sách');
      const mine = await flow(headA).queue().expect(200);
      expect(mine.body.data.map((item: { documentId: string }) => item.documentId)).toContain(id);
      const other = await flow(headB).queue().expect(200);
      expect(other.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(id);
      await flow(editorA).queue().expect(403);
    });
  });

  describe('approve and reject', () => {
    it('an editor cannot approve (403), and the article stays submitted', async () => {
      const id = await articleIn('submitted');
      await flow(editorA).approve(id).expect(403);
      expect(await stateOf(id)).toBe('submitted');
    });

    it("a head cannot approve another department's article (403)", async () => {
      const id = await articleIn('submitted');
      const response = await flow(headB).approve(id).expect(403);
      expect(response.body.error.message).toMatch(/Only a head of Ban Dân vận Tỉnh ủy/);
      expect(await stateOf(id)).toBe('submitted');
    });

    it('a head cannot approve their own article (403); another head of the department can', async () => {
      const created = await cm(headA).create(articleData('Bài của chính trưởng ban')).expect(201);
      const id = created.body.data.documentId;
      await flow(headA).submit(id).expect(200);
      const refused = await flow(headA).approve(id).expect(403);
      expect(refused.body.error.message).toMatch(/Nobody approves their own work/);
      expect(await stateOf(id)).toBe('submitted');
      await flow(secondHeadA).approve(id).expect(200);
      expect(await stateOf(id)).toBe('approved');
    });

    it('a super admin approves their own article only with a reason, which is recorded', async () => {
      const created = await cm(superAdmin).create(articleData('Bài của quản trị')).expect(201);
      const id = created.body.data.documentId;
      await flow(superAdmin).submit(id).expect(200);
      await flow(superAdmin).approve(id).expect(403);
      expect(await stateOf(id)).toBe('submitted');
      await flow(superAdmin).approve(id, { overrideReason: 'Trưởng ban đi công tác' }).expect(200);
      const event = (await app.strapi.db.query('plugin::approval.event').findOne({
        where: { targetDocumentId: id, action: 'approve' },
      })) as { override: boolean; comment: string };
      expect(event.override).toBe(true);
      expect(event.comment).toContain('Trưởng ban đi công tác');
    });

    it('a head approves a submission of their department; the submitter is e-mailed', async () => {
      const id = await articleIn('submitted', 'Bài được duyệt');
      sent = [];
      const response = await flow(headA).approve(id, { comment: 'Đồng ý đăng' }).expect(200);
      expect(response.body.data.state).toBe('approved');
      const mails = await mail();
      expect(mails).toEqual([expect.objectContaining({ to: editorA.email, subject: '[Đã duyệt] Bài được duyệt' })]);
    });

    it('a rejection without a comment is refused (400) and changes nothing', async () => {
      const id = await articleIn('submitted');
      const response = await flow(headA).reject(id, { comment: '   ' }).expect(400);
      expect(response.body.error.message).toMatch(/needs a comment/);
      expect(await stateOf(id)).toBe('submitted');
    });

    it('a rejection with a comment sends it back to the editor, who edits and submits again', async () => {
      const id = await articleIn('submitted', 'Bài bị trả lại');
      sent = [];
      await flow(headA).reject(id, { comment: 'Bổ sung số liệu' }).expect(200);
      expect(await stateOf(id)).toBe('rejected');
      const mails = await mail();
      expect(mails).toEqual([expect.objectContaining({ to: editorA.email, subject: '[Bị trả lại] Bài bị trả lại' })]);
      expect(mails[0].text).toContain('Bổ sung số liệu');
      await cm(editorA).update(id, { summary: 'Đã bổ sung số liệu' }).expect(200);
      expect(await stateOf(id)).toBe('rejected');
      await flow(editorA).submit(id).expect(200);
      expect(await stateOf(id)).toBe('submitted');
    });

    it('an approval of content that changed since the head opened it is refused (409)', async () => {
      const id = await articleIn('submitted');
      const seen = (await flow(headA).status(id).expect(200)).body.data.fingerprint;
      await cm(editorA).update(id, { summary: 'Sửa sau khi gửi' }).expect(200);
      expect(await stateOf(id)).toBe('draft');
      await flow(editorA).submit(id).expect(200);
      await flow(headA).approve(id, { fingerprint: seen }).expect(409);
      expect(await stateOf(id)).toBe('submitted');
    });
  });

  describe('publish', () => {
    it('publishing an unapproved article is refused with a clear message (403); it stays offline', async () => {
      for (const state of ['draft', 'submitted'] as const) {
        const id = await articleIn(state);
        const response = await cm(headA).publish(id).expect(403);
        expect(response.body.error.message).toMatch(
          state === 'draft' ? /has not been submitted/ : /waiting for approval/
        );
        expect(await isLive(id)).toBe(false);
        expect(await stateOf(id)).toBe(state);
      }
    });

    it('an editor cannot publish even an approved article (403)', async () => {
      const id = await articleIn('approved');
      await cm(editorA).publish(id).expect(403);
      await flow(editorA).publish(id).expect(403);
      expect(await isLive(id)).toBe(false);
      expect(await stateOf(id)).toBe('approved');
    });

    it('a head publishes the approved article; readers see it', async () => {
      const id = await articleIn('approved', 'Bài được xuất bản');
      await cm(headA).publish(id).expect(200);
      expect(await isLive(id)).toBe(true);
      expect(await stateOf(id)).toBe('published');
    });

    it('an edit after approval voids it: publishing is refused and the old content never goes out', async () => {
      const id = await articleIn('approved', 'Bản đã duyệt');
      await cm(editorA).update(id, { title: 'Bản sửa sau khi duyệt' }).expect(200);
      expect(await stateOf(id)).toBe('draft');
      const response = await cm(headA).publish(id).expect(403);
      expect(response.body.error.message).toMatch(/has not been submitted/);
      expect(await isLive(id)).toBe(false);
    });

    it('an edit to a published article keeps the live version online until the new one is approved and published', async () => {
      const id = await articleIn('approved', 'Bản đang đăng');
      await cm(headA).publish(id).expect(200);
      await cm(editorA).update(id, { title: 'Bản chỉnh sửa mới' }).expect(200);
      expect(await stateOf(id)).toBe('draft');
      expect((await app.http().get(`/api/articles/${id}`).expect(200)).body.data.title).toBe('Bản đang đăng');
      await cm(headA).publish(id).expect(403);
      expect((await app.http().get(`/api/articles/${id}`).expect(200)).body.data.title).toBe('Bản đang đăng');
      await flow(editorA).submit(id).expect(200);
      await flow(headA).approve(id).expect(200);
      await flow(headA).publish(id).expect(200);
      expect((await app.http().get(`/api/articles/${id}`).expect(200)).body.data.title).toBe('Bản chỉnh sửa mới');
    });

    it('a bulk publish mixing approved and unapproved articles is refused and publishes nothing', async () => {
      const approved = await articleIn('approved', 'Bài đã duyệt trong lô');
      const unapproved = await articleIn('submitted', 'Bài chưa duyệt trong lô');
      const response = await cm(headA).bulkPublish([approved, unapproved]);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/Bài chưa duyệt trong lô/);
      expect(await isLive(approved)).toBe(false);
      expect(await isLive(unapproved)).toBe(false);
      expect(await stateOf(approved)).toBe('approved');
      await cm(headA).bulkPublish([approved]).expect(200);
      expect(await isLive(approved)).toBe(true);
    });

    it('a head can take a published article offline; an editor cannot', async () => {
      const id = await articleIn('approved');
      await cm(headA).publish(id).expect(200);
      await cm(editorA).unpublish(id).expect(403);
      expect(await isLive(id)).toBe(true);
      await cm(headA).unpublish(id).expect(200);
      expect(await isLive(id)).toBe(false);
      expect(await stateOf(id)).toBe('draft');
    });
  });

  describe('publishing from outside the admin panel', () => {
    it('the public cannot publish over REST or GraphQL', async () => {
      const id = await articleIn('approved');
      await app
        .http()
        .put(`/api/articles/${id}`)
        .send({ data: { title: 'x' } })
        .expect(403);
      const graphql = await app
        .http()
        .post('/graphql')
        .send({
          query: `mutation { updateArticle(documentId: "${id}", data: { title: "x" }, status: PUBLISHED) { documentId } }`,
        });
      expect(graphql.body.errors?.length).toBeGreaterThan(0);
      expect(await isLive(id)).toBe(false);
      expect(await stateOf(id)).toBe('approved');
    });

    it('a signed-in member allowed to write articles still cannot publish one, over REST or GraphQL', async () => {
      const role = (await app.strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'authenticated' } })) as { id: number };
      for (const action of ['update', 'create', 'find', 'findOne']) {
        await app.strapi.db
          .query('plugin::users-permissions.permission')
          .create({ data: { action: `${UID.article}.${action}`, role: role.id } });
      }
      const member = await app
        .http()
        .post('/api/auth/local/register')
        .send({ username: `member${Date.now()}`, email: `member${Date.now()}@test.local`, password: 'Member-Passw0rd' })
        .expect(200);
      const auth = `Bearer ${member.body.jwt as string}`;
      const id = await articleIn('approved', 'Bài thành viên không đăng được');

      const rest = await app
        .http()
        .put(`/api/articles/${id}`)
        .set('Authorization', auth)
        .send({ data: { summary: 'x' } })
        .expect(403);
      expect(rest.body.error.message).toMatch(/Publishing goes through approval/);
      const restCreate = await app
        .http()
        .post('/api/articles')
        .set('Authorization', auth)
        .send({ data: { title: 'Bài đăng thẳng' } });
      expect(restCreate.status).toBe(403);
      const graphql = await app
        .http()
        .post('/graphql')
        .set('Authorization', auth)
        .send({
          query: `mutation { updateArticle(documentId: "${id}", data: { summary: "x" }, status: PUBLISHED) { documentId } }`,
        });
      expect(graphql.body.errors?.[0]?.message).toMatch(/Publishing goes through approval/);
      expect(await isLive(id)).toBe(false);
      expect(await stateOf(id)).toBe('approved');
      // A draft save is still theirs to make, and it voids the approval like any edit.
      await app
        .http()
        .put(`/api/articles/${id}?status=draft`)
        .set('Authorization', auth)
        .send({ data: { summary: 'Bản nháp của thành viên' } })
        .expect(200);
      expect(await stateOf(id)).toBe('draft');
    });

    it('code cannot publish unapproved content either, with publish() or status "published"', async () => {
      const id = await articleIn('submitted');
      const documents = app.strapi.documents(UID.article);
      await expect(documents.publish({ documentId: id })).rejects.toThrow(/waiting for approval/);
      await expect(documents.update({ documentId: id, data: { summary: 'x' }, status: 'published' })).rejects.toThrow();
      await expect(
        documents.create({
          data: { title: 'Tạo và đăng ngay', section, department: deptA, authors: [authorA] },
          status: 'published',
        })
      ).rejects.toThrow(/cannot go online directly/);
      expect(await isLive(id)).toBe(false);
      expect(await app.strapi.db.query(UID.article).count({ where: { title: 'Tạo và đăng ngay' } })).toBe(0);
      // Approved, the same code may publish it.
      await workflowOf(app.strapi).approve(UID.article, id, SYSTEM);
      await documents.publish({ documentId: id });
      expect(await isLive(id)).toBe(true);
    });

    it('a campaign goes through the same gate', async () => {
      const campaign = await app.strapi.documents(UID.campaign).create({
        data: { name: 'Dân vận khéo 2026', fromYear: 2026, registered: 10, carriedOut: 5, department: deptA },
      });
      await contentManager(app, headA, UID.campaign).publish(campaign.documentId).expect(403);
      expect((await app.http().get(`/api/campaigns/${campaign.documentId}`)).status).toBe(404);
    });
  });

  describe('an approval racing an edit', () => {
    it('never leaves an approval on content other than the approved one', async () => {
      for (let round = 0; round < 6; round += 1) {
        const id = await articleIn('submitted', `Bài đua ${round}`);
        const seen = (await flow(headA).status(id)).body.data.fingerprint;
        const [approval, edit] = await Promise.all([
          flow(headA).approve(id, { fingerprint: seen }),
          cm(editorA).update(id, { summary: `Sửa trong lúc duyệt ${round}` }),
        ]);
        expect([200, 400, 409]).toContain(approval.status);
        expect(edit.status).toBe(200);
        const review = (await app.strapi.db
          .query('plugin::approval.review')
          .findOne({ where: { targetDocumentId: id } })) as {
          state: string;
          fingerprint: string | null;
        };
        const current = await app.strapi.plugin('approval').service('fingerprint').of(UID.article, id);
        // Whichever came first, the edit's content is not approved.
        expect(review.state === 'approved' && review.fingerprint !== current).toBe(false);
        expect(review.state).not.toBe('approved');
        await cm(headA).publish(id).expect(403);
        expect(await isLive(id)).toBe(false);
      }
    });
  });
});
