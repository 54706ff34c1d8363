import crypto from 'node:crypto';
import type Redis from 'ioredis';

/** Views waiting to be written: so many views of one article on one day. */
export interface PendingRow {
  documentId: string;
  day: string;
  views: number;
}

export interface Online {
  guests: number;
  members: number;
}

/**
 * The state that must be the same on every instance: deduplication marks, rate-limit counts,
 * presence and the views not yet written to the database. Kept in this process's memory when
 * there is no Redis (one instance alone), in Redis otherwise.
 */
interface StateBase {
  /** Counts one request of `visitor`; false when it went over `max` in the current window. */
  allow(visitor: string, max: number, windowMs: number): Promise<boolean>;
  /**
   * Marks `visitor` as seen now, as a member when `memberId` is set (a member is never also a
   * guest). `forget` is another key the same person was seen under (before their cookie arrived).
   */
  touch(visitor: string, memberId: number | null, windowMs: number, forget: string | null): Promise<void>;
  /** Distinct guests and members seen within `windowMs`. */
  online(windowMs: number): Promise<Online>;
  /**
   * Adds views to the buffer. On Redis, views arrive through `view`: the only ones added here are
   * those a failed flush puts back, which running totals already count, so totals stay as they are.
   */
  add(rows: PendingRow[]): Promise<void>;
  /** Buffered views of these articles (all days). */
  pendingFor(documentIds: string[]): Promise<Map<string, number>>;
  /** Buffered views of every article (all days). */
  pendingAll(): Promise<Map<string, number>>;
  /** Takes the whole buffer out, atomically: what it returns is no longer pending anywhere. */
  take(): Promise<PendingRow[]>;
  /** The flush that took the buffer has committed it (or put it back). */
  taken(): Promise<void>;
  close(): Promise<void>;
}

