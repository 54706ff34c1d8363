import { bootInChild as boot, PRODUCTION_SECRETS } from '../helpers/boot-child';

describe('production needs its secrets', () => {
  it.each(['APP_KEYS', 'ADMIN_JWT_SECRET', 'JWT_SECRET'])(
    'refuses to start without %s, saying which variable is missing',
    (name) => {
      const result = boot({ NODE_ENV: 'production', ...PRODUCTION_SECRETS, [name]: undefined });
      expect(result.status).not.toBe(0);
      expect(result.stdout).not.toContain('STARTED');
      expect(result.stderr).toContain(`${name} is not set`);
      expect(result.stderr).toMatch(/In production every secret comes from the environment/);
    }
  );
});
