import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface Ctx {
  method: string;
  path: string;
  secure: boolean;
}

/**
 * With Secure admin cookies (config/admin.ts: behind a TLS proxy, or ADMIN_COOKIE_SECURE=true),
 * the admin's API answers only over HTTPS. A sign-in that reaches the app over plain http (the
 * proxy bypassed) would otherwise fail inside koa, which will not set a Secure cookie there, with
 * a 500; here it gets a 403 that says where to sign in instead.
 */
const adminHttps = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const required = strapi.config.get('admin.auth.cookie.secure') === true;
  const where = strapi.config.get<string>('server.url');
  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (
      required &&
      !ctx.secure &&
      !['GET', 'HEAD', 'OPTIONS'].includes(ctx.method) &&
      /^\/admin(\/|$)/i.test(ctx.path)
    ) {
      throw new errors.PolicyError(
        `The admin is used over HTTPS only${where ? `: sign in at ${where.replace(/\/$/, '')}/admin` : ''}.`,
        {
          code: 'https-required',
        }
      );
    }
    return next();
  };
};

export default adminHttps;
