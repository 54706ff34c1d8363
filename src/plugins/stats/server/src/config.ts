import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { redisUrlSchema } from '../../../../shared';
import { PLUGIN_ID } from './constants';

/** A whole number from `min` to `max`; the message names the setting and its env variable, and says what it expects. */
const wholeNumber = (setting: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
  const error = (issue: { input?: unknown }) =>
    `stats.${setting} must be a whole number from ${min} to ${max}; got ${JSON.stringify(issue.input)}.`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

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
 * and what each accepts: a wrong value stops the start with a message naming its variable.
 */
export const configSchema = z.object({
  /** The same visitor counts once per article within this many minutes. */
  dedupMinutes: wholeNumber('dedupMinutes (STATS_DEDUP_MINUTES)', 0, 60 * 24 * 7).default(30),
  /** A visitor seen within this many minutes is "online". */
  onlineMinutes: wholeNumber('onlineMinutes (STATS_ONLINE_MINUTES)', 1, 24 * 60).default(5),
  /** Buffered views are written to the database this often (ms); a crash loses at most this much. */
  flushIntervalMs: wholeNumber('flushIntervalMs (STATS_FLUSH_INTERVAL_MS)', 50, 10 * 60 * 1000).default(2000),
  /** Views carried over from the old site, added to the site total. */
  legacyTotal: wholeNumber('legacyTotal (STATS_LEGACY_TOTAL)', 0).default(0),
  /**
   * Shared state (presence, dedup, pending views) for several instances; null: one instance
   * alone. The connection itself comes from src/shared/redis.ts, which reads the same REDIS_URL:
   * checked here too, so a wrong value stops the start before anything connects.
   */
  redisUrl: redisUrlSchema.default(null),
  /** Every Redis key starts with this. */
  redisPrefix: z
    .string({ error: 'stats.redisPrefix (STATS_REDIS_PREFIX) must be 1–100 letters, digits or _ : . -' })
    .regex(/^[\w:.-]{1,100}$/, {
      error: 'stats.redisPrefix (STATS_REDIS_PREFIX) must be 1–100 letters, digits or _ : . -',
    })
    .default('portal:stats:'),
  /** Secret mixed into visitor hashes, so a hash cannot be traced back to an IP or a cookie. */
  salt: z
    .string({
      error: 'stats.salt (STATS_SALT) must be a secret of at least 16 characters, e.g. `openssl rand -base64 32`.',
    })
    .min(16, {
      error: 'stats.salt (STATS_SALT) must be a secret of at least 16 characters, e.g. `openssl rand -base64 32`.',
    })
    .default(''),
  /** Most requests (views and presence pings) one visitor may make per window. */
  rateLimit: z
    .object({
      max: wholeNumber('rateLimit.max (STATS_RATE_LIMIT)', 1),
      windowSeconds: wholeNumber('rateLimit.windowSeconds (STATS_RATE_WINDOW_SECONDS)', 1, 3600),
    })
    .default({ max: 60, windowSeconds: 60 }),
  /** IANA time zone of "today", "this week", daily aggregates. */
  timeZone: z
    .string()
    .refine(isTimeZone, {
      error: (issue) =>
        `stats.timeZone (STATS_TIME_ZONE) must be an IANA time zone such as Asia/Ho_Chi_Minh; got ${JSON.stringify(issue.input)}.`,
    })
    .default('Asia/Ho_Chi_Minh'),
  /** Send the visitor cookie with `Secure` (behind HTTPS). */
  secureCookie: z.boolean({ error: 'stats.secureCookie (STATS_SECURE_COOKIE) must be true or false.' }).default(false),
});

export type StatsConfig = z.output<typeof configSchema>;

/** The plugin's settings, as the validator below accepted them at start-up. */
export const getConfig = (strapi: Core.Strapi): StatsConfig => strapi.config.get<StatsConfig>(`plugin::${PLUGIN_ID}`);

export default {
  // Defaults are not checked (zod takes them as they are): the empty salt fails the validator, so a site must set STATS_SALT.
  default: configSchema.parse({}),
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (!result.success) throw new Error([...new Set(result.error.issues.map((issue) => issue.message))].join('\n'));
  },
};
