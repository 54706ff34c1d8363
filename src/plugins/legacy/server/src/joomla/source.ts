/**
 * The reading side of the Joomla importer: a live Joomla 3.x or 4.x database over MySQL/MariaDB,
 * read with mysql2, and nothing else. It returns rows as Joomla stored them (strings untouched:
 * mojibake is repaired by the importer, not here), with Joomla's conventions undone only where
 * they would mislead: zero dates become null, the `images` JSON becomes two pictures or nulls,
 * Joomla 4's `#joomlaImage://…` suffix is cut from picture paths.
 *
 * Articles are read in keyset pages by id, so memory stays bounded whatever the size of the site,
 * and a run can resume after the last id it finished.
 */
import mysql, { type Connection, type RowDataPacket } from 'mysql2/promise';

export interface JoomlaImage {
  src: string;
  alt: string | null;
  caption: string | null;
}

export interface JoomlaCategory {
  id: number;
  parentId: number;
  level: number;
  lft: number;
  path: string;
  alias: string;
  title: string;
  description: string;
  /** 1 published, 0 unpublished, 2 archived, -2 trashed. */
  published: number;
  language: string;
  metadesc: string;
}

export interface JoomlaUser {
  id: number;
  name: string;
  username: string;
}

export interface JoomlaArticle {
  id: number;
  title: string;
  alias: string;
  introtext: string;
  fulltext: string;
  /** 1 published, 0 unpublished, 2 archived, -2 trashed. */
  state: number;
  catid: number;
  created: Date | null;
  createdBy: number;
  createdByAlias: string;
  modified: Date | null;
  publishUp: Date | null;
  publishDown: Date | null;
  images: { intro: JoomlaImage | null; fulltext: JoomlaImage | null };
  metadesc: string;
  featured: boolean;
  hits: number;
  language: string;
  /** Titles of the article's published tags. */
  tags: string[];
}

export interface JoomlaRedirectLink {
  id: number;
  oldUrl: string;
  newUrl: string;
  published: number;
  /** The HTTP status Joomla answered with (301 when the column predates Joomla 3.4). */
  header: number;
}

export interface JoomlaMenuItem {
  id: number;
  path: string;
  link: string;
  published: number;
  /** 'article', 'category', 'categories' or 'featured'. */
  view: string | null;
  /** The `id` of the link: an article or a category id. */
  targetId: number | null;
}

export interface JoomlaSource {
  version: '3' | '4';
  /** com_content categories (not the root), in any state, in nested-set order (lft). */
  categories(): Promise<JoomlaCategory[]>;
  /** The users with these ids that exist. */
  users(ids: number[]): Promise<Map<number, JoomlaUser>>;
  countArticles(): Promise<number>;
  /**
   * Every article in any state, in pages of at most `batchSize` by ascending id, starting after
   * `afterId`. One query per page for the rows and one for their tags.
   */
  articles(batchSize: number, afterId?: number): AsyncIterable<JoomlaArticle[]>;
  /** The rows of `#__redirect_links`, or none when the site never had com_redirect. */
  redirectLinks(): Promise<JoomlaRedirectLink[]>;
  /** Site menu items of com_content (article, category, categories, featured views), in any state. */
  menuItems(): Promise<JoomlaMenuItem[]>;
  /** What Joomla 3's mod_stats shows as "Content View Hits": SUM(hits) of published articles. */
  shownTotalHits(): Promise<number>;
  close(): Promise<void>;
}

const IDENTIFIER = /^[A-Za-z0-9_]+$/;
const MAX_BATCH = 10_000;
/** Tag and user lookups are split so that an IN list never grows past this. */
const LOOKUP_CHUNK = 1_000;
const CONTENT_VIEWS = new Set(['article', 'category', 'categories', 'featured']);

interface ContentRow extends RowDataPacket {
  id: number;
  title: string | null;
  alias: string | null;
  introtext: string | null;
  fulltext: string | null;
  state: number;
  catid: number;
  created: string | null;
  created_by: number;
  created_by_alias: string | null;
  modified: string | null;
  publish_up: string | null;
  publish_down: string | null;
  images: string | null;
  metadesc: string | null;
  featured: number;
  hits: number | string;
  language: string | null;
}

/** Where a database lives, for messages: never the password. */
interface Target {
  host: string;
  port: number;
  user: string;
  database: string;
}

/**
 * Opens a Joomla database.
 * @param url `mysql://user:password@host:port/database` (also `mariadb://`)
 * @param prefix the tables' prefix, e.g. `jos_`
 * @throws an Error that says what was tried and what to check, when the URL is malformed, the
 *   server cannot be reached or refuses the login, the database does not exist, or it holds no
 *   `<prefix>content` table
 */
