import type { Core } from '@strapi/strapi';
import { secret } from '../src/utils/env-file';

type Env = Core.Config.Shared.ConfigParams['env'];

/** The largest file accepted of each kind, in megabytes (the media plugin's config). */
const uploadLimits = (env: Env) => ({
  image: env.int('UPLOAD_MAX_IMAGE_MB', 20),
  document: env.int('UPLOAD_MAX_DOCUMENT_MB', 20),
  audio: env.int('UPLOAD_MAX_AUDIO_MB', 100),
  video: env.int('UPLOAD_MAX_VIDEO_MB', 200),
});

/** The request body limit for uploads (config/middlewares.ts): the largest of those limits. */
export const largestUploadBytes = (env: Env): number => Math.max(...Object.values(uploadLimits(env))) * 1_000_000;

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
        enabled: env.bool('PORTAL_CACHE', true),
        maxEntries: env.int('PORTAL_CACHE_ENTRIES', 2000),
        maxAge: env.int('PORTAL_CACHE_MAX_AGE', 60),
        // Lets a benchmark measure the uncached path with `x-portal-cache: bypass`; off for the public.
        allowBypass: env.bool('PORTAL_CACHE_ALLOW_BYPASS', false),
        // Seconds a response is kept even without content changes (readership figures move on their own).
        ttl: env.int('PORTAL_CACHE_TTL', 30),
      },
      redisUrl: env('REDIS_URL', '') || null,
      // Instances of one site share the channel; another site on the same Redis picks its own.
      redisChannel: env('PORTAL_CACHE_CHANNEL', 'portal:cache:invalidate'),
      siteName: env('SITE_NAME', 'Cổng thông tin Ban Dân vận'),
      // Search counts up to this many matches; a commoner word reports "more than" the limit.
      searchCountLimit: env.int('PORTAL_SEARCH_COUNT_LIMIT', 1000),
    },
  },
  // The reference reader page (public/index.html) at `/` and at its deep links.
  reader: { enabled: true, resolve: './src/plugins/reader' },
  stats: {
    enabled: true,
    resolve: './src/plugins/stats',
    config: {
      dedupMinutes: env.int('STATS_DEDUP_MINUTES', 30),
      onlineMinutes: env.int('STATS_ONLINE_MINUTES', 5),
      flushIntervalMs: env.int('STATS_FLUSH_INTERVAL_MS', 2000),
      legacyTotal: env.int('STATS_LEGACY_TOTAL', 0),
      redisUrl: env('REDIS_URL', '') || null,
      redisPrefix: env('STATS_REDIS_PREFIX', 'portal:stats:'),
      salt: secret('STATS_SALT'),
      rateLimit: { max: env.int('STATS_RATE_LIMIT', 60), windowSeconds: env.int('STATS_RATE_WINDOW_SECONDS', 60) },
      timeZone: env('STATS_TIME_ZONE', 'Asia/Ho_Chi_Minh'),
      secureCookie: env.bool('STATS_SECURE_COOKIE', false),
    },
  },
  // What may be uploaded (an allowlist checked by the bytes), size limits per kind, and the headers
  // that keep every file under /uploads from running (see README, "Security").
  media: {
    enabled: true,
    resolve: './src/plugins/media',
    config: {
      allowSvg: env.bool('UPLOAD_ALLOW_SVG', false),
      maxMegabytes: uploadLimits(env),
      quarantineDir: env('UPLOAD_QUARANTINE_DIR', 'private/quarantine'),
    },
  },
  approval: {
    enabled: true,
    resolve: './src/plugins/approval',
    config: {
      separationOfDuties: env.bool('APPROVAL_SEPARATION_OF_DUTIES', true),
      schedulerRule: env('APPROVAL_SCHEDULER_RULE', '*/30 * * * * *'),
      schedulerEnabled: env.bool('APPROVAL_SCHEDULER_ENABLED', true),
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
