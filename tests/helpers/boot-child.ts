import { spawnSync } from 'node:child_process';
import { APP_DIR, DIST_DIR } from './database';

/** Every secret production asks for, each set to a placeholder: a test unsets the one it is about. */
export const PRODUCTION_SECRETS: Record<string, string> = {
  APP_KEYS: 'a,b',
  ADMIN_JWT_SECRET: 'x',
  API_TOKEN_SALT: 'x',
  TRANSFER_TOKEN_SALT: 'x',
  ENCRYPTION_KEY: 'x',
  JWT_SECRET: 'x',
  STATS_SALT: 'x'.repeat(16),
};

/**
 * Loads the compiled app in a child process with `env` on top of this one's (and no `.env`
 * file), then stops it; returns the child's output. `STARTED` on stdout means it loaded.
 */
export const bootInChild = (env: Record<string, string | undefined>) => {
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
  return spawnSync(process.execPath, ['-e', script], {
    cwd: APP_DIR,
    env: childEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
};
