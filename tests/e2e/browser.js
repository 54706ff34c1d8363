/**
 * Debian's chromium, headless, driven by playwright-core: no browser is ever downloaded.
 */
const fs = require('node:fs');
const { chromium } = require('playwright-core');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

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
  if (!found) throw new Error('Chromium is missing: install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
};

/**
 * Starts headless chromium. playwright-core gives every launch a fresh, temporary
 * --user-data-dir of its own and removes it on close; each `browser.newContext()` is then a
 * separate visitor (its own cookies and storage).
 */
const launch = () => chromium.launch({ executablePath: findChromium(), headless: true, args: FLAGS });

/** The user agent of a desktop Chrome: readership counts people, and "HeadlessChrome" reads as a bot. */
const userAgentOf = (browser) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;

module.exports = { findChromium, launch, userAgentOf, FLAGS };
