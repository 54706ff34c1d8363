import type { Core } from '@strapi/strapi';
import mediaConfig from '../src/plugins/media/server/src/config';
import { secret } from '../src/utils/env-file';

/*
 * The local plugins' settings come from the environment here and nowhere else; their defaults and
 * their validation live once, in each plugin's config.ts (a zod schema). A variable that is not set
 * passes `undefined`, and Strapi fills it in from the plugin's default.
 */

type Env = Core.Config.Shared.ConfigParams['env'];

/** An optional setting: undefined (the plugin's default) when unset or empty. */
const optional = (env: Env, name: string): string | undefined => env(name, '') || undefined;

/** The largest file accepted of each kind, in megabytes (the media plugin's config). */
const uploadLimits = (env: Env) => ({
  image: env.int('UPLOAD_MAX_IMAGE_MB'),
  document: env.int('UPLOAD_MAX_DOCUMENT_MB'),
  audio: env.int('UPLOAD_MAX_AUDIO_MB'),
  video: env.int('UPLOAD_MAX_VIDEO_MB'),
});

/** The request body limit for uploads (config/middlewares.ts): the largest of those limits. */
export const largestUploadBytes = (env: Env): number => {
  const limits = { ...mediaConfig.default.maxMegabytes };
  for (const [kind, value] of Object.entries(uploadLimits(env))) {
    if (Number.isInteger(value)) limits[kind as keyof typeof limits] = value as number;
  }
  return Math.max(...Object.values(limits)) * 1_000_000;
};

/** E-mail: printed to the log unless EMAIL_PROVIDER=nodemailer points it at an SMTP server. */
const email = ({ env }: Core.Config.Shared.ConfigParams) => {
  const settings = {
    defaultFrom: env('EMAIL_FROM', 'Cổng thông tin Ban Dân vận <no-reply@danvan.local>'),
    defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@danvan.local')),
  };
  if (env('EMAIL_PROVIDER', 'console') === 'nodemailer') {
    return {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USERNAME', '') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } } : {}),
      },
      settings,
    };
  }
  return { provider: 'strapi-provider-email-console', settings };
};

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  email: { config: email({ env }) },
  upload: {
    config: {
      // The media plugin judges every file by its bytes, after this check of the upload plugin's
      // controllers (by name and declared type); an empty list says so, and keeps Strapi from
      // warning at each upload that nothing is configured.
      security: { deniedTypes: [] },
    },
  },
  portal: {
    enabled: true,
    resolve: './src/plugins/portal',
    config: {
      cache: {
        enabled: env.bool('PORTAL_CACHE'),
        maxEntries: env.int('PORTAL_CACHE_ENTRIES'),
        maxAge: env.int('PORTAL_CACHE_MAX_AGE'),
        // Lets a benchmark measure the uncached path with `x-portal-cache: bypass`; off for the public.
        allowBypass: env.bool('PORTAL_CACHE_ALLOW_BYPASS'),
        // Seconds a response is kept even without content changes (readership figures move on their own).
        ttl: env.int('PORTAL_CACHE_TTL'),
      },
      // REDIS_URL is read once, by src/shared/redis.ts. Instances of one site share the channel; another site on the
      // same Redis picks its own.
      redisChannel: optional(env, 'PORTAL_CACHE_CHANNEL'),
      siteName: env('SITE_NAME'),
      // Search counts up to this many matches; a commoner word reports "more than" the limit.
      searchCountLimit: env.int('PORTAL_SEARCH_COUNT_LIMIT'),
    },
  },
  // Old sites brought over: the Joomla importer (`npm run import:joomla`) and the 301s of their addresses.
  legacy: { enabled: true, resolve: './src/plugins/legacy' },
  // The reference reader page (public/index.html) at `/` and at its deep links.
  reader: { enabled: true, resolve: './src/plugins/reader' },
  stats: {
    enabled: true,
    resolve: './src/plugins/stats',
    config: {
      dedupMinutes: env.int('STATS_DEDUP_MINUTES'),
      onlineMinutes: env.int('STATS_ONLINE_MINUTES'),
      flushIntervalMs: env.int('STATS_FLUSH_INTERVAL_MS'),
      legacyTotal: env.int('STATS_LEGACY_TOTAL'),
      redisPrefix: optional(env, 'STATS_REDIS_PREFIX'),
      salt: secret('STATS_SALT'),
      rateLimit: { max: env.int('STATS_RATE_LIMIT'), windowSeconds: env.int('STATS_RATE_WINDOW_SECONDS') },
      timeZone: optional(env, 'STATS_TIME_ZONE'),
      secureCookie: env.bool('STATS_SECURE_COOKIE'),
    },
  },
  // What may be uploaded (an allowlist checked by the bytes), size limits per kind, and the headers
  // that keep every file under /uploads from running (see README, "Security").
  media: {
    enabled: true,
    resolve: './src/plugins/media',
    config: {
      allowSvg: env.bool('UPLOAD_ALLOW_SVG'),
      maxMegabytes: uploadLimits(env),
      quarantineDir: optional(env, 'UPLOAD_QUARANTINE_DIR'),
    },
  },
  approval: {
    enabled: true,
    resolve: './src/plugins/approval',
    config: {
      separationOfDuties: env.bool('APPROVAL_SEPARATION_OF_DUTIES'),
      schedulerRule: optional(env, 'APPROVAL_SCHEDULER_RULE'),
      schedulerEnabled: env.bool('APPROVAL_SCHEDULER_ENABLED'),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The public reads over GraphQL too: keep queries shallow and lists short.
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      // Estimated cost of one operation (fields × list sizes), enforced by the portal plugin.
      complexityLimit: env.int('GRAPHQL_COMPLEXITY_LIMIT', 5000),
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV') !== 'production'),
      },
    },
  },
});

export default config;
