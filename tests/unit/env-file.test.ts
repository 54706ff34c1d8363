import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MissingEnvError, secret, secretList } from '../../src/utils/env-file';

describe('secrets that never live in the repository', () => {
  const saved = { ...process.env };
  let envFile: string;

  beforeEach(() => {
    envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-env-')), '.env');
    process.env.ENV_PATH = envFile;
    delete process.env.SOME_SECRET;
  });

  afterEach(() => {
    process.env = { ...saved };
  });

  it('uses a value set in the environment as it is', () => {
    process.env.SOME_SECRET = 'from-the-environment';
    expect(secret('SOME_SECRET')).toBe('from-the-environment');
  });

  it('refuses to start in production without it, naming the variable', () => {
    process.env.NODE_ENV = 'production';
    expect(() => secret('SOME_SECRET')).toThrow(MissingEnvError);
    expect(() => secret('SOME_SECRET')).toThrow(/SOME_SECRET is not set/);
  });

  it('names every missing secret at once in production', () => {
    process.env.NODE_ENV = 'production';
    Object.assign(process.env, {
      APP_KEYS: 'a,b',
      API_TOKEN_SALT: 's',
      TRANSFER_TOKEN_SALT: 's',
      ENCRYPTION_KEY: 'k',
      STATS_SALT: 's',
    });
    delete process.env.ADMIN_JWT_SECRET;
    delete process.env.JWT_SECRET;
    expect(() => secret('ADMIN_JWT_SECRET')).toThrow('ADMIN_JWT_SECRET, JWT_SECRET are not set.');
  });

  it('generates it in development and keeps it in .env for the next start', () => {
    process.env.NODE_ENV = 'development';
    jest.spyOn(console, 'info').mockImplementation(() => {});
    fs.writeFileSync(envFile, 'HOST=0.0.0.0');
    const keys = secretList('SOME_SECRET', 4);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(4);
    expect(fs.readFileSync(envFile, 'utf8')).toBe(`HOST=0.0.0.0\nSOME_SECRET=${keys.join(',')}\n`);
    // The next read (same process, or the next start through .env) gets the same value.
    expect(secretList('SOME_SECRET')).toEqual(keys);
  });

  it('generates it for the run in tests without writing a file', () => {
    process.env.NODE_ENV = 'test';
    expect(secret('SOME_SECRET')).toMatch(/^[A-Za-z0-9+/=]{32}$/);
    expect(fs.existsSync(envFile)).toBe(false);
  });
});

describe('a .env copied from .env.example', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('gets its empty secret line filled in, not a second one', () => {
    const envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-env-')), '.env');
    fs.writeFileSync(envFile, 'APP_KEYS=\nOTHER_SECRET=\nPORT=1337\n');
    Object.assign(process.env, { ENV_PATH: envFile, NODE_ENV: 'development' });
    delete process.env.OTHER_SECRET;
    jest.spyOn(console, 'info').mockImplementation(() => {});
    const value = secret('OTHER_SECRET');
    expect(fs.readFileSync(envFile, 'utf8')).toBe(`APP_KEYS=\nOTHER_SECRET=${value}\nPORT=1337\n`);
  });
});
