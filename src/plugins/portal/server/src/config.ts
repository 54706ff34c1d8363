export interface PortalConfig {
  cache: {
    /** Keep rendered responses in memory; off means every request is computed. */
    enabled: boolean;
    /** Most responses kept (least recently used go first). */
    maxEntries: number;
    /** Cache-Control max-age sent to browsers and proxies, in seconds. */
    maxAge: number;
    /** Honour `x-portal-cache: bypass` (for benchmarks of the uncached path only). */
    allowBypass: boolean;
    /**
     * Seconds a rendered response that shows view counts is kept at most. Content writes clear
     * the cache at once; the time limit bounds how old figures that change without a write may be.
     */
    ttl: number;
  };
  /** With a Redis URL, cache invalidations reach every instance (pub/sub). */
  redisUrl: string | null;
  /** The Redis pub/sub channel of cache invalidations: instances of one site share it, other sites (or test runs) use their own. */
  redisChannel: string;
  /** Site name in feeds and the print view. */
  siteName: string;
  /** Search counts matches up to this many; beyond it the total is the limit with `totalIsExact: false`. */
  searchCountLimit: number;
}

const defaults: PortalConfig = {
  cache: { enabled: true, maxEntries: 2000, maxAge: 60, allowBypass: false, ttl: 30 },
  redisUrl: null,
  redisChannel: 'portal:cache:invalidate',
  siteName: 'Cổng thông tin Ban Dân vận',
  searchCountLimit: 1000,
};

export default {
  default: defaults,
  validator(config: PortalConfig) {
    const { cache } = config;
    if (typeof cache?.enabled !== 'boolean' || typeof cache.allowBypass !== 'boolean') {
      throw new Error('portal.cache.enabled and portal.cache.allowBypass must be true or false.');
    }
    if (!Number.isInteger(cache.maxEntries) || cache.maxEntries < 1)
      throw new Error('portal.cache.maxEntries must be a whole number ≥ 1.');
    if (!Number.isInteger(cache.maxAge) || cache.maxAge < 0)
      throw new Error('portal.cache.maxAge must be a whole number of seconds ≥ 0.');
    if (!Number.isInteger(cache.ttl) || cache.ttl < 1)
      throw new Error('portal.cache.ttl must be a whole number of seconds ≥ 1.');
    if (!Number.isInteger(config.searchCountLimit) || config.searchCountLimit < 1)
      throw new Error('portal.searchCountLimit must be a whole number ≥ 1.');
    if (typeof config.redisChannel !== 'string' || !config.redisChannel.trim())
      throw new Error('portal.redisChannel must be a non-empty channel name.');
    if (config.redisUrl !== null && !/^rediss?:\/\//.test(String(config.redisUrl))) {
      throw new Error(`portal.redisUrl must be a redis:// or rediss:// URL; got ${JSON.stringify(config.redisUrl)}.`);
    }
  },
};
