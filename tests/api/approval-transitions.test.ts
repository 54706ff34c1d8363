import { UID } from '../../src/constants';
import type { PanelAction, QueueAnswer } from '../../src/plugins/approval/server/src/api-types';
import { PANEL_ACTIONS } from '../../src/plugins/approval/server/src/transitions';
import { approvalWorld, type ArticleState as State } from '../helpers/approval';
import type { Person } from '../helpers/people';
import type { TestApp } from '../helpers/strapi';

/**
 * The transition table drives both what the approval panel offers and what the routes accept:
 * for every role and state, a button shown is an action that succeeds, and a button hidden is
 * an action refused, with nothing changed.
 */
describe('approval: the transition table', () => {
  const world = approvalWorld();
  const { flow, stateOf, isLive, articleIn } = world;
  let app: TestApp;
  let editorA: Person;
  let headA: Person;
  let headB: Person;
  let superAdmin: Person;

  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  /** Takes the action through its route, with the body the approval panel would send. */
  const attempt = (person: Person, action: PanelAction, documentId: string, state: State) => {
    const api = flow(person);
    switch (action) {
      case 'reject':
        return api.reject(documentId, { comment: 'Cần sửa lại.' });
      case 'schedule':
        return api.schedule(
          documentId,
          state === 'published' ? { unpublishAt: inAnHour() } : { publishAt: inAnHour() }
        );
      case 'unpublish':
        return app
          .http()
          .post(`/approval/documents/${UID.article}/${documentId}/unpublish`)
          .set('Authorization', person.auth)
          .send({});
      default:
        return api[action](documentId);
    }
  };

  beforeAll(async () => {
    ({ app, editorA, headA, headB, superAdmin } = await world.start());
  });
  afterAll(() => world.stop());

  const roles: [string, () => Person][] = [
    ['an editor of the department', () => editorA],
    ['a head of the department', () => headA],
    ['a head of another department', () => headB],
    ['a super admin', () => superAdmin],
  ];
  const states: State[] = ['draft', 'submitted', 'approved', 'published'];

  describe.each(roles)('%s', (_who, person) => {
    it.each(states)('is offered exactly the actions the routes accept in state %s', async (state) => {
      // Given what the panel offers on an article in this state (nothing at all to another department) ...
      const shown = await flow(person()).status(await articleIn(state));
      const offered = shown.status === 200 ? (shown.body.data.allowedActions as Record<PanelAction, boolean>) : null;
      if (!offered) expect(shown.status).toBe(404);

      for (const action of PANEL_ACTIONS) {
        // ... when they take each action on a fresh article in that state ...
        const documentId = await articleIn(state);
        const response = await attempt(person(), action, documentId, state);
        // ... then an offered action succeeds, and any other is refused, or is a no-op (publishing
        // what is already live, taking down what never was), with nothing changed either way.
        if (offered?.[action]) {
          expect({ action, status: response.status }).toEqual({ action, status: 200 });
        } else {
          const noOp =
            response.status === 200 &&
            ((action === 'publish' && state === 'published') || (action === 'unpublish' && state !== 'published'));
          expect({ action, refused: (response.status >= 400 && response.status < 500) || noOp }).toEqual({
            action,
            refused: true,
          });
          expect({ action, state: await stateOf(documentId), live: await isLive(documentId) }).toEqual({
            action,
            state,
            live: state === 'published',
          });
        }
      }
    });
  });

  describe('the queue of submissions waiting for approval', () => {
    it('is answered a page at a time, oldest first, with the pagination', async () => {
      const before = (await flow(headA).queue().expect(200)).body as QueueAnswer;
      const ids = [
        await articleIn('submitted', 'Chờ 1'),
        await articleIn('submitted', 'Chờ 2'),
        await articleIn('submitted', 'Chờ 3'),
      ];
      const total = before.meta.pagination.total + 3;

      const first = (await flow(headA).queue().expect(200)).body as QueueAnswer;
      expect(first.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: Math.ceil(total / 25), total });
      expect(first.data).toHaveLength(Math.min(total, 25));

      // The last three pages of one are the three newest submissions, in the order they came.
      const page = async (number: number) =>
        (await app.http().get(`/approval/queue?page=${number}&pageSize=1`).set('Authorization', headA.auth).expect(200))
          .body as QueueAnswer;
      const last = [await page(total - 2), await page(total - 1), await page(total)];
      expect(last.map((answer) => answer.data.map((item) => item.documentId))).toEqual(ids.map((id) => [id]));
      expect(last[2].meta.pagination).toEqual({ page: total, pageSize: 1, pageCount: total, total });
      expect(last[2].data[0]).toEqual({
        uid: UID.article,
        documentId: ids[2],
        title: 'Chờ 3',
        department: 'Ban Dân vận Tỉnh ủy',
        submittedBy: 'Biên tập A',
        submittedAt: expect.any(String),
      });
      expect((await page(total + 1)).data).toEqual([]);
    });

    it.each(['page=0', 'page=abc', 'pageSize=0', 'pageSize=1000', 'page=1.5', 'page=1&page=2'])(
      'refuses ?%s (400)',
      async (query) => {
        const response = await app.http().get(`/approval/queue?${query}`).set('Authorization', headA.auth).expect(400);
        expect(response.body.error.message).toMatch(/must be a whole number from 1 to/);
      }
    );

    it('takes the same number of queries however many submissions wait', async () => {
      const queries = async () => {
        let count = 0;
        const listener = () => (count += 1);
        app.strapi.db.connection.client.on('query', listener);
        try {
          await flow(superAdmin).queue().expect(200);
        } finally {
          app.strapi.db.connection.client.removeListener('query', listener);
        }
        return count;
      };
      await articleIn('submitted');
      const few = await queries();
      expect(few).toBeGreaterThan(0);
      for (let i = 0; i < 5; i += 1) await articleIn('submitted');
      expect(await queries()).toBe(few);
    });
  });
});
