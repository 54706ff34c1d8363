/**
 * The media-library attack, tried in a real browser: an editor uploads a script and an HTML page
 * that would load it, for a super admin to open. The upload is refused; and a file planted on
 * disk as if uploaded before the fix, opened by a signed-in super admin, cannot run a script or
 * read the admin token.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { launch, signIn: signInAs } = require('./browser');

const BASE = process.env.E2E_BASE_URL;
const PASSWORD = process.env.E2E_PASSWORD;
const EDITOR = 'bientap.bdv@danvan.local';
const SUPER_ADMIN = process.env.DEMO_ADMIN_EMAIL || 'admin@danvan.local';
const UPLOADS = path.resolve(__dirname, '..', '..', 'public', 'uploads');

const run = crypto.randomBytes(4).toString('hex');
/** What the attacker's script does: put whatever token it can read into the page title. */
const STEAL =
  "document.title = 'pwned:' + JSON.stringify([document.cookie, Object.assign({}, window.localStorage), Object.assign({}, window.sessionStorage)]);";
const SCRIPT = `${STEAL}\n`;
const PAGE = `<!doctype html><html><head><title>bai viet</title><script src="/uploads/a_${run}.js"></script></head><body><script>${STEAL}</script><p>Tài liệu</p></body></html>`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="${STEAL.replace(/"/g, '&quot;')}"><script>${STEAL}</script><rect width="10" height="10"/></svg>`;

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {string[]} */
const planted = [];

/**
 * A fresh browser context signed in to the admin as `email`, with its admin token (the jwtToken cookie).
 * @param {string} email
 */
const signIn = async (email) => {
  const { context, page } = await signInAs(browser, String(BASE), email, String(PASSWORD), { acceptDownloads: true });
  const cookie = (await context.cookies()).find((c) => c.name === 'jwtToken');
  expect(cookie).toBeDefined();
  return { context, page, token: decodeURIComponent(cookie?.value ?? '') };
};

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  for (const file of planted) fs.rmSync(file, { force: true });
  await browser?.close();
});

describe('the media-library attack', () => {
  test("the editor's script and HTML page are refused at the upload", async () => {
    const { context, page, token } = await signIn(EDITOR);
    const before = await page.request.get(`${BASE}/upload/files?pageSize=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const total = (await before.json()).pagination.total;
    for (const [name, mimeType, body] of [
      [`a_${run}.js`, 'application/javascript', SCRIPT],
      [`b_${run}.html`, 'text/html', PAGE],
      [`logo_${run}.svg`, 'image/svg+xml', SVG],
    ]) {
      const answer = await page.request.post(`${BASE}/upload`, {
        headers: { Authorization: `Bearer ${token}` },
        multipart: { files: { name, mimeType, buffer: Buffer.from(body) } },
      });
      expect({ name, status: answer.status() }).toEqual({ name, status: 400 });
      expect((await answer.json()).error.message).toMatch(/The portal accepts only pictures/);
    }
    const after = await page.request.get(`${BASE}/upload/files?pageSize=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect((await after.json()).pagination.total).toBe(total);
    await context.close();
  });

  test('a file planted before the fix, opened by a signed-in super admin, cannot read the token', async () => {
    fs.mkdirSync(UPLOADS, { recursive: true });
    for (const [name, body] of [
      [`a_${run}.js`, SCRIPT],
      [`b_${run}.html`, PAGE],
      [`logo_${run}.svg`, SVG],
    ]) {
      fs.writeFileSync(path.join(UPLOADS, name), body);
      planted.push(path.join(UPLOADS, name));
    }
    const { context, page } = await signIn(SUPER_ADMIN);
    /** @type {string[]} */
    const scriptRequests = [];
    context.on('request', (request) => {
      if (request.url().includes(`a_${run}.js`)) scriptRequests.push(request.url());
    });

    // The HTML page and the SVG are served as downloads with a policy that forbids scripts: the
    // browser never renders them on the portal's origin.
    for (const name of [`b_${run}.html`, `logo_${run}.svg`]) {
      const opened = await context.newPage();
      const download = opened.waitForEvent('download', { timeout: 15000 });
      const answer = opened.waitForResponse((response) => response.url().endsWith(name));
      await opened.goto(`${BASE}/uploads/${name}`).catch((/** @type {Error} */ error) => {
        if (!/Download is starting|net::ERR_ABORTED/.test(error.message)) throw error;
      });
      expect((await download).suggestedFilename()).toBe(name);
      const headers = (await answer).headers();
      expect(headers['content-security-policy']).toContain('sandbox');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(await opened.title()).not.toMatch(/^pwned/);
    }
    expect(scriptRequests).toEqual([]);

    // The admin panel itself still holds the token: it was there to steal.
    expect((await context.cookies()).some((c) => c.name === 'jwtToken')).toBe(true);
    expect(await page.title()).not.toMatch(/^pwned/);
    await context.close();
  });
});
