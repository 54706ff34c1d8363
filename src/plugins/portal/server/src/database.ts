import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { madeOnce } from '../../../../shared';
import { PLUGIN_ID, UID } from './constants';

interface IndexTarget {
  /** Strapi's dialect: 'sqlite' or 'postgres'. */
  client: string;
  /** PostgreSQL schema of Strapi's tables. */
  schema?: string | null;
}

/**
 * PostgreSQL: the word tables search reads (see ensureSearchIndexes), one row per published
 * article: `titles` holds its title's words, `texts` its title's and whole text's words.
 */
export const SEARCH_TABLES = { titles: 'portal_search_titles', texts: 'portal_search_texts' } as const;

/** The PostgreSQL indexes behind search: newest first, and by word, on each word table. */
export const SEARCH_INDEXES = [
  'portal_search_titles_newest_idx',
  'portal_search_titles_words_idx',
  'portal_search_texts_newest_idx',
  'portal_search_texts_words_idx',
];

/** The trigger on `articles` that keeps the word tables current, and its function. */
export const SEARCH_TRIGGER = 'portal_search_sync';

/**
 * Dropped: earlier search indexes on `articles` itself (one also covered drafts; all made every
 * row a query looked at split its text into words again), and their statistics.
 */
const OBSOLETE_INDEXES = [
  'articles_search_text_fts_idx',
  'articles_search_text_published_idx',
  'articles_search_title_published_idx',
];
const OBSOLETE_STATISTICS = ['articles_search_text_stats', 'articles_search_title_stats'];

const target = async (knex: Knex, { client, schema }: IndexTarget) => {
  const inspect = client === 'sqlite' ? knex.schema : knex.schema.withSchema(schema ?? 'public');
  const hasTable = await inspect.hasTable('articles');
  return {
    sqlite: client === 'sqlite',
    hasTable,
    hasSearch:
      hasTable &&
      (await (client === 'sqlite' ? knex.schema : knex.schema.withSchema(schema ?? 'public')).hasColumn(
        'articles',
        'search_text'
      )),
    qualified: (name: string) => (client === 'sqlite' || !schema ? `"${name}"` : `"${schema}"."${name}"`),
  };
};

/**
 * Published articles newest first (section pages, home, feeds), the featured ones newest first
 * (home), and published articles by slug (an article page, the view counts every article summary carries):
 * without it each of those reads scans the whole table (delivery scenario of tests/bench).
 */
