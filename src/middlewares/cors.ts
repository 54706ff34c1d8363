import type { Core } from '@strapi/strapi';

/**
 * Cross-origin access (CORS) for the portal's public API, and for nothing else.
 *
 * Takes over from `strapi::cors`, which answered any origin with that origin and credentials,
 * the admin's routes included: a page on another site could read whatever the browser's cookies
 * opened. (`strapi::cors` stays in config/middlewares.ts, inert, only because Strapi will not start
 * without it.) Here only the public routes speak CORS at all, with credentials only to the
 * frontends in `CORS_ORIGINS`, and `*` opens nothing but credential-less reads.
 */

/** What `config/middlewares.ts` passes as `{ name: 'global::cors', config }`. */
export interface CorsConfig {
  /** `CORS_ORIGINS` as written (comma-separated), or already split; `*` for public reads. */
  origins?: string | readonly string[];
}

/** The parsed `CORS_ORIGINS`. */
export interface CorsPolicy {
  /** Frontends trusted with credentials, as browsers write them in `Origin` (scheme://host[:port]). */
  origins: ReadonlySet<string>;
  /** `*` was listed: any other origin may read public routes (GET/HEAD), without credentials. */
  anyOriginMayRead: boolean;
}

/** What to answer one cross-origin request with; `null` when it gets no CORS headers. */
export interface CorsGrant {
  allowOrigin: string;
  credentials: boolean;
  methods: readonly string[];
}

export class CorsConfigError extends Error {
  constructor(readonly entries: string[]) {
    super(
      `CORS_ORIGINS: ${entries.map((entry) => JSON.stringify(entry)).join(', ')} ` +
        `${entries.length > 1 ? 'are not origins' : 'is not an origin'}. Write each frontend as ` +
        'scheme://host[:port] (http or https, no path), separated by commas; `*` alone opens public reads to any site.'
    );
    this.name = 'CorsConfigError';
  }
}

const ALL_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
const READ_METHODS = ['GET', 'HEAD'] as const;
/** strapi::cors's own list; a frontend needs no more for the content API and GraphQL. */
const ALLOWED_HEADERS = 'Content-Type, Authorization, Origin, Accept';
/** A day: Firefox's cap (Chrome stops at two hours), so a removed origin is forgotten within it. */
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** An origin with nothing around it: a host with no `/`, `?`, `#`, `@`, `\` or `*` in it. */
const ORIGIN_SHAPE = /^https?:\/\/[^/?#@\\*\s]+\/?$/i;

/**
 * The serialised origin (lowercase scheme and host, no default port, no trailing slash) of an
 * `http(s)://host[:port]` string, or `null` when it is anything else (a path, credentials, `null`…).
 */
export const normaliseOrigin = (value: string): string | null => {
  const candidate = value.trim();
  if (!ORIGIN_SHAPE.test(candidate)) return null;
  try {
    // URL does the case, the default port and IDN hosts the way browsers write `Origin`.
    return new URL(candidate).origin;
  } catch {
    return null;
  }
};

