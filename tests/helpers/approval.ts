import type { Core } from '@strapi/strapi';
import type { Actor } from '../../src/plugins/approval/server/src/services/actors';
import type workflowService from '../../src/plugins/approval/server/src/services/workflow';
import { REVIEW_UID, type WorkflowUID } from '../../src/plugins/approval/server/src/constants';
import { publication } from '../../src/plugins/approval/server/src/utils';
import { UID } from '../../src/constants';
import { builders } from './content';
import { adminUser, approvalApi, contentManager, type Person } from './people';
import { startApp, type TestApp } from './strapi';

/** Code acting without a request, as the scheduler or a script would. */
export const SYSTEM: Actor = { kind: 'system', name: 'test' };

export const workflowOf = (strapi: Core.Strapi) =>
  strapi.plugin('approval').service<ReturnType<typeof workflowService>>('workflow');

/** Takes a document through submission and approval (as code), then publishes it. */
export const publishApproved = async (strapi: Core.Strapi, uid: WorkflowUID, documentId: string): Promise<void> => {
  const workflow = workflowOf(strapi);
  await workflow.submit(uid, documentId, SYSTEM);
  await workflow.approve(uid, documentId, SYSTEM);
  await publication(strapi, uid).publish({ documentId });
};

/** The states an article of the approval suites is brought to. */
export type ArticleState = 'draft' | 'submitted' | 'approved' | 'published';

/** What the approval suites start from (see approvalWorld). */
export interface ApprovalFixture {
  app: TestApp;
  /** documentIds: department A (the people's own), department B, a section, an author of department A. */
  deptA: string;
  deptB: string;
  section: string;
  authorA: string;
  editorA: Person;
  headA: Person;
  headB: Person;
  superAdmin: Person;
}

/**
 * The approval suites' shared setting, on an app and a database of their own: two departments, a
 * section, an author of department A, an editor and a head of A, a head of B and a super admin,
 * with the article routes as each of them. Create it at describe level; its helpers may be
 * destructured at once and work after `start()` (beforeAll); `stop()` in afterAll.
 */
export const approvalWorld = () => {
  let fixture: ApprovalFixture | undefined;
  const the = (): ApprovalFixture => {
    if (!fixture) throw new Error('approvalWorld: call start() in beforeAll first.');
    return fixture;
  };

  const world = {
    async start(): Promise<ApprovalFixture> {
      const app = await startApp();
      const make = builders(app.strapi);
      const deptA = (await make.department({ name: 'Ban Dân vận Tỉnh ủy' })).documentId;
      const deptB = (await make.department({ name: 'Hội Nông dân tỉnh' })).documentId;
      fixture = {
        app,
        deptA,
        deptB,
        section: (await make.section({ name: 'Tin tức' })).documentId,
        authorA: (await make.author({ fullName: 'Lê Văn Tâm', department: deptA })).documentId,
        editorA: await adminUser(app, 'editor', [deptA], 'Biên tập A'),
        headA: await adminUser(app, 'head', [deptA], 'Trưởng ban A'),
        headB: await adminUser(app, 'head', [deptB], 'Trưởng ban B'),
        superAdmin: await adminUser(app, 'super admin', [], 'Quản trị'),
      };
      return fixture;
    },

    stop: (): Promise<void> => fixture?.app.stop() ?? Promise.resolve(),

    /** The admin panel's content-manager routes for articles, as `person`. */
    cm: (person: Person) => contentManager(the().app, person, UID.article),

    /** The approval routes for articles, as `person`. */
    flow: (person: Person) => approvalApi(the().app, person, UID.article),

    /** What the content manager sends for a new article of `department` (A), in the section, by author A. */
    articleData: (title: string, department?: string) => ({
      title,
      section: { connect: [{ documentId: the().section }] },
      department: { connect: [{ documentId: department ?? the().deptA }] },
      authors: { connect: [{ documentId: the().authorA }] },
    }),

    /** An article of department A written by editor A (with `data` added), brought to `state` by head A. */
    articleIn: async (
      state: ArticleState,
      title = `Bài ${Math.random().toString(36).slice(2, 8)}`,
      data: Record<string, unknown> = {}
    ): Promise<string> => {
      const { editorA, headA } = the();
      const created = await world
        .cm(editorA)
        .create({ ...world.articleData(title), ...data })
        .expect(201);
      const documentId = created.body.data.documentId as string;
      if (state !== 'draft') await world.flow(editorA).submit(documentId).expect(200);
      if (state === 'approved' || state === 'published') await world.flow(headA).approve(documentId).expect(200);
      if (state === 'published') await world.flow(headA).publish(documentId).expect(200);
      return documentId;
    },

    /** The article's state in the approval workflow; 'none' before it has one. */
    stateOf: async (documentId: string): Promise<string> => {
      const review = (await the()
        .app.strapi.db.query(REVIEW_UID)
        .findOne({ where: { targetUid: UID.article, targetDocumentId: documentId } })) as { state: string } | null;
      return review?.state ?? 'none';
    },

    /** Whether readers get the article over REST. */
    isLive: async (documentId: string): Promise<boolean> =>
      (await the().app.http().get(`/api/articles/${documentId}`)).status === 200,
  };
  return world;
};