/** One instance alone: a view is a claim, then `add` (see counters.view). */
export interface MemoryState extends StateBase {
  readonly kind: 'memory';
  /** True the first time `key` is claimed within `ttlMs` (then false until it expires). */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** Several instances: a view is one script call that also keeps the article's running total. */
export interface RedisState extends StateBase {
  readonly kind: 'redis';
  /**
   * A whole view in one round trip (rate limit, presence, dedup, buffer) and the article's
   * running total when Redis knows it (null: ask the database, then `learnTotal`).
   */
  view(input: ViewInput): Promise<ViewResult>;
  /** Teaches Redis an article's total read from the database, unless a flush raced the read. */
  learnTotal(documentId: string, read: () => Promise<number>): Promise<number | null>;
}

export type SharedState = MemoryState | RedisState;

export interface ViewInput {
  visitor: string;
  alias: string | null;
  forget: string | null;
  memberId: number | null;
  bot: boolean;
  documentId: string;
  day: string;
  dedupMs: number;
  onlineMs: number;
  rate: { max: number; windowMs: number };
}

export interface ViewResult {
  /** False: over the visitor's rate limit (nothing else was done). */
  allowed: boolean;
  counted: boolean;
  /** The article's running total, or null when Redis does not know it yet. */
  total: number | null;
}

const pendingKey = (documentId: string, day: string) => `${documentId}|${day}`;
const parsePendingKey = (key: string, views: number): PendingRow => {
  const at = key.lastIndexOf('|');
  return { documentId: key.slice(0, at), day: key.slice(at + 1), views };
};

/** The interface answers asynchronously (Redis answers later); in memory the answer is there at once. */
const answered =
  <Args extends unknown[], Result>(fn: (...args: Args) => Result) =>
  (...args: Args): Promise<Result> =>
    new Promise((resolve) => resolve(fn(...args)));

/** One instance alone: everything in this process. */
export const memoryState = (): MemoryState => {
  const claims = new Map<string, number>();
  const windows = new Map<string, { count: number; resetAt: number }>();
  const guests = new Map<string, number>();
  const members = new Map<number, number>();
  const memberOf = new Map<string, { memberId: number; seen: number }>();
  let pending = new Map<string, number>();

  // Expired entries go every minute, so memory stays bounded by the traffic of a few windows.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, expires] of claims) if (expires <= now) claims.delete(key);
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
  }, 60_000);
  sweep.unref();

  const prune = <K>(map: Map<K, number>, since: number) => {
    for (const [key, seen] of map) if (seen < since) map.delete(key);
  };

  return {
    kind: 'memory',
    claim: answered((key, ttlMs) => {
      const now = Date.now();
      const expires = claims.get(key);
      if (expires !== undefined && expires > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    }),
    allow: answered((visitor, max, windowMs) => {
      const now = Date.now();
      const window = windows.get(visitor);
      if (!window || window.resetAt <= now) {
        windows.set(visitor, { count: 1, resetAt: now + windowMs });
        return true;
      }
      window.count += 1;
      return window.count <= max;
    }),
    touch: answered((visitor, memberId, windowMs, forget) => {
      const now = Date.now();
      if (forget) guests.delete(forget);
      if (memberId !== null) {
        members.set(memberId, now);
        memberOf.set(visitor, { memberId, seen: now });
        guests.delete(visitor);
        return;
      }
      const member = memberOf.get(visitor);
      // Seen signed in within the window: still that member, not a second person as a guest.
      if (member && member.seen >= now - windowMs) return;
      memberOf.delete(visitor);
      guests.set(visitor, now);
    }),
    online: answered((windowMs) => {
      const since = Date.now() - windowMs;
      prune(guests, since);
      prune(members, since);
      for (const [visitor, { seen }] of memberOf) if (seen < since) memberOf.delete(visitor);
      return { guests: guests.size, members: members.size };
    }),
    add: answered((rows) => {
      for (const { documentId, day, views } of rows) {
        const key = pendingKey(documentId, day);
        pending.set(key, (pending.get(key) ?? 0) + views);
      }
    }),
    pendingFor: answered((documentIds) => {
      const wanted = new Set(documentIds);
      const result = new Map<string, number>();
      for (const [key, views] of pending) {
        const { documentId } = parsePendingKey(key, views);
        if (wanted.has(documentId)) result.set(documentId, (result.get(documentId) ?? 0) + views);
      }
      return result;
    }),
    pendingAll: answered(() => {
      const result = new Map<string, number>();
      for (const [key, views] of pending) {
        const { documentId } = parsePendingKey(key, views);
        result.set(documentId, (result.get(documentId) ?? 0) + views);
      }
      return result;
    }),
    take: answered(() => {
      const taken = pending;
      pending = new Map();
      return [...taken].map(([key, views]) => parsePendingKey(key, views));
    }),
    taken: answered(() => {}),
    close: answered(() => {
      clearInterval(sweep);
    }),
  };
};

/**
 * Takes both pending hashes out in one step, so no view is taken twice or missed. While the
 * flush writes them, it is listed among the active flushes (until ARGV[2], in case it dies), and
 * the flush generation moves on: a database read racing a flush is never taught as a total.
 */
const TAKE = `
local rows = redis.call('HGETALL', KEYS[1])
if #rows == 0 then return rows end
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('INCR', KEYS[3])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
return rows`;

const TAKEN = `
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('INCR', KEYS[1])
return 1`;

/**
 * Running totals: an article's total lives in Redis once learnt (database + buffer, consistent),
 * and each counted view adds one. A flush only moves views from the buffer to the database, so it
 * leaves totals alone. A flush that died (its mark expired) may have lost views: totals are then
 * forgotten and learnt again from the database; so are all of them once a day.
 */
const EXPIRE_DEAD = `
if redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1]) > 0 then redis.call('DEL', KEYS[2]) end`;

const SNAPSHOT = `${EXPIRE_DEAD}
return {redis.call('GET', KEYS[3]) or '0', redis.call('ZCARD', KEYS[1])}`;

