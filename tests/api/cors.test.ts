import type { Response } from 'supertest';
import { createSuperAdmin } from '../helpers/auth';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * Cross-origin access: which sites a browser lets read the portal's answers (src/middlewares/cors.ts),
 * and the admin cookies' Secure flag behind a TLS proxy (config/admin.ts).
 */

const FRONTEND = 'https://frontend.example.vn';
const LOCAL_FRONTEND = 'http://localhost:3000';
const FOREIGN = 'https://evil.example.com';

const PUBLIC_ROUTES = [
  '/api/articles',
  '/api/portal/home',
  '/api/auth/local',
  '/graphql',
  '/rss.xml',
  '/sitemap.xml',
  '/uploads/photo.jpg',
];
const ADMIN_ROUTES = [
  '/admin/login',
  '/admin/users/me',
  '/content-manager/collection-types/api::article.article',
  '/content-type-builder/content-types',
  '/upload',
  '/upload/files',
  '/i18n/locales',
  '/users-permissions/roles',
  '/approval/queue',
  '/stats/dashboard',
];
/** Raw paths that look public after some normalisation but that the router does not take for the public API. */
const PATH_TRICKS = [
  '//admin/login',
  '/ADMIN/login',
  '/api/../admin/login',
  '/api/%2e%2e/admin/login',
  '/api/.%2E/content-manager/collection-types/api::article.article',
  '/api%2f..%2fadmin/login',
  '/uploads/../admin/login',
  '/%61pi/../admin/login',
  '//api/articles',
  '/%61pi/articles',
  '/api%2Farticles',
  '/graphql/../approval/queue',
];

/** Sets environment variables for one suite; the returned function puts the previous values back. */
const setEnv = (vars: Record<string, string | undefined>): (() => void) => {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
};

const preflight = (app: TestApp, path: string, origin: string, method = 'GET') =>
  app
    .http()
    .options(path)
    .set('Origin', origin)
    .set('Access-Control-Request-Method', method)
    .set('Access-Control-Request-Headers', 'content-type,authorization');

/** Every `Access-Control-*` header of a response. */
const corsHeaders = (response: Response): Record<string, unknown> =>
  Object.fromEntries(Object.entries(response.headers).filter(([name]) => name.startsWith('access-control-')));

const varyNames = (response: Response): string[] =>
  String(response.headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());

/** The admin's own login, as the panel does it; the cookie jar is the response's Set-Cookie. */
const adminLogin = async (app: TestApp, headers: Record<string, string> = {}) =>
  app
    .http()
    .post('/admin/login')
    .set(headers)
    .send(await createSuperAdmin(app));

const refreshCookie = (response: Response): string | undefined => {
  const cookies = response.headers['set-cookie'] as unknown as string[] | undefined;
  return cookies?.find((cookie) => cookie.startsWith('strapi_admin_refresh='));
};

