import type { Core } from '@strapi/strapi';
import { redis } from '../../../../../shared';
import { memoryState, redisState, type SharedState } from './shared';
import { getConfig } from '../config';

/**
 * Holds the shared state (memory or Redis, see shared.ts) for the life of the app: opened in
 * bootstrap, closed in destroy after the last flush.
 */
const runtime = ({ strapi }: { strapi: Core.Strapi }) => {
  let state: SharedState | null = null;
  return {
    /** Opens the shared state: Redis when REDIS_URL is set (src/shared/redis.ts), this process's memory otherwise. */
    open(): SharedState {
      const connections = redis(strapi);
      const connection = connections.acquire();
      state = connection
        ? redisState(connection, getConfig(strapi).redisPrefix, () => connections.release())
        : memoryState();
      return state;
    },
    /** Whether bootstrap opened the state (a command such as `strapi ts:generate-types` never does). */
    isOpen(): boolean {
      return state !== null;
    },
    /** The open shared state. */
    state(): SharedState {
      if (!state) throw new Error('The stats plugin has not started yet.');
      return state;
    },
    async close(): Promise<void> {
      await state?.close();
      state = null;
    },
  };
};

export default runtime;
