import { bootInChild as boot, PRODUCTION_SECRETS } from '../helpers/boot-child';

describe('readership settings: a wrong value stops the start with a message naming the variable', () => {
  it.each([
    ['STATS_DEDUP_MINUTES', '-5', /STATS_DEDUP_MINUTES\) must be a whole number from 0/],
    ['STATS_FLUSH_INTERVAL_MS', 'often', /STATS_FLUSH_INTERVAL_MS\) must be a whole number from 50/],
    ['STATS_RATE_LIMIT', '0', /STATS_RATE_LIMIT\) must be a whole number from 1/],
    // The delivery API's cache reads REDIS_URL too and may be the one to say so.
    [
      'REDIS_URL',
      'localhost:6379',
      /REDIS_URL\)? must be a redis:\/\/ or rediss:\/\/ URL(, or nothing)?; got "localhost:6379"/,
    ],
    ['STATS_TIME_ZONE', 'Mars/Olympus', /STATS_TIME_ZONE\) must be an IANA time zone/],
    ['STATS_SALT', 'short', /STATS_SALT\) must be a secret of at least 16 characters/],
  ])('%s=%s is refused', (name, value, message) => {
    const result = boot({ [name]: value });
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain('STARTED');
    expect(result.stderr).toMatch(message);
  });

  it('needs STATS_SALT in production, and names it', () => {
    const result = boot({ NODE_ENV: 'production', ...PRODUCTION_SECRETS, STATS_SALT: undefined });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('STATS_SALT is not set');
  });
});