export const openJoomla = async (url: string, prefix: string): Promise<JoomlaSource> => {
  if (!IDENTIFIER.test(prefix)) {
    throw new Error(
      `The table prefix "${prefix}" is not valid: Joomla prefixes are letters, digits and underscores, e.g. "jos_" (see $dbprefix in the old site's configuration.php).`
    );
  }
  const { options, target } = parseUrl(url);
  const where = `${target.user}@${target.host}:${target.port}`;

  let connection: Connection;
  try {
    connection = await mysql.createConnection({
      ...options,
      charset: 'utf8mb4',
      // Joomla writes UTC as text: read it as text and parse it as UTC, whatever the server's zone.
      dateStrings: true,
      timezone: 'Z',
      connectTimeout: 10_000,
      supportBigNumbers: true,
    });
  } catch (error) {
    throw new Error(connectFailure(error, target, where), { cause: error });
  }

  try {
    const tables = await listTables(connection);
    const table = (name: string): string => `\`${prefix}${name}\``;
    const has = (name: string): boolean => tables.has(`${prefix}${name}`.toLowerCase());
    /** One query, whose failure says what was being read and from where. */
    const read = async <T extends RowDataPacket[]>(what: string, sql: string, values?: unknown[]): Promise<T> => {
      try {
        const [rows] = await connection.query<T>(sql, values);
        return rows;
      } catch (error) {
        throw new Error(readFailure(error, what, target.database, where), { cause: error });
      }
    };

    if (!has('content')) {
      const candidates = [...tables].filter((name) => name.endsWith('_content') && !name.includes('_ucm_'));
      const hint = candidates.length
        ? ` Tables that look like Joomla's: ${candidates.slice(0, 5).join(', ')}; use the prefix before "content" (e.g. --prefix ${candidates[0].slice(0, -'content'.length)}).`
        : ' The database holds no table ending in "_content": check that the dump was loaded into this database.';
      throw new Error(`No table ${prefix}content in database "${target.database}" at ${where}.${hint}`);
    }

    const missing = ['categories', 'users'].filter((name) => !has(name)).map((name) => `${prefix}${name}`);
    if (missing.length) {
      throw new Error(
        `Database "${target.database}" at ${where} has ${prefix}content but not ${missing.join(' or ')}: it is not a complete Joomla database. Load the whole dump (all tables with the prefix ${prefix}).`
      );
    }

    const version: '3' | '4' = has('workflow_associations') ? '4' : '3';
    const redirectColumns = has('redirect_links') ? await listColumns(connection, `${prefix}redirect_links`) : null;
    const hasTags = has('tags') && has('contentitem_tag_map');

    const tagsOf = async (ids: number[]): Promise<Map<number, string[]>> => {
      const byArticle = new Map<number, string[]>();
      if (!hasTags || ids.length === 0) return byArticle;
      const rows = await read<RowDataPacket[]>(
        'the tags of articles',
        `SELECT m.content_item_id AS articleId, t.title AS title
           FROM ${table('contentitem_tag_map')} m
           JOIN ${table('tags')} t ON t.id = m.tag_id
          WHERE m.type_alias = 'com_content.article' AND t.published = 1 AND m.content_item_id IN (?)
          ORDER BY m.content_item_id, t.lft, t.id`,
        [ids]
      );
      for (const row of rows) {
        const articleId = Number(row.articleId);
        const list = byArticle.get(articleId) ?? [];
        list.push(String(row.title ?? ''));
        byArticle.set(articleId, list);
      }
      return byArticle;
    };

    const source: JoomlaSource = {
      version,

      async categories() {
        const rows = await read<RowDataPacket[]>(
          'the categories',
          `SELECT id, parent_id, level, lft, path, alias, title, description, published, language, metadesc
             FROM ${table('categories')}
            WHERE extension = 'com_content' AND level > 0
            ORDER BY lft, id`
        );
        return rows.map((row) => ({
          id: Number(row.id),
          parentId: Number(row.parent_id),
          level: Number(row.level),
          lft: Number(row.lft),
          path: text(row.path),
          alias: text(row.alias),
          title: text(row.title),
          description: text(row.description),
          published: Number(row.published),
          language: text(row.language),
          metadesc: text(row.metadesc),
        }));
      },

      async users(ids) {
        const users = new Map<number, JoomlaUser>();
        const wanted = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))];
        for (let start = 0; start < wanted.length; start += LOOKUP_CHUNK) {
          const rows = await read<RowDataPacket[]>(
            'the users',
            `SELECT id, name, username FROM ${table('users')} WHERE id IN (?)`,
            [wanted.slice(start, start + LOOKUP_CHUNK)]
          );
          for (const row of rows)
            users.set(Number(row.id), { id: Number(row.id), name: text(row.name), username: text(row.username) });
        }
        return users;
      },

      async countArticles() {
        const rows = await read<RowDataPacket[]>(
          'the number of articles',
          `SELECT COUNT(*) AS n FROM ${table('content')}`
        );
        return Number(rows[0]?.n ?? 0);
      },

      articles(batchSize, afterId = 0) {
        if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) {
          throw new RangeError(`The batch size must be a whole number from 1 to ${MAX_BATCH}, not ${batchSize}.`);
        }
        return {
          async *[Symbol.asyncIterator]() {
            let last = afterId;
            for (;;) {
              const rows = await read<ContentRow[]>(
                `the articles after id ${last}`,
                `SELECT id, title, alias, introtext, \`fulltext\`, state, catid, created, created_by, created_by_alias,
                        modified, publish_up, publish_down, images, metadesc, featured, hits, language
                   FROM ${table('content')}
                  WHERE id > ?
                  ORDER BY id
                  LIMIT ?`,
                [last, batchSize]
              );
              if (rows.length === 0) return;
              const ids = rows.map((row) => Number(row.id));
              const tags = await tagsOf(ids);
              yield rows.map((row) => toArticle(row, tags.get(Number(row.id)) ?? []));
              last = ids[ids.length - 1];
              if (rows.length < batchSize) return;
            }
          },
        };
      },

      async redirectLinks() {
        if (!redirectColumns) return [];
        const header = redirectColumns.has('header') ? 'header' : '301 AS header';
        const rows = await read<RowDataPacket[]>(
          'the redirects',
          `SELECT id, old_url, new_url, published, ${header} FROM ${table('redirect_links')} ORDER BY id`
        );
        return rows.map((row) => ({
          id: Number(row.id),
          oldUrl: text(row.old_url),
          newUrl: text(row.new_url),
          published: Number(row.published),
          header: Number(row.header) || 301,
        }));
      },

      async menuItems() {
        if (!has('menu')) return [];
        const rows = await read<RowDataPacket[]>(
          'the menu items',
          `SELECT id, path, link, published
             FROM ${table('menu')}
            WHERE client_id = 0 AND type = 'component' AND link LIKE 'index.php?option=com\\_content%'
            ORDER BY lft, id`
        );
        const items: JoomlaMenuItem[] = [];
        for (const row of rows) {
          const link = text(row.link);
          const query = new URLSearchParams(link.slice(link.indexOf('?') + 1));
          const view = query.get('view');
          if (view === null || !CONTENT_VIEWS.has(view)) continue;
          const id = Number.parseInt(query.get('id') ?? '', 10);
          items.push({
            id: Number(row.id),
            path: text(row.path),
            link,
            published: Number(row.published),
            view,
            targetId: Number.isFinite(id) ? id : null,
          });
        }
        return items;
      },

      async shownTotalHits() {
        const rows = await read<RowDataPacket[]>(
          'the total of hits',
          `SELECT COALESCE(SUM(hits), 0) AS total FROM ${table('content')} WHERE state = 1`
        );
        return Number(rows[0]?.total ?? 0);
      },

      async close() {
        await connection.end();
      },
    };
    return source;
  } catch (error) {
    connection.destroy();
    throw error;
  }
};

