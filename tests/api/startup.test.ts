import { bootInChild as boot } from '../helpers/boot-child';

describe('production needs its secrets', () => {
  it.each(['APP_KEYS', 'ADMIN_JWT_SECRET', 'JWT_SECRET'])(
    'refuses to start without %s, saying which variable is missing',
    (name) => {
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
    }
  );
});
