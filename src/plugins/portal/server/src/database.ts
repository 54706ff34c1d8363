import type { Knex } from 'knex';

export interface IndexTarget {
  client: 'sqlite' | 'postgres' | string;
  /** PostgreSQL schema of Strapi's tables. */
  schema?: string | null;
}

/**
 * Indexes Strapi's schema cannot express, for the delivery API's hot reads:
 * - published articles newest first (section pages, home, feeds);
 * - on PostgreSQL, a full-text GIN index over each article's folded search text, whose words
 *   are already lowercase ASCII without tone marks (see src/utils/text), so the 'simple'
 *   configuration needs neither unaccent nor stemming.
 *
 * Idempotent. Run by the migration in database/migrations (databases being upgraded) and at
 * start-up (fresh databases: Strapi runs migrations before it creates the tables).
 */
export const ensureIndexes = async (knex: Knex, { client, schema }: IndexTarget): Promise<'created' | 'no-table'> => {
  const qualified = (name: string) => (client === 'sqlite' || !schema ? name : `"${schema}"."${name}"`);
  const hasTable = client === 'sqlite' ? await knex.schema.hasTable('articles') : await knex.schema.withSchema(schema ?? 'public').hasTable('articles');
  if (!hasTable) return 'no-table';
  const hasSearch =
    client === 'sqlite' ? await knex.schema.hasColumn('articles', 'search_text') : await knex.schema.withSchema(schema ?? 'public').hasColumn('articles', 'search_text');

  await knex.raw(
    `CREATE INDEX IF NOT EXISTS articles_published_newest_idx ON ${qualified('articles')} (event_date DESC, published_at DESC, id DESC) WHERE published_at IS NOT NULL`
  );
  if (client !== 'sqlite' && hasSearch) {
    await knex.raw(
      `CREATE INDEX IF NOT EXISTS articles_search_text_fts_idx ON ${qualified('articles')} USING gin (to_tsvector('simple', coalesce(search_text, '')))`
    );
  }
  return 'created';
};
