import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** The app's root: Strapi runs from it (it reads .env there too). */
const appDir = process.cwd();

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) && {
      rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
      ca: env('DATABASE_SSL_CA', undefined),
      key: env('DATABASE_SSL_KEY', undefined),
      cert: env('DATABASE_SSL_CERT', undefined),
    };
    return {
      // database/migrations is TypeScript: Strapi runs the compiled copies from dist/.
      settings: { useTypescriptMigrations: true },
      connection: {
        client: 'postgres',
        connection: {
          // pg lets a DATABASE_URL override the separate variables below.
          connectionString: env('DATABASE_URL', undefined),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'portal'),
          user: env('DATABASE_USERNAME', 'portal'),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" (the default) or "postgres"; got "${client}".`);
  }

  return {
    settings: { useTypescriptMigrations: true },
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(appDir, env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
