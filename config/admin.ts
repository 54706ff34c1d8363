import type { Core } from '@strapi/strapi';
import { secret } from '../src/utils/env-file';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Whether the admin's cookies (the `strapi_admin_refresh` token, and the `strapi::session`
 * cookie in config/middlewares.ts) carry `Secure`. Written once here; both places read it.
 *
 * - `ADMIN_COOKIE_SECURE=true|false`: as set.
 * - Otherwise `true` behind a TLS-terminating proxy (`IS_PROXIED=true` with an https
 *   `PUBLIC_URL`): Strapi's own default is Secure only with NODE_ENV=production and a request
 *   the proxy marked https (`X-Forwarded-Proto`), so a staging instance, or one request without
 *   the header, would get the refresh token without it.
 * - Otherwise `undefined`: Strapi's own default stays.
 *
 * With `true`, koa refuses to set the cookie on a request it does not see as https: an admin
 * reached over plain http (not through the proxy) cannot sign in, rather than leaking the token.
 */
export const adminCookieSecure = (env: Env): boolean | undefined => {
  const override = env('ADMIN_COOKIE_SECURE', '').trim().toLowerCase();
  if (override === 'true') return true;
  if (override === 'false') return false;
  if (override !== '') {
    throw new Error(`ADMIN_COOKIE_SECURE must be true or false (or unset); got "${env('ADMIN_COOKIE_SECURE', '')}".`);
  }
  const behindTls = env.bool('IS_PROXIED', false) && /^https:\/\//i.test(env('PUBLIC_URL', '').trim());
  return behindTls ? true : undefined;
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: secret('ADMIN_JWT_SECRET'),
    // Strapi 5.54 reads admin.auth.cookie.secure; undefined leaves its default.
    cookie: { secure: adminCookieSecure(env) },
  },
  apiToken: {
    salt: secret('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: secret('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: secret('ENCRYPTION_KEY'),
  },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});

export default config;
