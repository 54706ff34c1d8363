import crypto from 'node:crypto';
import Redis from 'ioredis';
import {
  memoryState,
  type PendingRow,
  redisState,
  type SharedState,
} from '../../src/plugins/stats/server/src/services/shared';

/**
 * The statistics' shared state has two implementations: this process's memory (one instance
 * alone) and Redis with its Lua scripts (several instances). Whatever an instance sees must not
 * depend on which one runs, so both answer the same contract here. Needs Redis at 127.0.0.1:6379
 * or STATS_TEST_REDIS_URL.
 */
const REDIS_URL = process.env.STATS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Subject {
  state: SharedState;
  /** Closes the state and removes what it left behind. */
  dispose(): Promise<void>;
}

const inMemory = (): Promise<Subject> => {
  const state = memoryState();
  return Promise.resolve({ state, dispose: () => state.close() });
};

const inRedis = async (): Promise<Subject> => {
  const prefix = `test:${crypto.randomBytes(6).toString('hex')}:stats:`;
  const connection = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await connection.connect().catch((error: Error) => {
    throw new Error(
      `The shared-state contract needs Redis at ${REDIS_URL} (set STATS_TEST_REDIS_URL): ${error.message}`
    );
  });
  let released = false;
  const state = redisState(connection, prefix, () => {
    released = true;
    return Promise.resolve();
  });
  return {
    state,
    async dispose() {
      await state.close();
      expect(released).toBe(true);
      const keys = await connection.keys(`${prefix}*`);
      if (keys.length) await connection.del(...keys);
      await connection.quit();
    },
  };
};

/**
 * One view as counters.view makes it of each implementation: in memory a dedup claim (and the
 * new cookie's) then the buffer; in Redis the one script that does all of it.
 */
const countView = async (
  state: SharedState,
  visitor: string,
  documentId: string,
  { dedupMs = 60_000, alias = null as string | null, day = '2026-03-01' } = {}
): Promise<boolean> => {
  if (state.kind === 'redis') {
    const result = await state.view({
      visitor,
      alias,
      forget: null,
      memberId: null,
      bot: false,
      documentId,
      day,
      dedupMs,
      onlineMs: 60_000,
      rate: { max: 1000, windowMs: 60_000 },
    });
    return result.counted;
  }
  const counted = await state.claim(`${visitor}:${documentId}`, dedupMs);
  if (alias) await state.claim(`${alias}:${documentId}`, dedupMs);
  if (counted) await state.add([{ documentId, day, views: 1 }]);
  return counted;
};

const byKey = (rows: PendingRow[]) =>
  Object.fromEntries(rows.map(({ documentId, day, views }) => [`${documentId}|${day}`, views]));