export const ensureReadIndexes = async (knex: Knex, index: IndexTarget): Promise<'created' | 'no-table'> => {
  const { hasTable, qualified } = await target(knex, index);
  if (!hasTable) return 'no-table';
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS articles_published_newest_idx ON ${qualified('articles')} (event_date DESC, published_at DESC, id DESC) WHERE published_at IS NOT NULL`
  );
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS articles_published_slug_idx ON ${qualified('articles')} (slug) WHERE published_at IS NOT NULL`
  );
  // The home page's featured articles, newest first, without walking every article to find them.
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS articles_published_featured_idx ON ${qualified('articles')} (event_date DESC, published_at DESC, id DESC) WHERE published_at IS NOT NULL AND featured`
  );
  return 'created';
};

/**
 * PostgreSQL only: the word tables behind search, kept current by a trigger.
 *
 * - The folded search columns of `articles` hold lowercase ASCII words without tone marks (see
 *   src/utils/text, which also folds đ → d), so the 'simple' configuration needs neither unaccent
 *   nor stemming: the app's folding is the "unaccent" and the same text serves SQLite.
 * - Each published article row has a row in two narrow tables (SEARCH_TABLES) with its date and
 *   its words as tsvectors, each indexed newest first and by word (GIN). Search reads these,
 *   never `articles`, whose rows carry the whole body: walking thousands of rows newest first to
 *   fill a page reads small rows, and a common word no longer splits a body into words for
 *   every row it looks at (search scenario of tests/bench, docs/benchmarks.md).
 * - A trigger on `articles` (SEARCH_TRIGGER) rewrites an article's rows whenever its search
 *   text, date or publication changes, whoever writes: the Document Service, an import, SQL.
 *   Strapi's schema sync leaves tables and triggers it did not create alone.
 * - Made with the existing published articles in them, then analysed, so the planner knows the
 *   words' frequencies: it walks the newest-first index for a common word and uses the word
 *   index for a rare one.
 *
 * Chosen over unaccent + pg_trgm by measurement (tests/bench, search scenario): search matches
 * whole words, which a tsvector answers exactly, while a trigram index only narrows the
 * candidates and rechecks each row's whole text, which is what makes common words slow.
 * SQLite scans the padded folded column of `articles` with LIKE instead.
 */
export const ensureSearchIndexes = async (
  knex: Knex,
  index: IndexTarget
): Promise<'created' | 'no-table' | 'not-postgres'> => {
  const { sqlite, hasSearch, qualified } = await target(knex, index);
  if (sqlite) return 'not-postgres';
  if (!hasSearch) return 'no-table';
  const schema = index.schema ?? 'public';
  const { titles, texts } = SEARCH_TABLES;
  const made =
    !(await knex.schema.withSchema(schema).hasTable(titles)) || !(await knex.schema.withSchema(schema).hasTable(texts));
  const triggered =
    (
      await knex.raw<{ rows: unknown[] }>(`SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = ?::regclass`, [
        SEARCH_TRIGGER,
        `"${schema}"."articles"`,
      ])
    ).rows.length > 0;
  // Already in place (every start after the first): no DDL, so no lock on `articles` at each deploy.
  if (!made && triggered) return 'created';
  for (const name of OBSOLETE_INDEXES) await knex.raw(`DROP INDEX IF EXISTS ${qualified(name)}`);
  for (const name of OBSOLETE_STATISTICS) await knex.raw(`DROP STATISTICS IF EXISTS ${qualified(name)}`);

  await knex.raw(
    `CREATE TABLE IF NOT EXISTS ${qualified(titles)} (id integer PRIMARY KEY, event_date date, published_at timestamp, title_vector tsvector NOT NULL)`
  );
  await knex.raw(
    `CREATE TABLE IF NOT EXISTS ${qualified(texts)} (id integer PRIMARY KEY, event_date date, published_at timestamp, title_vector tsvector NOT NULL, text_vector tsvector NOT NULL)`
  );
  for (const table of [titles, texts]) {
    await knex.raw(
      `CREATE INDEX IF NOT EXISTS ${table}_newest_idx ON ${qualified(table)} (event_date DESC, published_at DESC, id DESC)`
    );
  }
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${titles}_words_idx ON ${qualified(titles)} USING gin (title_vector)`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${texts}_words_idx ON ${qualified(texts)} USING gin (text_vector)`);

  const title = (row: string) => `to_tsvector('simple', coalesce(${row}.search_title, ''))`;
  const text = (row: string) => `to_tsvector('simple', coalesce(${row}.search_text, ''))`;
  await knex.raw(
    `CREATE OR REPLACE FUNCTION ${qualified(SEARCH_TRIGGER)}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
      `IF TG_OP <> 'INSERT' THEN ` +
      `DELETE FROM ${qualified(titles)} WHERE id = OLD.id; DELETE FROM ${qualified(texts)} WHERE id = OLD.id; ` +
      `END IF; ` +
      `IF TG_OP <> 'DELETE' AND NEW.published_at IS NOT NULL THEN ` +
      `INSERT INTO ${qualified(titles)} VALUES (NEW.id, NEW.event_date, NEW.published_at, ${title('NEW')}); ` +
      `INSERT INTO ${qualified(texts)} VALUES (NEW.id, NEW.event_date, NEW.published_at, ${title('NEW')}, ${text('NEW')}); ` +
      `END IF; RETURN NULL; END $$`
  );
  await knex.raw(
    `CREATE OR REPLACE TRIGGER ${SEARCH_TRIGGER} AFTER INSERT OR DELETE OR UPDATE OF search_title, search_text, event_date, published_at ` +
      `ON ${qualified('articles')} FOR EACH ROW EXECUTE FUNCTION ${qualified(SEARCH_TRIGGER)}()`
  );
  if (made) {
    const published = `FROM ${qualified('articles')} a WHERE a.published_at IS NOT NULL ON CONFLICT (id) DO NOTHING`;
    await knex.raw(
      `INSERT INTO ${qualified(titles)} SELECT a.id, a.event_date, a.published_at, ${title('a')} ${published}`
    );
    await knex.raw(
      `INSERT INTO ${qualified(texts)} SELECT a.id, a.event_date, a.published_at, ${title('a')}, ${text('a')} ${published}`
    );
    await knex.raw(`ANALYZE ${qualified(titles)}`);
    await knex.raw(`ANALYZE ${qualified(texts)}`);
  }
  return 'created';
};

/** Every index above, idempotent (IF NOT EXISTS; a changed definition takes a new name). */
export const ensureIndexes = async (knex: Knex, index: IndexTarget): Promise<'created' | 'no-table'> => {
  const read = await ensureReadIndexes(knex, index);
  await ensureSearchIndexes(knex, index);
  return read;
};

/** Raise it when the indexes, tables or trigger above change: each database gets them again at its next start. */
export const INDEXES_VERSION = 1;

/**
 * The indexes, word tables and trigger, made once per database: by the plugin's bootstrap,
 * after Strapi's schema sync has made or altered `articles`. The migrations in
 * database/migrations make them on a database that already has the table, but Strapi runs them
 * BEFORE its schema sync (@strapi/database `schema.sync`: `migrations.up()`, then
 * `syncSchema()`), so on a fresh database they find nothing to index, and are recorded as done
 * all the same. The plugin store records what they were made for: INDEXES_VERSION and the
 * definition of `articles` as Strapi syncs it. They are made again only when either changes (a
 * changed table may have been rebuilt, losing what Strapi did not create); every other start
 * reads one row and runs no DDL, so no lock is taken on `articles` at each deploy.
 */
export const ensureIndexesOnce = (strapi: Core.Strapi): Promise<'made' | 'in place'> =>
  madeOnce(strapi, { plugin: PLUGIN_ID, key: 'database-objects', version: INDEXES_VERSION, uids: [UID.article] }, () =>
    ensureIndexes(strapi.db.connection, { client: strapi.db.dialect.client, schema: strapi.db.getSchemaName() }).then(
      () => undefined
    )
  );

/** What Strapi passes a migration as its second argument: its Database. */
export interface MigrationDatabase {
  dialect: { client: string };
  getSchemaName(): string | undefined;
}

/**
 * Where a migration's indexes go: Strapi's database, which it passes every migration as its second
 * argument (`fn(trx, db)` in @strapi/database). The knex transaction is not read: it carries no
 * schema name of its own.
 */
export const migrationTarget = (_knex: Knex, db?: MigrationDatabase): IndexTarget => {
  if (!db) throw new Error("A migration runs with Strapi's database as its second argument; none was given.");
  return { client: db.dialect.client, schema: db.getSchemaName() };
};