/* ----------------------------------------------------------------------------------------------
 * Connection and its failures
 * -------------------------------------------------------------------------------------------- */

interface ParsedUrl {
  options: { host: string; port: number; user: string; password: string; database: string };
  target: Target;
}

function parseUrl(url: string): ParsedUrl {
  const example = 'mysql://user:password@127.0.0.1:3306/joomla';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The MySQL address "${redact(url)}" is not a URL: write it as ${example}.`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new Error(
      `The MySQL address "${redact(url)}" starts with "${parsed.protocol}//": write it as ${example} (mysql:// or mariadb://).`
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database || database.includes('/')) {
    throw new Error(`The MySQL address "${redact(url)}" names no database: add it after the host, as in ${example}.`);
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = parsed.port ? Number(parsed.port) : 3306;
  const user = decodeURIComponent(parsed.username) || 'root';
  const password = decodeURIComponent(parsed.password);
  return { options: { host, port, user, password, database }, target: { host, port, user, database } };
}

/** The URL with its password replaced, fit for a message. */
function redact(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

function connectFailure(error: unknown, target: Target, where: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `Could not connect to MySQL at ${target.host}:${target.port}: nothing is listening there. Check the host and port in --mysql, and that MySQL or MariaDB is running.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not connect to MySQL: the host name "${target.host}" does not resolve. Check the host in --mysql.`;
    case 'ETIMEDOUT':
      return `Could not connect to MySQL at ${target.host}:${target.port}: no answer within 10 seconds. Check the host, the port and any firewall between here and there.`;
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR':
    case 'ER_NOT_SUPPORTED_AUTH_MODE':
      return `MySQL at ${target.host}:${target.port} refused the login of user "${target.user}" (${detail}). Check the user name and password in --mysql (percent-encode special characters in the password), and that the user may connect from this machine.`;
    case 'ER_DBACCESS_DENIED_ERROR':
      return `User "${target.user}" may not read database "${target.database}" at ${target.host}:${target.port}. Grant it SELECT on that database, or use another user in --mysql.`;
    case 'ER_BAD_DB_ERROR':
      return `There is no database "${target.database}" at ${where}. Check the database name at the end of --mysql (SHOW DATABASES lists them), or load the dump into it first.`;
    default:
      return `Could not open the Joomla database "${target.database}" at ${where}: ${detail}${code ? ` (${code})` : ''}. Check the address given with --mysql.`;
  }
}

function readFailure(error: unknown, what: string, database: string, where: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const base = `Could not read ${what} from database "${database}" at ${where}: ${detail}`;
  switch (code) {
    case 'ER_NO_SUCH_TABLE':
      return `${base}. A Joomla table is missing: check that the whole dump was loaded.`;
    case 'ER_BAD_FIELD_ERROR':
      return `${base}. A column Joomla 3.x/4.x has is missing: the site may be an older Joomla (1.5/2.5); upgrade it to Joomla 3 first.`;
    case 'PROTOCOL_CONNECTION_LOST':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
      return `${base}. The connection to MySQL was lost: check that the server is up, then run the import again (it resumes).`;
    default:
      return `${base}${code ? ` (${code})` : ''}.`;
  }
}

async function listTables(connection: Connection): Promise<Set<string>> {
  const [rows] = await connection.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
  );
  return new Set(rows.map((row) => String(row.name).toLowerCase()));
}