describe.each([
  ['in memory', inMemory],
  ['in Redis', inRedis],
])('readership shared state %s', (_name, open) => {
  let subject: Subject;
  let state: SharedState;

  beforeEach(async () => {
    subject = await open();
    state = subject.state;
  });
  afterEach(async () => {
    await subject.dispose();
  });

  describe('rate limit', () => {
    it('allows `max` requests of one visitor per window, then refuses, and allows again in the next window', async () => {
      const results = [];
      for (let i = 0; i < 4; i += 1) results.push(await state.allow('visitor-a', 3, 300));
      expect(results).toEqual([true, true, true, false]);
      // Another visitor has a window of their own.
      expect(await state.allow('visitor-b', 3, 300)).toBe(true);
      await sleep(400);
      expect(await state.allow('visitor-a', 3, 300)).toBe(true);
    });
  });

  describe('presence', () => {
    it('counts each guest and member once, and a member never also as a guest', async () => {
      await state.touch('guest-1', null, 60_000, null);
      await state.touch('guest-1', null, 60_000, null);
      await state.touch('guest-2', null, 60_000, null);
      await state.touch('browser-m', 7, 60_000, null);
      await state.touch('browser-m', 7, 60_000, null);
      expect(await state.online(60_000)).toEqual({ guests: 2, members: 1 });

      // The member's browser, signed out within the window, is still that member.
      await state.touch('browser-m', null, 60_000, null);
      expect(await state.online(60_000)).toEqual({ guests: 2, members: 1 });
    });

    it('forgets the key a visitor had before their cookie arrived', async () => {
      await state.touch('ip-and-agent', null, 60_000, null);
      await state.touch('cookie', null, 60_000, 'ip-and-agent');
      expect(await state.online(60_000)).toEqual({ guests: 1, members: 0 });
    });

    it('counts only who was seen within the window', async () => {
      await state.touch('early', null, 60_000, null);
      await sleep(250);
      await state.touch('late', null, 60_000, null);
      expect(await state.online(200)).toEqual({ guests: 1, members: 0 });
      expect(await state.online(60_000)).toEqual({ guests: 1, members: 0 });
    });
  });

  describe('deduplication', () => {
    it('counts one visitor once per article within the window, and again after it', async () => {
      expect(await countView(state, 'v1', 'doc-a', { dedupMs: 300 })).toBe(true);
      expect(await countView(state, 'v1', 'doc-a', { dedupMs: 300 })).toBe(false);
      expect(await countView(state, 'v1', 'doc-b', { dedupMs: 300 })).toBe(true);
      expect(await countView(state, 'v2', 'doc-a', { dedupMs: 300 })).toBe(true);
      await sleep(400);
      expect(await countView(state, 'v1', 'doc-a', { dedupMs: 300 })).toBe(true);
      expect(await state.pendingFor(['doc-a', 'doc-b'])).toEqual(
        new Map([
          ['doc-a', 3],
          ['doc-b', 1],
        ])
      );
    });

    it('takes the cookie just issued for the same visitor', async () => {
      expect(await countView(state, 'ip-key', 'doc-a', { alias: 'cookie-key' })).toBe(true);
      expect(await countView(state, 'cookie-key', 'doc-a')).toBe(false);
    });

    it('counts every view when the window is 0', async () => {
      expect(await countView(state, 'v1', 'doc-a', { dedupMs: 0 })).toBe(true);
      expect(await countView(state, 'v1', 'doc-a', { dedupMs: 0 })).toBe(true);
      expect(await state.pendingFor(['doc-a'])).toEqual(new Map([['doc-a', 2]]));
    });
  });

  describe('buffer', () => {
    it('sums buffered views by article over every day, for the articles asked and for all', async () => {
      await state.add([
        { documentId: 'doc-a', day: '2026-03-01', views: 2 },
        { documentId: 'doc-a', day: '2026-03-02', views: 3 },
        { documentId: 'doc-b', day: '2026-03-02', views: 1 },
      ]);
      await state.add([{ documentId: 'doc-a', day: '2026-03-02', views: 1 }]);
      expect(await state.pendingFor(['doc-a', 'doc-c'])).toEqual(new Map([['doc-a', 6]]));
      expect(await state.pendingFor([])).toEqual(new Map());
      expect(await state.pendingAll()).toEqual(
        new Map([
          ['doc-a', 6],
          ['doc-b', 1],
        ])
      );
    });

    it('hands the whole buffer to one flush, by article and day, and starts an empty one', async () => {
      await state.add([
        { documentId: 'doc-a', day: '2026-03-01', views: 2 },
        { documentId: 'doc-a', day: '2026-03-02', views: 3 },
        { documentId: 'doc-b', day: '2026-03-02', views: 1 },
      ]);
      const taken = await state.take();
      await state.taken();
      expect(byKey(taken)).toEqual({ 'doc-a|2026-03-01': 2, 'doc-a|2026-03-02': 3, 'doc-b|2026-03-02': 1 });
      expect(taken).toHaveLength(3);
      expect(await state.pendingAll()).toEqual(new Map());
      expect(await state.take()).toEqual([]);
      await state.taken();

      await state.add([{ documentId: 'doc-b', day: '2026-03-03', views: 4 }]);
      expect(byKey(await state.take())).toEqual({ 'doc-b|2026-03-03': 4 });
      await state.taken();
    });

    it('keeps what a failed flush puts back for the next one', async () => {
      await state.add([{ documentId: 'doc-a', day: '2026-03-01', views: 2 }]);
      const taken = await state.take();
      await state.add([{ documentId: 'doc-a', day: '2026-03-01', views: 1 }]);
      await state.add(taken);
      await state.taken();
      expect(await state.pendingFor(['doc-a'])).toEqual(new Map([['doc-a', 3]]));
      expect(byKey(await state.take())).toEqual({ 'doc-a|2026-03-01': 3 });
      await state.taken();
    });

    it('never hands a view to two flushes that take at the same time', async () => {
      await state.add(
        Array.from({ length: 50 }, (_, i) => ({ documentId: `doc-${i % 5}`, day: '2026-03-01', views: 1 }))
      );
      const [first, second] = await Promise.all([state.take(), state.take()]);
      await state.taken();
      const total = [...first, ...second].reduce((sum, row) => sum + row.views, 0);
      expect(total).toBe(50);
      expect(Math.min(first.length, second.length)).toBe(0);
    });
  });
});
