import type { Core } from '@strapi/strapi';
import { LEGACY_REDIRECTS_SERVICE, type LegacyRedirectsApi } from '../../src/shared';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * GET /api/portal/redirects: where an old site's address now lives, for a frontend that is not
 * the bundled reader page. The legacy plugin answers it; here a stub stands in for it (the
 * importer's own tests hold the real one to real Joomla addresses).
 */
describe('portal: old addresses at /api/portal/redirects', () => {
  let app: TestApp;
  /** What the stub was asked, in order. */
  const asked: Parameters<LegacyRedirectsApi['resolve']>[0][] = [];
  let restore: (() => void) | undefined;

  /** Stands a stub in for the legacy plugin's redirects service, whether or not the plugin is installed. */
  const stubLegacy = (known: Record<string, string>) => {
    const service: LegacyRedirectsApi = {
      resolve(input) {
        asked.push(input);
        const key = `${input.host ?? ''}|${input.path}`;
        return Promise.resolve(known[key] ? { location: known[key], status: 301 } : null);
      },
    };
    const { strapi } = app;
    const original = strapi.plugin.bind(strapi);
    const spy = jest.spyOn(strapi, 'plugin').mockImplementation((name: string) =>
      name === LEGACY_REDIRECTS_SERVICE.plugin
        ? ({
            service: (serviceName: string) => (serviceName === LEGACY_REDIRECTS_SERVICE.service ? service : undefined),
          } as unknown as ReturnType<Core.Strapi['plugin']>)
        : original(name)
    );
    restore = () => spy.mockRestore();
  };

  beforeAll(async () => {
    app = await startApp();
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
    asked.length = 0;
  });
  afterAll(() => app?.stop());

  const get = (query: string) => app.http().get(`/api/portal/redirects${query}`);

  it.each([
    ['no path', '', /path is required/],
    ['an empty path', '?path=', /path is required/],
    ['a path of blanks', '?path=%20%20', /path is required/],
    ['a path over 2,000 characters', `?path=/${'a'.repeat(2000)}`, /path is too long: at most 2000 characters/],
    ['a NUL', '?path=/index.php%00', /path must not contain control characters/],
    ['a line break inside', '?path=/index.php%0AX-Injected:%201', /control characters/],
    ['a line break at the end', '?path=/tin-tuc/12-alias.html%0D%0A', /control characters/],
    ['a tab', '?path=/index.php%09?id=1', /control characters/],
    ['a repeated path', '?path=/a&path=/b', /path must be given once/],
    [
      'a host that is not a host name',
      '?path=/index.php&host=old%20host/x',
      /host is not valid: it must be a host name/,
    ],
  ])('answers 400 for %s, with a message a person can act on', async (_, query, message) => {
    stubLegacy({});
    const response = await get(query).expect(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.message).toMatch(message);
    expect(asked).toEqual([]);
  });

  it('accepts a path of exactly 2,000 characters', async () => {
    stubLegacy({});
    await get(`?path=/${'a'.repeat(1999)}`).expect(404);
    expect(asked).toHaveLength(1);
  });

  it('answers a JSON 404 when no old site was imported (the legacy plugin, if installed, knows nothing)', async () => {
    const response = await get('?path=%2Findex.php%3Foption%3Dcom_content%26view%3Darticle%26id%3D12').expect(404);
    expect(response.headers['content-type']).toMatch(/json/);
    expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
  });

  it('answers a JSON 404 when the old site knows nothing at that address', async () => {
    stubLegacy({ '|/tin-tuc/12-alias.html': '/bai-viet/mot-bai' });
    const response = await get('?path=/tin-tuc/99-khong-co.html').expect(404);
    expect(response.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    expect(response.body.error.message).toMatch(/old site/);
  });

  it('answers 200 with the new address, briefly cacheable by anyone', async () => {
    const oldPath = '/index.php?option=com_content&view=article&id=12:ket-qua&catid=4&Itemid=101';
    stubLegacy({ [`|${oldPath}`]: '/bai-viet/ket-qua-cong-tac-dan-van-nam-2014' });
    const response = await get(`?path=${encodeURIComponent(oldPath)}`).expect(200);
    expect(response.body).toEqual({ data: { location: '/bai-viet/ket-qua-cong-tac-dan-van-nam-2014', status: 301 } });
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(asked).toEqual([{ path: oldPath, host: null }]);
  });

  it('passes the host on, and takes it from a whole URL given as path', async () => {
    stubLegacy({
      'bandanvan.angiang.org.vn|/tin-tuc/12-alias.html': '/bai-viet/a',
      'dvkg.org.vn|http://dvkg.org.vn/index.php?option=com_content&view=category&id=4': '/chuyen-muc/b',
      'bandanvan.angiang.org.vn|http://dvkg.org.vn/tin-tuc/7-x.html': '/bai-viet/c',
    });
    const a = await get('?path=/tin-tuc/12-alias.html&host=BanDanVan.AnGiang.org.vn').expect(200);
    expect(a.body.data).toEqual({ location: '/bai-viet/a', status: 301 });
    const url = 'http://dvkg.org.vn/index.php?option=com_content&view=category&id=4';
    const b = await get(`?path=${encodeURIComponent(url)}`).expect(200);
    expect(b.body.data.location).toBe('/chuyen-muc/b');
    // An explicit host wins over the URL's own.
    const c = await get(
      `?path=${encodeURIComponent('http://dvkg.org.vn/tin-tuc/7-x.html')}&host=bandanvan.angiang.org.vn`
    ).expect(200);
    expect(c.body.data.location).toBe('/bai-viet/c');
    expect(asked.map((input) => input.host)).toEqual([
      'bandanvan.angiang.org.vn',
      'dvkg.org.vn',
      'bandanvan.angiang.org.vn',
    ]);
  });

  it('is public and documented', async () => {
    const doc = (await app.http().get('/api/portal/openapi.json').expect(200)).body;
    const operation = doc.paths['/redirects'].get;
    expect(operation.parameters.map((p: { name: string; required: boolean }) => [p.name, p.required])).toEqual([
      ['path', true],
      ['host', false],
    ]);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '404']);
    expect(doc.components.schemas.Redirect.properties.status).toMatchObject({ const: 301 });
  });
});
