import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { redis } from '../../../../../shared';
import { getConfig } from '../config';
import { getService } from '../utils';

export interface CachedResponse {
  status: number;
  type: string;
  /** Encoded once when rendered: a hit sends these bytes as they are. */
  body: Buffer;
  etag: string;
}

interface Entry {
  response: CachedResponse;
  /** Date.now() after which the entry is rendered again. */
  expires: number;
}

/**
 * Rendered responses of the delivery API, kept in memory and served with an ETag.
 *
 * - Any content change a response could include clears the whole cache (see
 *   middlewares/invalidate): clearing everything is cheap and never serves stale content.
 * - With a Redis URL, the clearing is published on a channel, so every instance clears too.
 * - Concurrent misses for one key compute once; a result computed across a clear is not kept.
 * - At most `maxEntries` responses, the least recently used going first. A response that shows
 *   view counts (`expires`) is kept at most `ttl` seconds: those change without any content write.
 */
const cache = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getConfig(strapi);
  const entries = new Map<string, Entry>();
  const inflight = new Map<string, Promise<CachedResponse>>();
  const instance = crypto.randomUUID();
  let generation = 0;
  let publisher: Redis | null = null;
  let subscriber: Redis | null = null;

  const clearLocal = () => {
    generation += 1;
    entries.clear();
    inflight.clear();
    getService(strapi, 'sections').forget();
  };

  const service = {
    /** The cached response for `key`, or the one `render` produces (kept for next time). */
    async get(
      key: string,
      render: () => Promise<{ status?: number; type?: string; body: string; expires?: boolean }>,
      { bypass = false } = {}
    ): Promise<CachedResponse> {
      const { enabled, maxEntries, ttl } = config().cache;
      const cached = enabled && !bypass ? entries.get(key) : undefined;
      if (cached && cached.expires > Date.now()) {
        // Refresh its place in the LRU order.
        entries.delete(key);
        entries.set(key, cached);
        return cached.response;
      }
      if (cached) entries.delete(key);
      if (enabled && !bypass && inflight.has(key)) return inflight.get(key)!;

      const started = generation;
      const compute = (async () => {
        const { status = 200, type = 'application/json; charset=utf-8', body: text, expires = false } = await render();
        const body = Buffer.from(text, 'utf8');
        const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
        const response = { status, type, body, etag };
        if (enabled && !bypass && started === generation) {
          entries.set(key, { response, expires: expires ? Date.now() + ttl * 1000 : Infinity });
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
        }
        return response;
      })();
      if (enabled && !bypass) {
        inflight.set(key, compute);
        compute.finally(() => inflight.get(key) === compute && inflight.delete(key)).catch(() => {});
      }
      return compute;
    },

    /** Clears this instance's cache and tells the other instances to clear theirs. */
    async invalidate(): Promise<void> {
      clearLocal();
      if (publisher) {
        await publisher
          .publish(config().redisChannel, instance)
          .catch((error: Error) => strapi.log.warn(`[portal] cache invalidation not published: ${error.message}`));
      }
    },

    /** How many responses are kept (for tests and diagnostics). */
    size(): number {
      return entries.size;
    },

    /** Connects to Redis when configured (REDIS_URL): other instances' invalidations then clear this cache too. */
    async connect(): Promise<void> {
      const connections = redis(strapi);
      publisher = connections.acquire();
      subscriber = connections.subscriber();
      if (!subscriber) return;
      subscriber.on('message', (_channel: string, from: string) => {
        if (from !== instance) clearLocal();
      });
      await subscriber.subscribe(config().redisChannel);
    },

    /** Lets go of the Redis connections, if any (at shutdown). */
    async disconnect(): Promise<void> {
      const connections = redis(strapi);
      await Promise.all([publisher && connections.release(), connections.close(subscriber)]);
      publisher = subscriber = null;
    },
  };

  return service;
};

export default cache;
