import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pluginConfig, setting } from '../../../../shared';
import { PLUGIN_ID } from './constants';

/** A whole number from `min` to `max`, read from `env`. */
const wholeNumber = (env: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  setting(z.int().min(min).max(max), env, `a whole number from ${min} to ${max}`);

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/**
 * The readership settings (config/plugins.ts reads them from the environment), their defaults
 * and what each accepts: a wrong value stops the start with a message naming its variable
 * (src/shared/config.ts).
 */
export const configSchema = z.object({
  /** The same visitor counts once per article within this many minutes. */
  dedupMinutes: wholeNumber('STATS_DEDUP_MINUTES', 0, 60 * 24 * 7).default(30),
  /** A visitor seen within this many minutes is "online". */
  onlineMinutes: wholeNumber('STATS_ONLINE_MINUTES', 1, 24 * 60).default(5),
  /** Buffered views are written to the database this often (ms); a crash loses at most this much. */
  flushIntervalMs: wholeNumber('STATS_FLUSH_INTERVAL_MS', 50, 10 * 60 * 1000).default(2000),
  /** Views carried over from the old site, added to the site total. */
  // Negative allowed: after an import, archived articles' hits count here but not in the old total.
  legacyTotal: setting(z.int(), 'STATS_LEGACY_TOTAL', 'a whole number (negative allowed)').default(0),
  /**
   * Every Redis key starts with this, when REDIS_URL shares the state (presence, dedup, pending
   * views) between instances; the connection comes from src/shared/redis.ts.
   */
  redisPrefix: setting(
    z.string().regex(/^[\w:.-]{1,100}$/),
    'STATS_REDIS_PREFIX',
    '1–100 letters, digits or _ : . -'
  ).default('portal:stats:'),
  /** Secret mixed into visitor hashes, so a hash cannot be traced back to an IP or a cookie. */
  salt: setting(
    z.string().min(16),
    'STATS_SALT',
    'a secret of at least 16 characters, e.g. `openssl rand -base64 32`',
    { secret: true }
  ).default(''),
  /** Most requests (views and presence pings) one visitor may make per window. */
  rateLimit: z
    .object({
      max: wholeNumber('STATS_RATE_LIMIT', 1).default(60),
      windowSeconds: wholeNumber('STATS_RATE_WINDOW_SECONDS', 1, 3600).default(60),
    })
    .prefault({}),
  /** IANA time zone of "today", "this week", daily aggregates. */
  timeZone: setting(
    z.string().refine(isTimeZone),
    'STATS_TIME_ZONE',
    'an IANA time zone such as Asia/Ho_Chi_Minh'
  ).default('Asia/Ho_Chi_Minh'),
  /** Send the visitor cookie with `Secure` (behind HTTPS). */
  secureCookie: setting(z.boolean(), 'STATS_SECURE_COOKIE', 'true or false').default(false),
});

export type StatsConfig = z.output<typeof configSchema>;

/** The plugin's settings, as the validator below accepted them at start-up. */
export const getConfig = (strapi: Core.Strapi): StatsConfig => strapi.config.get<StatsConfig>(`plugin::${PLUGIN_ID}`);

// Defaults are not checked (zod takes them as they are): the empty salt fails the validator, so a site must set STATS_SALT.
export default pluginConfig(PLUGIN_ID, configSchema);