describe('CORS: listed frontends, on public routes only', () => {
  let app: TestApp;
  let restoreEnv: () => void;

  beforeAll(async () => {
    // A trailing slash and upper case in the list are how people write it; browsers send neither.
    restoreEnv = setEnv({
      CORS_ORIGINS: ` ${FRONTEND}, HTTP://LOCALHOST:3000/ `,
      PUBLIC_URL: undefined,
      IS_PROXIED: undefined,
    });
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    restoreEnv();
  });

  it.each(PUBLIC_ROUTES)(
    'answers a listed frontend’s preflight on %s with its origin and credentials',
    async (path) => {
      for (const origin of [FRONTEND, LOCAL_FRONTEND]) {
        const response = await preflight(app, path, origin, 'POST').expect(204);
        expect(response.headers['access-control-allow-origin']).toBe(origin);
        expect(response.headers['access-control-allow-credentials']).toBe('true');
        expect(varyNames(response)).toContain('origin');
        expect(response.headers['access-control-allow-methods']).toEqual(expect.stringContaining('DELETE'));
        for (const header of ['Content-Type', 'Authorization', 'Origin', 'Accept']) {
          expect(response.headers['access-control-allow-headers']).toContain(header);
        }
        expect(Number(response.headers['access-control-max-age'])).toBeGreaterThan(0);
      }
    }
  );

  it.each(PUBLIC_ROUTES)('gives no ACAO to a foreign site’s preflight on %s', async (path) => {
    const response = await preflight(app, path, FOREIGN, 'POST');
    expect(corsHeaders(response)).toEqual({});
    expect(response.status).toBeLessThan(500);
    const read = await preflight(app, path, FOREIGN, 'GET');
    expect(corsHeaders(read)).toEqual({});
  });

  it.each(ADMIN_ROUTES)('never speaks CORS on the admin route %s, not even to a listed frontend', async (path) => {
    for (const origin of [FRONTEND, FOREIGN]) {
      for (const method of ['GET', 'POST', 'DELETE']) {
        expect(corsHeaders(await preflight(app, path, origin, method))).toEqual({});
      }
      expect(corsHeaders(await app.http().get(path).set('Origin', origin))).toEqual({});
      expect(corsHeaders(await app.http().post(path).set('Origin', origin).send({}))).toEqual({});
    }
  });

  it('hands a listed frontend its answers, refusals included, and a foreign site nothing', async () => {
    const read = await app.http().get('/api/articles').set('Origin', FRONTEND).expect(200);
    expect(read.headers['access-control-allow-origin']).toBe(FRONTEND);
    expect(read.headers['access-control-allow-credentials']).toBe('true');
    expect(varyNames(read)).toContain('origin');

    // The frontend can read why a write was refused.
    const write = await app
      .http()
      .post('/api/articles')
      .set('Origin', FRONTEND)
      .send({ data: { title: 'x' } })
      .expect(403);
    expect(write.headers['access-control-allow-origin']).toBe(FRONTEND);

    const foreign = await app.http().get('/api/articles').set('Origin', FOREIGN).expect(200);
    expect(corsHeaders(foreign)).toEqual({});
    // A cache must not hand the foreign answer to the frontend, or the reverse.
    expect(varyNames(foreign)).toContain('origin');

    // The GraphQL plugin's own CORS (any origin, `*`) does not get the last word.
    const query = { query: '{ articles { title } }' };
    const graphql = await app.http().post('/graphql').set('Origin', FRONTEND).send(query).expect(200);
    expect(graphql.headers['access-control-allow-origin']).toBe(FRONTEND);
    expect(graphql.headers['access-control-allow-credentials']).toBe('true');
    const foreignGraphql = await app.http().post('/graphql').set('Origin', FOREIGN).send(query).expect(200);
    expect(corsHeaders(foreignGraphql)).toEqual({});
  });

  it('leaves requests with no Origin (servers, same-origin GETs) without CORS headers', async () => {
    expect(corsHeaders(await app.http().get('/api/articles').expect(200))).toEqual({});
    expect(
      corsHeaders(await app.http().post('/graphql').send({ query: '{ articles { title } }' }).expect(200))
    ).toEqual({});
    expect(corsHeaders(await app.http().get('/admin/users/me'))).toEqual({});
    expect(corsHeaders(await app.http().options('/api/articles').set('Access-Control-Request-Method', 'GET'))).toEqual(
      {}
    );
  });

  it('refuses lookalike origins', async () => {
    for (const origin of [
      `${FRONTEND}.evil.com`,
      'http://frontend.example.vn',
      `${FRONTEND}:8443`,
      'null',
      `${FRONTEND}/`,
      `${FRONTEND}@evil.com`,
    ]) {
      expect(corsHeaders(await preflight(app, '/api/articles', origin, 'POST'))).toEqual({});
      expect(corsHeaders(await app.http().get('/api/articles').set('Origin', origin))).toEqual({});
    }
  });

  it.each(PATH_TRICKS)('does not take %s for a public route', async (path) => {
    expect(corsHeaders(await preflight(app, path, FRONTEND, 'POST'))).toEqual({});
    expect(corsHeaders(await app.http().get(path).set('Origin', FRONTEND))).toEqual({});
    expect(corsHeaders(await app.http().post(path).set('Origin', FRONTEND).send({}))).toEqual({});
  });

  it('treats the public API’s path case as the router does', async () => {
    const response = await preflight(app, '/API/Articles', FRONTEND, 'GET').expect(204);
    expect(response.headers['access-control-allow-origin']).toBe(FRONTEND);
  });

  it('sets no Secure admin cookie when not behind a TLS proxy', async () => {
    const response = await adminLogin(app, { 'X-Forwarded-Proto': 'https' });
    expect(response.status).toBe(200);
    const cookie = refreshCookie(response);
    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/;\s*secure/i);
    // strapi::session keeps Strapi's own default there.
    expect(app.strapi.config.get('middlewares')).toContain('strapi::session');
  });
});