const LEARN = `${EXPIRE_DEAD}
if (redis.call('GET', KEYS[3]) or '0') ~= ARGV[2] or redis.call('ZCARD', KEYS[1]) > 0 then return false end
local pending = tonumber(redis.call('HGET', KEYS[4], ARGV[3]) or '0')
redis.call('HSETNX', KEYS[2], ARGV[3], tonumber(ARGV[4]) + pending)
if redis.call('PTTL', KEYS[2]) < 0 then redis.call('PEXPIRE', KEYS[2], 86400000) end
return redis.call('HGET', KEYS[2], ARGV[3])`;

/** Puts views back in the buffer (running totals already count them: see SharedState.add). */
const ADD = `
for i = 1, #ARGV, 3 do
  redis.call('HINCRBY', KEYS[1], ARGV[i] .. '|' .. ARGV[i + 1], ARGV[i + 2])
  redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[i + 2])
end
return 1`;

/**
 * A member seen on this visitor's browser within the window stays that member (never also a
 * guest). The sets expire when nobody has been seen for two windows.
 */
/** KEYS: rate counter. ARGV: window ms. Counts one request; the first starts the window. */
const RATE = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
`;

const TOUCH = `
local now = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
if ARGV[5] ~= '' then redis.call('ZREM', KEYS[1], ARGV[5]) end
if ARGV[1] ~= '' then
  redis.call('ZADD', KEYS[2], now, ARGV[1])
  redis.call('ZREM', KEYS[1], ARGV[4])
  redis.call('SET', KEYS[3], ARGV[1], 'PX', window)
  redis.call('PEXPIRE', KEYS[2], window * 2)
  return 1
