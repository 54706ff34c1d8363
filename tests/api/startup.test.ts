import { spawnSync } from 'node:child_process';
import { APP_DIR, DIST_DIR } from '../helpers/database';

/** Boots the compiled app in a child process with the given environment; returns its output. */
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

describe('production needs its secrets', () => {
  it.each(['APP_KEYS', 'ADMIN_JWT_SECRET', 'JWT_SECRET'])('refuses to start without %s, saying which variable is missing', (name) => {
    const secrets = {
      APP_KEYS: 'a,b',
      ADMIN_JWT_SECRET: 'x',
      API_TOKEN_SALT: 'x',
      TRANSFER_TOKEN_SALT: 'x',
      ENCRYPTION_KEY: 'x',
      JWT_SECRET: 'x',
      STATS_SALT: 'x'.repeat(16),
    };
    const result = boot({ NODE_ENV: 'production', ...secrets, [name]: undefined });
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain('STARTED');
    expect(result.stderr).toContain(`${name} is not set`);
    expect(result.stderr).toMatch(/In production every secret comes from the environment/);
  });
});
