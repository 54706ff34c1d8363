/**
 * Debian's chromium, headless, driven by playwright-core: no browser is ever downloaded.
 */
const fs = require('node:fs');
const { chromium } = require('playwright-core');

/** @type {string[]} */
const CANDIDATES = [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const findChromium = () => {
  const found = CANDIDATES.find((file) => fs.existsSync(file));
  if (!found)
    throw new Error(
      'Chromium is missing: install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).'
    );
  return found;
};

/**
 * Starts headless chromium. playwright-core gives every launch a fresh, temporary
 * --user-data-dir of its own and removes it on close; each `browser.newContext()` is then a
 * separate visitor (its own cookies and storage).
 */
const launch = () => chromium.launch({ executablePath: findChromium(), headless: true, args: FLAGS });

/**
 * The user agent of a desktop Chrome: readership counts people, and "HeadlessChrome" reads as a bot.
 * @param {import('playwright-core').Browser} browser
 */
const userAgentOf = (browser) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;

/**
 * A fresh browser context (a visitor of its own) signed in to the admin at `base` as `email`,
 * through the sign-in page. `language: 'vi'` is what choosing "Tiếng Việt" in its menu stores.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {string} email
 * @param {string} password
 * @param {{ language?: string, viewport?: { width: number, height: number }, acceptDownloads?: boolean }} [options]
 */
const signIn = async (
  browser,
  base,
  email,
  password,
  { language, viewport = { width: 1400, height: 1000 }, acceptDownloads = false } = {}
) => {
  const context = await browser.newContext({ viewport, userAgent: userAgentOf(browser), acceptDownloads });
  if (language)
    await context.addInitScript((lang) => window.localStorage.setItem('strapi-admin-language', lang), language);
  const page = await context.newPage();
  await page.goto(`${base}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((/** @type {URL} */ url) => !url.pathname.includes('/auth/'), { timeout: 60000 });
  return { context, page };
};

module.exports = { findChromium, launch, userAgentOf, signIn, FLAGS };