end
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window * 2)
return 1`;

/**
 * Views in one round trip, as many as arrived together: for each, in arrival order, the rate
 * limit, presence, the dedup claim (and the new cookie's), the buffer and the running total.
 * One script over a batch does exactly what one script per view did, view after view (a script
 * runs atomically), but saves Redis and this process a call, a reply and the syscalls each.
 * KEYS: guests, members, pending by day, pending by article, totals; then for each view:
 *   rate, claim, alias claim, member-of.
 * ARGV: for each view, 12 values: max, window, dedup ms, member id or '', now, online ms,
 *   visitor, forget, document, day, bot, has alias.
 * Returns 3 values per view: allowed (0/1), counted (0/1), the running total or nil (false in
 * the table: a nil would end it).
 */
const VIEWS = `
local result = {}
for v = 0, (#ARGV / 12) - 1 do
  local a = v * 12
  local k = 5 + v * 4
  local count = redis.call('INCR', KEYS[k + 1])
  if count == 1 then redis.call('PEXPIRE', KEYS[k + 1], ARGV[a + 2]) end
  if count > tonumber(ARGV[a + 1]) then
    result[#result + 1] = 0; result[#result + 1] = 0; result[#result + 1] = false
  elseif ARGV[a + 11] == '1' then
    result[#result + 1] = 1; result[#result + 1] = 0; result[#result + 1] = redis.call('HGET', KEYS[5], ARGV[a + 9])
  else
    local now = tonumber(ARGV[a + 5])
    local online = tonumber(ARGV[a + 6])
    if ARGV[a + 8] ~= '' then redis.call('ZREM', KEYS[1], ARGV[a + 8]) end
    if ARGV[a + 4] ~= '' then
      redis.call('ZADD', KEYS[2], now, ARGV[a + 4])
      redis.call('ZREM', KEYS[1], ARGV[a + 7])
      redis.call('SET', KEYS[k + 4], ARGV[a + 4], 'PX', online)
      redis.call('PEXPIRE', KEYS[2], online * 2)
    elseif redis.call('EXISTS', KEYS[k + 4]) == 0 then
      redis.call('ZADD', KEYS[1], now, ARGV[a + 7])
      redis.call('PEXPIRE', KEYS[1], online * 2)
    end
    local ttl = tonumber(ARGV[a + 3])
    local counted = 0
    if ttl <= 0 or redis.call('SET', KEYS[k + 2], '1', 'PX', ttl, 'NX') then counted = 1 end
    if ARGV[a + 12] == '1' and ttl > 0 then redis.call('SET', KEYS[k + 3], '1', 'PX', ttl, 'NX') end
    if counted == 1 then
      redis.call('HINCRBY', KEYS[3], ARGV[a + 9] .. '|' .. ARGV[a + 10], 1)
      redis.call('HINCRBY', KEYS[4], ARGV[a + 9], 1)
      if redis.call('HEXISTS', KEYS[5], ARGV[a + 9]) == 1 then redis.call('HINCRBY', KEYS[5], ARGV[a + 9], 1) end
    end
    result[#result + 1] = 1; result[#result + 1] = counted; result[#result + 1] = redis.call('HGET', KEYS[5], ARGV[a + 9])
  end
end
return result`;

/**
 * Most views one script call carries. Enough to absorb a burst; small enough that one call
 * never holds Redis (which runs nothing else meanwhile) for long.
 */
const VIEW_BATCH_MAX = 100;

/** A flush not done within this long is taken for dead (its process crashed). */
const FLUSH_DEADLINE_MS = 5 * 60_000;

/**
 * Several instances: everything in Redis, under `prefix`, over `redis` (the instance's shared
 * connection, see src/shared/redis.ts); `release` lets go of it at close.
 */
export const redisState = (redis: Redis, prefix: string, release: () => Promise<void>): RedisState => {
  const key = {
    dedup: (name: string) => `${prefix}dedup:${name}`,
    rate: (visitor: string) => `${prefix}rate:${visitor}`,
    guests: `${prefix}online:guests`,
    members: `${prefix}online:members`,
    memberOf: (visitor: string) => `${prefix}online:visitor:${visitor}`,
    pending: `${prefix}pending:by-day`,
    pendingTotals: `${prefix}pending:by-article`,
    totals: `${prefix}totals`,
    generation: `${prefix}flush:generation`,
    flushing: `${prefix}flush:active`,
  };
  const instance = crypto.randomUUID();
  let flushId: string | null = null;

  // Scripts by their SHA1, so a view sends a few bytes rather than the script (sent once, on NOSCRIPT).
  const shas = new Map<string, string>();
  const run = async (script: string, keys: number, ...args: (string | number)[]): Promise<unknown> => {
    let sha = shas.get(script);
    if (!sha) {
      sha = crypto.createHash('sha1').update(script).digest('hex');
      shas.set(script, sha);
    }
    try {
      return await redis.evalsha(sha, keys, ...args);
    } catch (error) {
      if (!String((error as Error).message).includes('NOSCRIPT')) throw error;
      return redis.eval(script, keys, ...args);
    }
  };

  /*
   * Views are sent in batches: while one script call is on its way, the views that arrive wait,
   * and go together in the next call as soon as it returns. A view alone (a quiet site) goes at
   * once, so it waits for nothing; under load, one call carries many views, and Redis and this
   * process handle one request and one reply instead of one per view. Each view still gets its
   * own answer, exactly what a call of its own would have given (see VIEWS).
   */
  type Waiting = {
    input: ViewInput;
    now: number;
    resolve: (result: ViewResult) => void;
    reject: (error: unknown) => void;
  };
  let waiting: Waiting[] = [];
  let sending = false;
  const sendViews = () => {
    if (sending || !waiting.length) return;
    const batch = waiting.length > VIEW_BATCH_MAX ? waiting.splice(0, VIEW_BATCH_MAX) : waiting;
    if (batch === waiting) waiting = [];
    const keys = [key.guests, key.members, key.pending, key.pendingTotals, key.totals];
    const args: (string | number)[] = [];
    for (const { input, now } of batch) {
      keys.push(
        key.rate(input.visitor),
        key.dedup(`${input.visitor}:${input.documentId}`),
        key.dedup(`${input.alias ?? input.visitor}:${input.documentId}`),
        key.memberOf(input.visitor)
      );
      args.push(
        input.rate.max,
        input.rate.windowMs,
        input.dedupMs,
        input.memberId === null ? '' : String(input.memberId),
        now,
        input.onlineMs,
        input.visitor,
        input.forget ?? '',
        input.documentId,
        input.day,
        input.bot ? '1' : '0',
        input.alias ? '1' : '0'
      );
    }
    sending = true;
    run(VIEWS, keys.length, ...keys, ...args)
      .then((reply) => {
        const flat = reply as (number | string | null)[];
        batch.forEach(({ resolve }, i) => {
          const total = flat[i * 3 + 2];
          resolve({
            allowed: flat[i * 3] === 1,
            counted: flat[i * 3 + 1] === 1,
            total: total === null || total === undefined ? null : Number(total),
          });
        });
      })
      // Redis did not answer: every view of the batch fails, as each would have alone.
      .catch((error: unknown) => batch.forEach(({ reject }) => reject(error)))
      .finally(() => {
        sending = false;
        sendViews();
      });
  };

  const toMap = (flat: string[]) => {
    const result = new Map<string, number>();
    for (let i = 0; i < flat.length; i += 2) result.set(flat[i], Number(flat[i + 1]));
    return result;
  };

  return {
    kind: 'redis',
    async allow(visitor, max, windowMs) {
      // The window starts with the first request, in one atomic step (PEXPIRE … NX would need Redis 7).
      return Number(await run(RATE, 1, key.rate(visitor), windowMs)) <= max;
    },
    async touch(visitor, memberId, windowMs, forget) {
      await run(
        TOUCH,
        3,
        key.guests,
        key.members,
        key.memberOf(visitor),
        memberId === null ? '' : String(memberId),
        Date.now(),
        windowMs,
        visitor,
        forget ?? ''
      );
    },
    async online(windowMs) {
      const since = Date.now() - windowMs;
      const results = (await redis
        .multi()
        .zremrangebyscore(key.guests, '-inf', `(${since}`)
        .zremrangebyscore(key.members, '-inf', `(${since}`)
        .zcard(key.guests)
        .zcard(key.members)
        .exec()) as [Error | null, number][];
      return { guests: Number(results[2][1]), members: Number(results[3][1]) };
    },
    async add(rows) {
      if (!rows.length) return;
      await run(
        ADD,
        2,
        key.pending,
        key.pendingTotals,
        ...rows.flatMap(({ documentId, day, views }) => [documentId, day, views])
      );
    },
    async pendingFor(documentIds) {
      if (!documentIds.length) return new Map();
      const values = await redis.hmget(key.pendingTotals, ...documentIds);
      const result = new Map<string, number>();
      documentIds.forEach((documentId, i) => {
        if (values[i]) result.set(documentId, Number(values[i]));
      });
      return result;
    },
    async pendingAll() {
      return new Map(
        Object.entries(await redis.hgetall(key.pendingTotals)).map(([documentId, views]) => [documentId, Number(views)])
      );
    },
    async take() {
      flushId = `${instance}:${crypto.randomUUID()}`;
      const flat = (await run(
        TAKE,
        4,
        key.pending,
        key.pendingTotals,
        key.generation,
        key.flushing,
        flushId,
        Date.now() + FLUSH_DEADLINE_MS
      )) as string[];
      return [...toMap(flat)].map(([name, views]) => parsePendingKey(name, views));
    },
    async taken() {
      if (flushId) await run(TAKEN, 2, key.generation, key.flushing, flushId);
      flushId = null;
    },
    view(input) {
      return new Promise((resolve, reject) => {
        waiting.push({ input, now: Date.now(), resolve, reject });
        sendViews();
      });
    },
    async learnTotal(documentId, read) {
      const [generation, active] = (await run(SNAPSHOT, 3, key.flushing, key.totals, key.generation, Date.now())) as [
        string,
        number,
      ];
      if (Number(active) > 0) return null;
      const stored = await read();
      const learnt = (await run(
        LEARN,
        4,
        key.flushing,
        key.totals,
        key.generation,
        key.pendingTotals,
        Date.now(),
        generation,
        documentId,
        stored
      )) as string | null;
      return learnt === null ? null : Number(learnt);
    },
    async close() {
      await release();
    },
  };
};
