import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { z } from 'zod';
import { readSetting, setting } from './config';

/**
 * REDIS_URL, the one setting of every Redis connection: a redis:// or rediss:// URL, or unset
 * (null: one instance alone, nothing shared). No plugin setting repeats it.
 */
export const redisUrlSetting = setting(
  z
    .string()
    .regex(/^rediss?:\/\//)
    .nullable(),
  'REDIS_URL',
  'a redis:// or rediss:// URL, or nothing'
);

/** The validated REDIS_URL of `environment`; throws a message naming the variable when it is wrong. */
export const redisUrlFrom = (environment: NodeJS.ProcessEnv = process.env): string | null =>
  readSetting(redisUrlSetting, environment);

/**
 * The Redis connections of one Strapi instance, configured once from REDIS_URL. Every plugin
 * that shares state between instances (the statistics, the delivery API's cache invalidation)
 * goes through here, so one setting, one set of options and one error log serve them all.
 */
export interface RedisProvider {
  /** The configured URL, or null without REDIS_URL. */
  readonly url: string | null;
  /**
   * The command connection every user shares, or null without REDIS_URL. Each user calls
   * `release()` once when it is done (at shutdown); the connection closes when the last one has.
   */
  acquire(): Redis | null;
  /** Lets go of the connection `acquire` gave. */
  release(): Promise<void>;
  /**
   * A connection of the caller's own, for SUBSCRIBE (a subscribed connection runs nothing else);
   * the caller closes it with `close`. Null without REDIS_URL.
   */
  subscriber(): Redis | null;
  /** Closes a connection cleanly (QUIT), or at once when Redis does not answer. */
  close(connection: Redis | null): Promise<void>;
}

/**
 * Commands wait for a reconnect (offline queue) but fail after two retries, so a request never
 * hangs on a Redis that is down: the caller answers 503 and the client keeps reconnecting.
 */
const OPTIONS = { maxRetriesPerRequest: 2, enableOfflineQueue: true } as const;

const providers = new WeakMap<Core.Strapi, RedisProvider>();

const create = (strapi: Core.Strapi): RedisProvider => {
  const url = redisUrlFrom();
  let shared: Redis | null = null;
  let users = 0;

  const connect = () => {
    const connection = new Redis(url as string, OPTIONS);
    // Logged, never thrown: ioredis reconnects by itself, and each command that fails says so to its caller.
    connection.on('error', (error: Error) => strapi.log.warn(`[redis] ${error.message}`));
    return connection;
  };

  const close = async (connection: Redis | null) => {
    await connection?.quit().catch(() => connection.disconnect());
  };

  return {
    url,
    acquire() {
      if (!url) return null;
      shared ??= connect();
      users += 1;
      return shared;
    },
    async release() {
      if (users === 0) return;
      users -= 1;
      if (users > 0) return;
      const closing = shared;
      shared = null;
      await close(closing);
    },
    subscriber() {
      return url ? connect() : null;
    },
    close,
  };
};

/**
 * The Redis connections of this Strapi instance. REDIS_URL is read and checked on first use, in
 * the bootstrap of the first plugin that shares state, so a wrong value stops the start.
 */
export const redis = (strapi: Core.Strapi): RedisProvider => {
  let provider = providers.get(strapi);
  if (!provider) {
    provider = create(strapi);
    providers.set(strapi, provider);
  }
  return provider;
};