describe('CORS_ORIGINS=*: any site may read the public API, without credentials', () => {
  let app: TestApp;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = setEnv({ CORS_ORIGINS: '*', PUBLIC_URL: undefined, IS_PROXIED: undefined });
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    restoreEnv();
  });

  it.each(['/api/articles', '/api/portal/home', '/rss.xml'])(
    'answers a foreign GET on %s with * and no credentials',
    async (path) => {
      const response = await app.http().get(path).set('Origin', FOREIGN).expect(200);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(response.headers).not.toHaveProperty('access-control-allow-credentials');
    }
  );

  it.each(['GET', 'HEAD'])('answers a foreign preflight for %s with * and no credentials', async (method) => {
    const response = await preflight(app, '/api/articles', FOREIGN, method).expect(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers).not.toHaveProperty('access-control-allow-credentials');
    expect(response.headers['access-control-allow-methods']).not.toMatch(/POST|PUT|PATCH|DELETE/);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('gives a foreign preflight for %s no ACAO', async (method) => {
    for (const path of ['/api/articles', '/api/portal/home', '/api/auth/local', '/graphql']) {
      expect(corsHeaders(await preflight(app, path, FOREIGN, method))).toEqual({});
    }
    const write = await app
      .http()
      .post('/api/articles')
      .set('Origin', FOREIGN)
      .send({ data: { title: 'x' } });
    expect(corsHeaders(write)).toEqual({});
  });

  it.each(ADMIN_ROUTES)('still never speaks CORS on the admin route %s', async (path) => {
    expect(corsHeaders(await preflight(app, path, FOREIGN, 'GET'))).toEqual({});
    expect(corsHeaders(await app.http().get(path).set('Origin', FOREIGN))).toEqual({});
  });

  it.each(PATH_TRICKS)('does not take %s for a public route', async (path) => {
    expect(corsHeaders(await preflight(app, path, FOREIGN, 'GET'))).toEqual({});
    expect(corsHeaders(await app.http().get(path).set('Origin', FOREIGN))).toEqual({});
  });
});

describe('behind a TLS proxy (IS_PROXIED=true, https PUBLIC_URL)', () => {
  let app: TestApp;
  let restoreEnv: () => void;
  const PORTAL = 'https://portal.example.vn';

  beforeAll(async () => {
    restoreEnv = setEnv({
      CORS_ORIGINS: undefined,
      PUBLIC_URL: `${PORTAL}/`,
      IS_PROXIED: 'true',
      ADMIN_COOKIE_SECURE: undefined,
    });
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    restoreEnv();
  });

  it('marks the admin refresh cookie Secure', async () => {
    const response = await adminLogin(app, { 'X-Forwarded-Proto': 'https' });
    expect(response.status).toBe(200);
    expect(refreshCookie(response)).toMatch(/;\s*secure/i);
  });

  it('gives the strapi::session cookie the same Secure flag', () => {
    const middlewares = app.strapi.config.get<Array<string | { name?: string; config?: unknown }>>('middlewares');
    expect(middlewares).toContainEqual({ name: 'strapi::session', config: { secure: true } });
  });

  it('refuses to sign in over plain http rather than send the refresh cookie in clear', async () => {
    const response = await adminLogin(app);
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/over HTTPS only: sign in at https:\/\/portal\.example\.vn\/admin/);
    expect(refreshCookie(response)).toBeUndefined();
  });

  it('lets the portal’s own origin (PUBLIC_URL) in by default, and no other', async () => {
    const own = await preflight(app, '/api/articles', PORTAL, 'POST').expect(204);
    expect(own.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(own.headers['access-control-allow-credentials']).toBe('true');
    expect(corsHeaders(await preflight(app, '/api/articles', FOREIGN, 'GET'))).toEqual({});
    expect(corsHeaders(await preflight(app, '/admin/login', PORTAL, 'POST'))).toEqual({});
  });
});

describe('with neither CORS_ORIGINS nor PUBLIC_URL', () => {
  let app: TestApp;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = setEnv({ CORS_ORIGINS: undefined, PUBLIC_URL: undefined, IS_PROXIED: undefined });
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
    restoreEnv();
  });

  it('lets no foreign origin in', async () => {
    for (const origin of [FRONTEND, LOCAL_FRONTEND, 'http://localhost:1337']) {
      expect(corsHeaders(await preflight(app, '/api/articles', origin, 'GET'))).toEqual({});
      expect(corsHeaders(await app.http().get('/api/articles').set('Origin', origin))).toEqual({});
    }
  });
});

describe('a CORS_ORIGINS entry that is not an origin', () => {
  it('stops the start with a message naming it', async () => {
    const restoreEnv = setEnv({ CORS_ORIGINS: `${FRONTEND}, ftp://files.example.vn, https://cms.example.vn/admin` });
    try {
      // Should it start after all, stop it, so that the failure below is the only thing left behind.
      const message = await startApp().then(
        async (app) => {
          await app.stop();
          return 'started';
        },
        (error: unknown) => (error instanceof Error ? error.message : String(error))
      );
      expect(message).toMatch(
        /CORS_ORIGINS: "ftp:\/\/files\.example\.vn", "https:\/\/cms\.example\.vn\/admin" are not origins/
      );
    } finally {
      restoreEnv();
    }
  });
});
