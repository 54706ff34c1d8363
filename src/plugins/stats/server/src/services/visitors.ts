import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isbot } from 'isbot';
import type { Context } from 'koa';
import { MEMBER_UID, VISITOR_COOKIE } from '../constants';
import { getConfig } from '../config';
import { getService } from '../utils';
import type { Online } from './shared';

/** Who made a request, as far as the statistics need to know. */
export interface Visitor {
  /** Salted hash of the visitor cookie, or of IP + user agent when the browser sent no cookie. */
  key: string;
  /** The hash of the cookie just issued: the next request comes with it and is the same visitor. */
  alias: string | null;
  /** With a cookie: the IP + user agent key this browser had before its cookie (forgotten in presence). */
  previous: string | null;
  /** A crawler, by its user agent: never counted. */
  bot: boolean;
  /** A signed-in member (users-permissions user id), or null for a guest. */
  memberId: number | null;
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{16,64}$/;
const COOKIE_MAX_AGE = 365 * 24 * 3600 * 1000;
const MEMBER_CACHE_MS = 60_000;

/**
 * Identifies visitors without keeping anything that points back to a person: only salted
 * hashes leave this service, never an IP address or the cookie itself.
 */
const visitors = ({ strapi }: { strapi: Core.Strapi }) => {
  const state = () => getService(strapi, 'runtime').state();
  const hash = (value: string) =>
    crypto.createHmac('sha256', getConfig(strapi).salt).update(value).digest('base64url').slice(0, 32);
  // Whether a member account still exists and is not blocked, for a minute: pings come often.
  const activeMembers = new Map<number, { active: boolean; until: number }>();

  const memberId = async (ctx: Context): Promise<number | null> => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return null;
    let id: number;
    try {
      const jwt = strapi
        .plugin('users-permissions')
        .service<{ verify(token: string): Promise<{ id?: unknown }> }>('jwt');
      id = Number((await jwt.verify(match[1])).id);
    } catch {
      // An expired or foreign token: the reader is still online, as a guest.
      return null;
    }
    if (!Number.isInteger(id) || id <= 0) return null;
    const cached = activeMembers.get(id);
    if (cached && cached.until > Date.now()) return cached.active ? id : null;
    const user = (await strapi.db.query(MEMBER_UID).findOne({ where: { id }, select: ['id', 'blocked'] })) as {
      blocked?: boolean;
    } | null;
    const active = Boolean(user && !user.blocked);
    activeMembers.set(id, { active, until: Date.now() + MEMBER_CACHE_MS });
    return active ? id : null;
  };

  return {
    /** Who sent this request; issues the visitor cookie when the browser has none. */
    async identify(ctx: Context): Promise<Visitor> {
      const agent = ctx.get('user-agent');
      const cookie = ctx.cookies.get(VISITOR_COOKIE);
      // IP + user agent, hashed: never stored raw.
      const byAgent = hash(`agent:${ctx.request.ip}|${agent}`);
      let key: string;
      let alias: string | null = null;
      let previous: string | null = null;
      if (cookie && COOKIE_VALUE.test(cookie)) {
        key = hash(`cookie:${cookie}`);
        previous = byAgent;
      } else {
        // No cookie (first visit, or cookies refused): the IP + user agent key, and a cookie for next time.
        key = byAgent;
        const issued = crypto.randomBytes(16).toString('base64url');
        ctx.cookies.set(VISITOR_COOKIE, issued, {
          httpOnly: true,
          sameSite: 'lax',
          secure: getConfig(strapi).secureCookie,
          maxAge: COOKIE_MAX_AGE,
          overwrite: true,
          signed: false,
        });
        alias = hash(`cookie:${issued}`);
      }
      return { key, alias, previous, bot: agent !== '' && isbot(agent), memberId: await memberId(ctx) };
    },

    /** Counts one request against the visitor's rate limit; false when over it. */
    async allow(visitor: Visitor): Promise<boolean> {
      const { rateLimit } = getConfig(strapi);
      return state().allow(visitor.key, rateLimit.max, rateLimit.windowSeconds * 1000);
    },

    /** Marks the visitor as online now (crawlers are nobody). */
    async touch(visitor: Visitor): Promise<void> {
      if (visitor.bot) return;
      const windowMs = getConfig(strapi).onlineMinutes * 60_000;
      await state().touch(visitor.key, visitor.memberId, windowMs, visitor.previous);
    },

    /** Distinct guests and members seen within the online window. */
    async online(): Promise<Online> {
      return state().online(getConfig(strapi).onlineMinutes * 60_000);
    },
  };
};

export default visitors;
