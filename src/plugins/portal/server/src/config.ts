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
  };
  /** With a Redis URL, cache invalidations reach every instance (pub/sub). */
  redisUrl: string | null;
  /** Site name in feeds and the print view. */
  siteName: string;
}

const defaults: PortalConfig = {
  cache: { enabled: true, maxEntries: 2000, maxAge: 60, allowBypass: false },
  redisUrl: null,
  siteName: 'Cổng thông tin Ban Dân vận',
};

export default {
  default: defaults,
  validator(config: PortalConfig) {
    const { cache } = config;
    if (typeof cache?.enabled !== 'boolean' || typeof cache.allowBypass !== 'boolean') {
      throw new Error('portal.cache.enabled and portal.cache.allowBypass must be true or false.');
    }
    if (!Number.isInteger(cache.maxEntries) || cache.maxEntries < 1) throw new Error('portal.cache.maxEntries must be a whole number ≥ 1.');
    if (!Number.isInteger(cache.maxAge) || cache.maxAge < 0) throw new Error('portal.cache.maxAge must be a whole number of seconds ≥ 0.');
    if (config.redisUrl !== null && !/^rediss?:\/\//.test(String(config.redisUrl))) {
      throw new Error(`portal.redisUrl must be a redis:// or rediss:// URL; got ${JSON.stringify(config.redisUrl)}.`);
    }
  },
};
