import type { Core } from '@strapi/strapi';
import { secretList } from '../src/utils/env-file';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Trust X-Forwarded-* (client address, scheme) only when a reverse proxy sets them.
  proxy: { koa: env.bool('IS_PROXIED', false) },
  app: {
    keys: secretList('APP_KEYS'),
  },
});

export default config;
