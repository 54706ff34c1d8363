import type { Knex } from 'knex';

export interface IndexTarget {
  client: 'sqlite' | 'postgres' | string;
  /** PostgreSQL schema of Strapi's tables. */
  schema?: string | null;
}

/** The PostgreSQL full-text indexes behind search (see ensureSearchIndexes). */
export const SEARCH_INDEXES = ['articles_search_text_published_idx', 'articles_search_title_published_idx'];

/** Dropped: an earlier search index that also covered draft rows, which search never reads. */
const OBSOLETE_INDEXES = ['articles_search_text_fts_idx'];

const target = async (knex: Knex, { client, schema }: IndexTarget) => {
  const inspect = client === 'sqlite' ? knex.schema : knex.schema.withSchema(schema ?? 'public');
  const hasTable = await inspect.hasTable('articles');
  return {
    sqlite: client === 'sqlite',
    hasTable,
    hasSearch: hasTable && (await (client === 'sqlite' ? knex.schema : knex.schema.withSchema(schema ?? 'public')).hasColumn('articles', 'search_text')),
    qualified: (name: string) => (client === 'sqlite' || !schema ? `"${name}"` : `"${schema}"."${name}"`),
  };
};

/**
 * Published articles newest first (section pages, home, feeds, and search's ordered walk), and
 * published articles by slug (an article page, the view counts every article summary carries):
 * without it each of those reads scans the whole table, 150 ms a request at 100,000 articles.
 */
export const ensureReadIndexes = async (knex: Knex, index: IndexTarget): Promise<'created' | 'no-table'> => {
  const { hasTable, qualified } = await target(knex, index);
  if (!hasTable) return 'no-table';
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS articles_published_newest_idx ON ${qualified('articles')} (event_date DESC, published_at DESC, id DESC) WHERE published_at IS NOT NULL`
  );
  await knex.raw(`CREATE INDEX IF NOT EXISTS articles_published_slug_idx ON ${qualified('articles')} (slug) WHERE published_at IS NOT NULL`);
  return 'created';
};

/**
 * PostgreSQL only: full-text GIN indexes over the folded search columns of published rows
 * (the only rows search reads). The columns hold lowercase ASCII words without tone marks (see
 * src/utils/text, which also folds đ → d), so the 'simple' configuration needs neither unaccent
 * nor stemming: the app's folding is the "unaccent" and the same text serves SQLite.
 *
 * Chosen over unaccent + pg_trgm by measurement (tests/bench, search scenario): search matches
 * whole words, which a tsvector index answers exactly, while a trigram index only narrows the
 * candidates and rechecks each row's whole text, which is what makes common words slow. The
 * title index lets the title matches, ranked first, be found without reading the bodies.
 * SQLite scans the padded folded column with LIKE instead.
 */
export const ensureSearchIndexes = async (knex: Knex, index: IndexTarget): Promise<'created' | 'no-table' | 'not-postgres'> => {
  const { sqlite, hasSearch, qualified } = await target(knex, index);
  if (sqlite) return 'not-postgres';
  if (!hasSearch) return 'no-table';
  for (const name of OBSOLETE_INDEXES) await knex.raw(`DROP INDEX IF EXISTS ${qualified(name)}`);
  const [textIndex, titleIndex] = SEARCH_INDEXES;
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${textIndex} ON ${qualified('articles')} USING gin (to_tsvector('simple', coalesce(search_text, ''))) WHERE published_at IS NOT NULL`
  );
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${titleIndex} ON ${qualified('articles')} USING gin (to_tsvector('simple', coalesce(search_title, ''))) WHERE published_at IS NOT NULL`
  );
  await ensureSearchStatistics(knex, index.schema ?? 'public', qualified);
  return 'created';
};

/**
 * Word statistics of the two search expressions (PostgreSQL 14+). The planner ignores the
 * statistics of partial indexes' expressions, and without them it guesses that every word is
 * rare: then a word found in half the articles is sorted in full instead of read newest first
 * until a page is full. Analysed once when created; autovacuum keeps them current.
 */
const ensureSearchStatistics = async (knex: Knex, schema: string, qualified: (name: string) => string) => {
  const version = Number(((await knex.raw(`SELECT current_setting('server_version_num') AS version`)) as { rows: { version: string }[] }).rows[0]?.version);
  if (!(version >= 140000)) return;
  let created = false;
  for (const [name, column] of [
    ['articles_search_text_stats', 'search_text'],
    ['articles_search_title_stats', 'search_title'],
  ]) {
    const exists = (await knex.raw(`SELECT 1 FROM pg_statistic_ext WHERE stxname = ? AND stxnamespace = ?::regnamespace`, [name, schema])) as { rows: unknown[] };
    if (exists.rows.length) continue;
    await knex.raw(`CREATE STATISTICS IF NOT EXISTS ${qualified(name)} ON (to_tsvector('simple', coalesce(${column}, ''))) FROM ${qualified('articles')}`);
    created = true;
  }
  if (created) await knex.raw(`ANALYZE ${qualified('articles')}`);
};

/**
 * Every index above, idempotent (IF NOT EXISTS; a changed definition takes a new name).
 *
 * Run at every start-up (plugin bootstrap) as well as by the migrations in database/migrations,
 * because Strapi 5 runs user migrations BEFORE it syncs the schema (@strapi/database
 * schema.sync: migrations.up(), then syncSchema()). On a fresh database the migrations
 * therefore find no articles table and do nothing (and are recorded as done); the bootstrap,
 * which runs after the sync, creates the indexes. On an upgraded database the migrations create
 * them before the app serves; the schema sync leaves indexes it never created alone.
 */
export const ensureIndexes = async (knex: Knex, index: IndexTarget): Promise<'created' | 'no-table'> => {
  const read = await ensureReadIndexes(knex, index);
  await ensureSearchIndexes(knex, index);
  return read;
};

/** What Strapi passes a migration as its second argument: its Database. */
export interface MigrationDatabase {
  dialect: { client: string };
  getSchemaName(): string | undefined;
}

/** Where a migration's indexes go: Strapi's database when given, else the knex connection's settings. */
export const migrationTarget = (knex: Knex, db?: MigrationDatabase): IndexTarget => {
  if (db) return { client: db.dialect.client, schema: db.getSchemaName() };
  const config = knex.client.config as { client?: string; connection?: { schema?: string } };
  const client = String(config.client ?? 'sqlite');
  return { client: client === 'pg' || client === 'postgresql' ? 'postgres' : client, schema: config.connection?.schema };
};
