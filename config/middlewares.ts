import type { Core } from '@strapi/strapi';
import { originOf, type CorsConfig } from '../src/middlewares/cors';
import { adminCookieSecure } from './admin';
import { largestUploadBytes } from './plugins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  // Unset or empty: the portal's own origin (PUBLIC_URL, i.e. server.url), else no foreign origin.
  const cors: CorsConfig = { origins: env('CORS_ORIGINS', '').trim() || originOf(env('PUBLIC_URL', '')) || '' };
  const secure = adminCookieSecure(env);
  return [
    'strapi::logger',
    'strapi::errors',
    // Strapi's own policy, plus the video players an article's body may embed (bodyHtml).
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'frame-src': [
              "'self'",
              'https://www.youtube.com',
              'https://www.youtube-nocookie.com',
              'https://player.vimeo.com',
            ],
          },
        },
      },
    },
    // Decides every CORS answer (src/middlewares/cors.ts). Placed before strapi::cors so that it
    // has the last word on what strapi::cors or a route (the GraphQL plugin's own) may have set.
    { name: 'global::cors', config: cors },
    // Strapi will not start without an entry of this name. With no origin listed, it grants no
    // request that carries an Origin; global::cors takes back what it adds to those without one.
    { name: 'strapi::cors', config: { origin: [] } },
    'strapi::poweredBy',
    'strapi::query',
    // Uploads as large as the largest file the media plugin accepts (UPLOAD_MAX_*_MB); it then
    // holds each file to the limit of its kind.
    { name: 'strapi::body', config: { formidable: { maxFileSize: largestUploadBytes(env) } } },
    // With Secure admin cookies, the admin's API over HTTPS only (a 403 rather than koa's 500).
    'global::admin-https',
    // The same Secure rule as the admin's refresh cookie; left out, koa-session keeps its default.
    secure === undefined ? 'strapi::session' : { name: 'strapi::session', config: { secure } },
    'strapi::favicon',
    // Headers that keep every file under /uploads from running; before strapi::public, so that it
    // also covers a file strapi::public serves for a path spelt differently.
    'plugin::media.serve-uploads',
    'strapi::public',
  ];
};

export default config;
