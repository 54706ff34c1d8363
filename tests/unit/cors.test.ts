import { env } from '@strapi/utils';
import { adminCookieSecure } from '../../config/admin';
import { CorsConfigError, corsGrant, isPublicPath, originOf, parseCorsOrigins } from '../../src/middlewares/cors';

describe('CORS_ORIGINS', () => {
  it('keeps origins as browsers write them: lowercase, no trailing slash, no default port', () => {
    const policy = parseCorsOrigins(
      ' https://Frontend.Example.vn/ ,HTTP://LOCALHOST:3000, https://app.example.vn:443,'
    );
    expect([...policy.origins]).toEqual([
      'https://frontend.example.vn',
      'http://localhost:3000',
      'https://app.example.vn',
    ]);
    expect(policy.anyOriginMayRead).toBe(false);
  });

  it('writes international host names in punycode, as browsers send them', () => {
    expect([...parseCorsOrigins('https://bộ.vn').origins]).toEqual(['https://xn--b-8xm.vn']);
  });

  it('reads * alone or in the list as public reads for any site', () => {
    expect(parseCorsOrigins('*')).toEqual({ origins: new Set(), anyOriginMayRead: true });
    const mixed = parseCorsOrigins('https://frontend.example.vn, *');
    expect(mixed.anyOriginMayRead).toBe(true);
    expect([...mixed.origins]).toEqual(['https://frontend.example.vn']);
  });

  it('reads an empty value as no foreign origin at all', () => {
    expect(parseCorsOrigins('')).toEqual({ origins: new Set(), anyOriginMayRead: false });
    expect(parseCorsOrigins(' , ')).toEqual({ origins: new Set(), anyOriginMayRead: false });
    expect(parseCorsOrigins(undefined)).toEqual({ origins: new Set(), anyOriginMayRead: false });
  });

  it.each([
    'frontend.example.vn',
    'ftp://files.example.vn',
    'https://cms.example.vn/admin',
    'https://example.vn//',
    'https://example.vn?x=1',
    'https://example.vn#top',
    'https://user:pass@example.vn',
    'https://*.example.vn',
    'https://exa mple.vn',
    'https://example.vn:99999',
    'null',
    'https:example.vn',
  ])('refuses %s, naming it', (entry) => {
    expect(() => parseCorsOrigins(`https://ok.example.vn,${entry}`)).toThrow(CorsConfigError);
    expect(() => parseCorsOrigins(`https://ok.example.vn,${entry}`)).toThrow(
      `CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin`
    );
  });

  it('names every bad entry at once', () => {
    expect(() => parseCorsOrigins('a.vn, https://ok.vn, b.vn')).toThrow('CORS_ORIGINS: "a.vn", "b.vn" are not origins');
  });

  it('defaults from PUBLIC_URL’s origin, and from nothing else', () => {
    expect(originOf('https://portal.example.vn/cms/')).toBe('https://portal.example.vn');
    expect(originOf('http://localhost:1337')).toBe('http://localhost:1337');
    expect(originOf('')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
    expect(originOf('/cms')).toBeUndefined();
    expect(originOf('ftp://portal.example.vn')).toBeUndefined();
  });
});

describe('who gets which answer on a public route', () => {
  const listed = parseCorsOrigins('https://frontend.example.vn');
  const open = parseCorsOrigins('*, https://frontend.example.vn');

  it('echoes a listed origin with credentials, for every method', () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      expect(corsGrant(listed, 'https://frontend.example.vn', method)).toMatchObject({
        allowOrigin: 'https://frontend.example.vn',
        credentials: true,
      });
    }
  });

  it('compares the Origin header exactly: browsers never send it in any other form', () => {
    for (const origin of [
      'https://frontend.example.vn/',
      'HTTPS://frontend.example.vn',
      'https://frontend.example.vn.evil.com',
      'http://frontend.example.vn',
      'null',
    ]) {
      expect(corsGrant(listed, origin, 'GET')).toBeNull();
    }
  });

  it('with *, lets any other site read without credentials, and write nothing', () => {
    expect(corsGrant(open, 'https://evil.example.com', 'GET')).toEqual({
      allowOrigin: '*',
      credentials: false,
      methods: ['GET', 'HEAD'],
    });
    expect(corsGrant(open, 'https://evil.example.com', 'head')).toMatchObject({ allowOrigin: '*', credentials: false });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
      expect(corsGrant(open, 'https://evil.example.com', method)).toBeNull();
    // A listed frontend keeps its credentials beside *.
    expect(corsGrant(open, 'https://frontend.example.vn', 'POST')).toMatchObject({
      allowOrigin: 'https://frontend.example.vn',
      credentials: true,
    });
  });
});

describe('public routes', () => {
  it.each([
    '/api',
    '/api/articles',
    '/api/portal/home',
    '/api/auth/local',
    '/API/Articles',
    '/api//articles',
    '/api/portal/articles/h%E1%BB%99i-ngh%E1%BB%8B',
    '/graphql',
    '/uploads/photo.jpg',
    '/rss.xml',
    '/sitemap.xml',
  ])('%s is public', (path) => {
    expect(isPublicPath(path)).toBe(true);
  });

  it.each([
    '/admin/login',
    '/content-manager/collection-types/api::article.article',
    '/content-type-builder/content-types',
    '/upload',
    '/upload/files',
    '/uploads',
    '/i18n/locales',
    '/users-permissions/roles',
    '/approval/queue',
    '/stats/dashboard',
    '/apis',
    '/graphql/x',
    '/graphqlx',
    '/rss.xml/x',
    '/',
    '',
    // Tricks: the router would not take these for the public API.
    '//api/articles',
    '/%61pi/articles',
    '/api%2Farticles',
    '/api/../admin/login',
    '/api/./articles',
    '/api/%2e%2e/admin/login',
    '/api/.%2E/admin/login',
    '/uploads/..%2Fadmin',
    '/api\\..\\admin/login',
    '/api/%5C..%5Cadmin',
    '/api/%00',
    '/api/%E0%A4%A',
  ])('%s is not public', (path) => {
    expect(isPublicPath(path)).toBe(false);
  });
});

describe('admin cookies’ Secure flag', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const withEnv = (vars: Record<string, string>) => {
    for (const name of ['ADMIN_COOKIE_SECURE', 'IS_PROXIED', 'PUBLIC_URL']) delete process.env[name];
    Object.assign(process.env, vars);
    return adminCookieSecure(env);
  };

  it('is on behind a TLS proxy: IS_PROXIED=true with an https PUBLIC_URL', () => {
    expect(withEnv({ IS_PROXIED: 'true', PUBLIC_URL: 'https://portal.example.vn' })).toBe(true);
  });

  it('is left to Strapi otherwise', () => {
    expect(withEnv({})).toBeUndefined();
    expect(withEnv({ IS_PROXIED: 'true', PUBLIC_URL: 'http://portal.example.vn' })).toBeUndefined();
    expect(withEnv({ PUBLIC_URL: 'https://portal.example.vn' })).toBeUndefined();
  });

  it('follows ADMIN_COOKIE_SECURE when set', () => {
    expect(withEnv({ ADMIN_COOKIE_SECURE: 'false', IS_PROXIED: 'true', PUBLIC_URL: 'https://portal.example.vn' })).toBe(
      false
    );
    expect(withEnv({ ADMIN_COOKIE_SECURE: 'TRUE' })).toBe(true);
    expect(() => withEnv({ ADMIN_COOKIE_SECURE: 'yes' })).toThrow('ADMIN_COOKIE_SECURE must be true or false');
  });
});
