import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Secrets and other per-machine values that never live in the repository.
 *
 * - Set in the environment (or `.env`): used as they are.
 * - Missing in production: start-up stops with a message naming the variable.
 * - Missing in development: generated once and appended to `.env`, so sessions and tokens
 *   survive a restart. In tests they are generated for the run and not written anywhere.
 */

/** Every secret the app needs; in production all must be set. */
export const SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
  'STATS_SALT',
] as const;

export class MissingEnvError extends Error {
  constructor(readonly variables: string[]) {
    super(
      `${variables.join(', ')} ${variables.length > 1 ? 'are' : 'is'} not set. In production every secret comes ` +
        'from the environment: set each (see .env.example; e.g. `openssl rand -base64 32`) and start again.'
    );
    this.name = 'MissingEnvError';
  }
}

const isProduction = (): boolean => process.env.NODE_ENV === 'production';

const envFilePath = (): string => process.env.ENV_PATH ?? path.resolve(process.cwd(), '.env');

/** Appends `NAME=value` to the local `.env` (outside tests) and to `process.env`. */
export const rememberInEnvFile = (name: string, value: string): void => {
  process.env[name] = value;
  if (process.env.NODE_ENV === 'test') return;
  const file = envFilePath();
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const emptyLine = new RegExp(`^${name}=[ \\t]*$`, 'm');
  if (emptyLine.test(current)) {
    // A copied .env.example leaves `NAME=` empty: fill that line in rather than adding a second one.
    fs.writeFileSync(file, current.replace(emptyLine, `${name}=${value}`));
  } else {
    const separator = current === '' || current.endsWith('\n') ? '' : '\n';
    fs.appendFileSync(file, `${separator}${name}=${value}\n`);
  }
  console.info(`[portal] ${name} was not set: generated one for this machine and saved it in ${file}`);
};

const randomSecret = (): string => crypto.randomBytes(24).toString('base64');

/**
 * Returns the secret in `name`, generating it outside production.
 * @param count how many comma-separated values to generate (APP_KEYS takes several)
 */
export const secret = (name: string, count = 1): string => {
  const value = process.env[name]?.trim();
  if (value) return value;
  if (isProduction()) {
    // Name every missing secret at once, not one per restart.
    const missing = SECRETS.filter((secretName) => !process.env[secretName]?.trim());
    throw new MissingEnvError(missing.includes(name as (typeof SECRETS)[number]) ? missing : [name]);
  }
  const generated = Array.from({ length: count }, randomSecret).join(',');
  rememberInEnvFile(name, generated);
  return generated;
};

/** A comma-separated list of secrets, such as APP_KEYS. */
export const secretList = (name: string, count = 4): string[] =>
  secret(name, count)
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
