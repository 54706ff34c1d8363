export interface StatsConfig {
  /** The same visitor counts once per article within this many minutes. */
  dedupMinutes: number;
  /** A visitor seen within this many minutes is "online". */
  onlineMinutes: number;
  /** Buffered views are written to the database this often (ms); a crash loses at most this much. */
  flushIntervalMs: number;
  /** Views carried over from the old site, added to the site total. */
  legacyTotal: number;
  /** Shared state (presence, dedup, pending views) for several instances; null: one instance alone. */
  redisUrl: string | null;
  /** Every Redis key starts with this. */
  redisPrefix: string;
  /** Secret mixed into visitor hashes, so a hash cannot be traced back to an IP or a cookie. */
  salt: string;
  /** Most requests (views and presence pings) one visitor may make per window. */
  rateLimit: { max: number; windowSeconds: number };
  /** IANA time zone of "today", "this week", daily aggregates. */
  timeZone: string;
  /** Send the visitor cookie with `Secure` (behind HTTPS). */
  secureCookie: boolean;
}

const defaults: StatsConfig = {
  dedupMinutes: 30,
  onlineMinutes: 5,
  flushIntervalMs: 2000,
  legacyTotal: 0,
  redisUrl: null,
  redisPrefix: 'portal:stats:',
  salt: '',
  rateLimit: { max: 60, windowSeconds: 60 },
  timeZone: 'Asia/Ho_Chi_Minh',
  secureCookie: false,
};

const wholeNumber = (value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new Error(`stats.${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}.`);
  }
};

export default {
  default: defaults,
  validator(config: StatsConfig) {
    wholeNumber(config.dedupMinutes, 'dedupMinutes (STATS_DEDUP_MINUTES)', 0, 60 * 24 * 7);
    wholeNumber(config.onlineMinutes, 'onlineMinutes (STATS_ONLINE_MINUTES)', 1, 24 * 60);
    wholeNumber(config.flushIntervalMs, 'flushIntervalMs (STATS_FLUSH_INTERVAL_MS)', 50, 10 * 60 * 1000);
    wholeNumber(config.legacyTotal, 'legacyTotal (STATS_LEGACY_TOTAL)', 0);
    wholeNumber(config.rateLimit?.max, 'rateLimit.max (STATS_RATE_LIMIT)', 1);
    wholeNumber(config.rateLimit?.windowSeconds, 'rateLimit.windowSeconds (STATS_RATE_WINDOW_SECONDS)', 1, 3600);
    if (config.redisUrl !== null && !/^rediss?:\/\//.test(String(config.redisUrl))) {
      throw new Error(
        `stats.redisUrl (REDIS_URL) must be a redis:// or rediss:// URL; got ${JSON.stringify(config.redisUrl)}.`
      );
    }
    if (typeof config.redisPrefix !== 'string' || !/^[\w:.-]{1,100}$/.test(config.redisPrefix)) {
      throw new Error('stats.redisPrefix (STATS_REDIS_PREFIX) must be 1–100 letters, digits or _ : . -');
    }
    if (typeof config.salt !== 'string' || config.salt.length < 16) {
      throw new Error(
        'stats.salt (STATS_SALT) must be a secret of at least 16 characters, e.g. `openssl rand -base64 32`.'
      );
    }
    try {
      new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone });
    } catch {
      throw new Error(
        `stats.timeZone (STATS_TIME_ZONE) must be an IANA time zone such as Asia/Ho_Chi_Minh; got ${JSON.stringify(config.timeZone)}.`
      );
    }
    if (typeof config.secureCookie !== 'boolean')
      throw new Error('stats.secureCookie (STATS_SECURE_COOKIE) must be true or false.');
  },
};
