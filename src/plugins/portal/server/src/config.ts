import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pluginConfig, setting, validateSettings } from '../../../../shared';
import { PLUGIN_ID } from './constants';

/**
 * The portal's settings, validated once at start-up. Each carries the environment variable
 * config/plugins.ts reads it from and what it expects (src/shared/config.ts), so a bad value
 * stops the start with a message that names the variable to fix.
 */
const portalConfigSchema = z.object({
  cache: z
    .object({
      /** Keep rendered responses in memory; off means every request is computed. */
      enabled: setting(z.boolean(), 'PORTAL_CACHE', 'true or false').default(true),
      /** Most responses kept (least recently used go first). */
      maxEntries: setting(z.int().min(1), 'PORTAL_CACHE_ENTRIES', 'a whole number ≥ 1').default(2000),
      /** Cache-Control max-age sent to browsers and proxies, in seconds. */
      maxAge: setting(z.int().min(0), 'PORTAL_CACHE_MAX_AGE', 'a whole number of seconds ≥ 0').default(60),
      /** Honour `x-portal-cache: bypass` (for benchmarks of the uncached path only). */
      allowBypass: setting(z.boolean(), 'PORTAL_CACHE_ALLOW_BYPASS', 'true or false').default(false),
      /**
       * Seconds a rendered response that shows view counts is kept at most. Content writes clear
       * the cache at once; the time limit bounds how old figures that change without a write may be.
       */
      ttl: setting(z.int().min(1), 'PORTAL_CACHE_TTL', 'a whole number of seconds ≥ 1').default(30),
    })
    .prefault({}),
  /**
   * The Redis pub/sub channel of cache invalidations, when REDIS_URL connects the instances
   * (src/shared/redis.ts): instances of one site share it, other sites (or test runs) use their own.
   */
  redisChannel: setting(z.string().trim().min(1), 'PORTAL_CACHE_CHANNEL', 'a non-empty channel name').default(
    'portal:cache:invalidate'
  ),
  /** Site name in feeds and the print view. */
  siteName: setting(z.string(), 'SITE_NAME', 'text').default('Cổng thông tin Ban Dân vận'),
  /** Search counts matches up to this many; beyond it the total is the limit with `totalIsExact: false`. */
  searchCountLimit: setting(z.int().min(1), 'PORTAL_SEARCH_COUNT_LIMIT', 'a whole number ≥ 1').default(1000),
});

export type PortalConfig = z.output<typeof portalConfigSchema>;

/** Throws an Error that names each wrong setting, its environment variable, what it expects and what it got. */
export const validateConfig = (config: unknown): PortalConfig =>
  validateSettings(PLUGIN_ID, portalConfigSchema, config);

/** The portal's validated settings, as they are now (tests change some at run time). */
export const getConfig = (strapi: Core.Strapi): PortalConfig => strapi.config.get<PortalConfig>(`plugin::${PLUGIN_ID}`);

export default pluginConfig(PLUGIN_ID, portalConfigSchema);