async function listColumns(connection: Connection, tableName: string): Promise<Set<string>> {
  const [rows] = await connection.query<RowDataPacket[]>(
    'SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
    [tableName]
  );
  return new Set(rows.map((row) => String(row.name).toLowerCase()));
}

/* ----------------------------------------------------------------------------------------------
 * Rows into values
 * -------------------------------------------------------------------------------------------- */

function toArticle(row: ContentRow, tags: string[]): JoomlaArticle {
  return {
    id: Number(row.id),
    title: text(row.title),
    alias: text(row.alias),
    introtext: text(row.introtext),
    fulltext: text(row.fulltext),
    state: Number(row.state),
    catid: Number(row.catid),
    created: joomlaDate(row.created),
    createdBy: Number(row.created_by),
    createdByAlias: text(row.created_by_alias),
    modified: joomlaDate(row.modified),
    publishUp: joomlaDate(row.publish_up),
    publishDown: joomlaDate(row.publish_down),
    images: parseImages(row.images),
    metadesc: text(row.metadesc),
    featured: Number(row.featured) === 1,
    hits: Number(row.hits),
    language: text(row.language),
    tags,
  };
}

function text(value: unknown): string {
  if (value == null) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/**
 * A Joomla datetime (UTC, as text) as a Date; null for NULL, the zero date and anything that is
 * not a real moment (Joomla 3 writes '0000-00-00 00:00:00' for "never").
 */
export function joomlaDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = DATETIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (year === 0 || month === 0 || day === 0) return null;
  const millis = match[7] ? Number(match[7].padEnd(3, '0').slice(0, 3)) : 0;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  // Date.UTC rolls 2019-02-31 over into March: such a value is not a date Joomla could show.
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : null;
}

/** The intro and full-text pictures of an article's `images` JSON; never throws. */
export function parseImages(json: string | null | undefined): JoomlaArticle['images'] {
  const none = { intro: null, fulltext: null };
  if (!json) return none;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return none;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return none;
  const fields = value as Record<string, unknown>;
  const picture = (kind: 'intro' | 'fulltext'): JoomlaImage | null => {
    const src = cleanImageSrc(fields[`image_${kind}`]);
    if (!src) return null;
    return { src, alt: optional(fields[`image_${kind}_alt`]), caption: optional(fields[`image_${kind}_caption`]) };
  };
  return { intro: picture('intro'), fulltext: picture('fulltext') };
}

/** Joomla 4's media field appends `#joomlaImage://local-images/…?width=…&height=…`: the path is what precedes it. */
function cleanImageSrc(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const src = value.split('#joomlaImage://')[0].trim();
  return src || null;
}

function optional(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
