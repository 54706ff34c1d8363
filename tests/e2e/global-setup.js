/**
 * Starts the portal once for the browser tests (tests/e2e/server.js) on a fresh SQLite file with
 * the demo content, and passes its address and the demo password to the suites.
 */
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const path = require('node:path');
const { findChromium } = require('./browser');

const STARTUP_TIMEOUT_MS = 240000;

module.exports = async function globalSetup() {
  findChromium(); // fail early, with the command that fixes it
  if (process.env.E2E_BASE_URL) {
    // An app already running (e.g. `node tests/e2e/server.js`): E2E_PASSWORD is its demo password.
    process.stdout.write(`\nUsing the portal at ${process.env.E2E_BASE_URL} for the browser tests.\n`);
    return;
  }
  const password = `Dv-e2e-${crypto.randomBytes(6).toString('hex')}-7A`;
  const port = process.env.E2E_PORT || '14210';
  const child = spawn(process.execPath, [path.join(__dirname, 'server.js')], {
    env: {
      ...process.env,
      PORT: port,
      HOST: '127.0.0.1',
      DEMO_ADMIN_PASSWORD: password,
      NODE_ENV: 'development',
      DATABASE_FILENAME: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {{ __E2E_SERVER__?: import('node:child_process').ChildProcess }} */ (globalThis).__E2E_SERVER__ = child;
  let output = '';
  /** @type {string} */
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The app did not start within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)),
      STARTUP_TIMEOUT_MS
    );
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk;
      const ready = /E2E_READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited with code ${code} before it was ready:\n${output}`));
    });
  });
  // Keep the app's later output visible only when asked for: it would drown the test report.
  if (process.env.E2E_VERBOSE === 'true') {
    child.stdout.pipe(process.stdout);
    child.stderr.pipe(process.stderr);
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  process.env.E2E_BASE_URL = url;
  process.env.E2E_PASSWORD = password;
  process.stdout.write(`\nThe portal runs at ${url} for the browser tests.\n`);
};
