import { spawnSync } from 'node:child_process';
import { APP_DIR, DIST_DIR } from '../helpers/database';

/** Loads the compiled app in a child process with `env` on top of this one's; returns its output. */
const boot = (env: Record<string, string | undefined>) => {
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    createStrapi({ appDir: ${JSON.stringify(APP_DIR)}, distDir: ${JSON.stringify(DIST_DIR)}, serveAdminPanel: false })
      .load()
      .then(async (app) => { await app.destroy(); console.log('STARTED'); process.exit(0); })
      .catch((error) => { console.error(error.message); process.exit(1); });`;
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ENV_PATH: '/nonexistent/.env', ...env })) {
    if (value !== undefined) childEnv[key] = value;
  }
  return spawnSync(process.execPath, ['-e', script], { cwd: APP_DIR, env: childEnv, encoding: 'utf8', timeout: 120_000 });
};

describe('readership settings: a wrong value stops the start with a message naming the variable', () => {
  it.each([
    ['STATS_DEDUP_MINUTES', '-5', /STATS_DEDUP_MINUTES\) must be a whole number from 0/],
    ['STATS_FLUSH_INTERVAL_MS', 'often', /STATS_FLUSH_INTERVAL_MS\) must be a whole number from 50/],
    ['STATS_RATE_LIMIT', '0', /STATS_RATE_LIMIT\) must be a whole number from 1/],
    // The delivery API's cache reads REDIS_URL too and may be the one to say so.
    ['REDIS_URL', 'localhost:6379', /must be a redis:\/\/ or rediss:\/\/ URL; got "localhost:6379"/],
    ['STATS_TIME_ZONE', 'Mars/Olympus', /STATS_TIME_ZONE\) must be an IANA time zone/],
    ['STATS_SALT', 'short', /STATS_SALT\) must be a secret of at least 16 characters/],
  ])('%s=%s is refused', (name, value, message) => {
    const result = boot({ [name]: value });
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain('STARTED');
    expect(result.stderr).toMatch(message);
  });

  it('needs STATS_SALT in production, and names it', () => {
    const secrets = { APP_KEYS: 'a,b', ADMIN_JWT_SECRET: 'x', API_TOKEN_SALT: 'x', TRANSFER_TOKEN_SALT: 'x', ENCRYPTION_KEY: 'x', JWT_SECRET: 'x' };
    const result = boot({ NODE_ENV: 'production', ...secrets, STATS_SALT: undefined });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('STATS_SALT is not set');
  });
});