/** The origin of an absolute http(s) URL such as `PUBLIC_URL`, or `undefined` (unset, relative). */
export const originOf = (url: string | undefined): string | undefined => {
  if (!url?.trim()) return undefined;
  try {
    const { protocol, origin } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Parses `CORS_ORIGINS`. Empty entries (a trailing comma) are skipped; any other entry that is
 * not an origin or `*` throws a CorsConfigError naming every such entry, so start-up stops.
 */
export const parseCorsOrigins = (value: string | readonly string[] | undefined): CorsPolicy => {
  const entries = (typeof value === 'string' ? value.split(',') : (value ?? []))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const origins = new Set<string>();
  const invalid: string[] = [];
  let anyOriginMayRead = false;
  for (const entry of entries) {
    if (entry === '*') {
      anyOriginMayRead = true;
      continue;
    }
    const origin = normaliseOrigin(entry);
    if (origin) origins.add(origin);
    else invalid.push(entry);
  }
  if (invalid.length > 0) throw new CorsConfigError(invalid);
  return { origins, anyOriginMayRead };
};

const PUBLIC_EXACT = new Set(['/api', '/graphql', '/rss.xml', '/sitemap.xml']);
const PUBLIC_PREFIXES = ['/api/', '/uploads/'];

/** Which public route family a (lowercase) path belongs to, or `null`. */
const publicFamily = (path: string): string | null =>
  PUBLIC_EXACT.has(path) ? path : (PUBLIC_PREFIXES.find((prefix) => path.startsWith(prefix)) ?? null);

/**
 * Whether a request path (koa's `ctx.path`: raw, not decoded) is one of the public routes:
 * `/api/*`, `/graphql`, `/uploads/*`, `/rss.xml`, `/sitemap.xml`.
 *
 * Decided on the path decoded, with repeated slashes collapsed and lowercased, and only when the
 * raw path already names the same route family: the router matches the raw path, so
 * `//api/…` or `/%61pi/…` is not the content API to it and must not be public here either.
 * Anything doubtful (undecodable, dot segments, backslashes, NUL) is not public.
 */
export const isPublicPath = (rawPath: string): boolean => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return false;
  }
  if (/[\\\0]/.test(decoded) || decoded.split('/').some((segment) => segment === '.' || segment === '..')) return false;
  const normalised = decoded.replace(/\/{2,}/g, '/').toLowerCase();
  const family = publicFamily(normalised);
  return family !== null && publicFamily(rawPath.toLowerCase()) === family;
};

/**
 * The CORS answer for a cross-origin request on a public route.
 * @param origin the request's `Origin` header
 * @param method the request's method, or for a preflight the method it asks for
 */
export const corsGrant = (policy: CorsPolicy, origin: string, method: string): CorsGrant | null => {
  // Exactly as browsers write it (lowercase, no default port, no trailing slash): the origin
  // echoed back must be byte for byte the one in the request, or the browser refuses it anyway.
  if (policy.origins.has(origin)) return { allowOrigin: origin, credentials: true, methods: ALL_METHODS };
  const isRead = (READ_METHODS as readonly string[]).includes(method.toUpperCase());
  if (policy.anyOriginMayRead && isRead) return { allowOrigin: '*', credentials: false, methods: READ_METHODS };
  return null;
};

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * Leaves on the response only this policy's CORS headers. Others set theirs too: strapi::cors
 * (which Strapi will not start without, see config/middlewares.ts) and the GraphQL plugin's own
 * @koa/cors, which answers every origin with `*` on /graphql.
 */
const applyGrant = (ctx: KoaContext, isPublic: boolean, grant: CorsGrant | null): void => {
  for (const header of Object.keys(ctx.response.headers)) {
    if (header.toLowerCase().startsWith('access-control-')) ctx.remove(header);
  }
  // The answer depends on Origin, and public answers are cacheable (the delivery API's ETag).
  if (isPublic) ctx.vary('Origin');
  if (!grant) return;
  ctx.set('Access-Control-Allow-Origin', grant.allowOrigin);
  if (grant.credentials) ctx.set('Access-Control-Allow-Credentials', 'true');
};

const cors: Core.MiddlewareFactory<CorsConfig> = (config) => {
  // Parsed once, at start-up: a bad CORS_ORIGINS stops the app rather than each request.
  const policy = parseCorsOrigins(config.origins);

  return async (ctx, next) => {
    const isPublic = isPublicPath(ctx.path);
    const origin = ctx.get('Origin');
    const preflightMethod = ctx.method === 'OPTIONS' ? ctx.get('Access-Control-Request-Method') : '';
    // The admin and everything not listed as public never get CORS headers, whoever asks.
    const grant = isPublic && origin ? corsGrant(policy, origin, preflightMethod || ctx.method) : null;

    if (grant && preflightMethod) {
      applyGrant(ctx, isPublic, grant);
      ctx.set('Access-Control-Allow-Methods', grant.methods.join(', '));
      ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      ctx.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      ctx.status = 204;
      return;
    }
    // A refused preflight goes on like any OPTIONS request, and is answered with no CORS headers.
    try {
      await next();
    } finally {
      // After the route, so that this decision is the last word (errors included: strapi::errors,
      // further out, keeps the headers when it writes the error body).
      applyGrant(ctx, isPublic, grant);
    }
  };
};

export default cors;
