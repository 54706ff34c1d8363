/**
 * The Joomla reader against a real MariaDB: the fixture site is written into a fresh database
 * (Joomla 3's tables, prefix jos_), then everything `openJoomla` reads is held to the fixture's
 * manifest. Needs MySQL/MariaDB at 127.0.0.1:3306 (root, empty password) or JOOMLA_TEST_MYSQL_URL.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import {
  createJoomlaDatabase,
  writeJoomlaFixture,
  writeJoomlaSchema,
  type JoomlaFixtureManifest,
  type JoomlaTestDatabase,
} from '../fixtures/joomla';
import { openJoomla, type JoomlaArticle, type JoomlaSource } from '../../src/plugins/legacy/server/src/joomla/source';

/** Joomla 3.10's columns (installation/sql/mysql/joomla.sql), in table order. */
const JOOMLA3_COLUMNS: Record<string, string[]> = {
  content: [
    'id', 'asset_id', 'title', 'alias', 'introtext', 'fulltext', 'state', 'catid', 'created', 'created_by',
    'created_by_alias', 'modified', 'modified_by', 'checked_out', 'checked_out_time', 'publish_up', 'publish_down',
    'images', 'urls', 'attribs', 'version', 'ordering', 'metakey', 'metadesc', 'access', 'hits', 'metadata',
    'featured', 'language', 'xreference', 'note',
  ],
  categories: [
    'id', 'asset_id', 'parent_id', 'lft', 'rgt', 'level', 'path', 'extension', 'title', 'alias', 'note',
    'description', 'published', 'checked_out', 'checked_out_time', 'access', 'params', 'metadesc', 'metakey',
    'metadata', 'created_user_id', 'created_time', 'modified_user_id', 'modified_time', 'hits', 'language', 'version',
  ],
  users: [
    'id', 'name', 'username', 'email', 'password', 'block', 'sendEmail', 'registerDate', 'lastvisitDate', 'activation',
    'params', 'lastResetTime', 'resetCount', 'otpKey', 'otep', 'requireReset',
  ],
  tags: [
    'id', 'parent_id', 'lft', 'rgt', 'level', 'path', 'title', 'alias', 'note', 'description', 'published',
    'checked_out', 'checked_out_time', 'access', 'params', 'metadesc', 'metakey', 'metadata', 'created_user_id',
    'created_time', 'created_by_alias', 'modified_user_id', 'modified_time', 'images', 'urls', 'hits', 'language',
    'version', 'publish_up', 'publish_down',
  ],
  contentitem_tag_map: ['type_alias', 'core_content_id', 'content_item_id', 'tag_id', 'tag_date', 'type_id'],
  content_frontpage: ['content_id', 'ordering'],
  redirect_links: [
    'id', 'old_url', 'new_url', 'referer', 'comment', 'hits', 'published', 'created_date', 'modified_date', 'header',
  ],
  menu: [
    'id', 'menutype', 'title', 'alias', 'note', 'path', 'link', 'type', 'published', 'parent_id', 'level',
    'component_id', 'checked_out', 'checked_out_time', 'browserNav', 'access', 'img', 'template_style_id', 'params',
    'lft', 'rgt', 'home', 'language', 'client_id',
  ],
  assets: ['id', 'parent_id', 'lft', 'rgt', 'level', 'name', 'title', 'rules'],
}; // prettier-ignore

const PREFIX = 'jos_';

let database: JoomlaTestDatabase;
let siteRoot: string;
let manifest: JoomlaFixtureManifest;
let source: JoomlaSource;
/** Every article, read once in small pages. */
let all: JoomlaArticle[];
let batchSizes: number[];

const article = (id: number): JoomlaArticle => {
  const found = all.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`article ${id} was not read`);
  return found;
};

beforeAll(async () => {
  database = await createJoomlaDatabase();
  siteRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'joomla-site-'));
  manifest = await writeJoomlaFixture({ url: database.url, prefix: PREFIX, siteRoot });
  source = await openJoomla(database.url, PREFIX);
  all = [];
  batchSizes = [];
  for await (const batch of source.articles(5)) {
    batchSizes.push(batch.length);
    all.push(...batch);
  }
});

afterAll(async () => {
  await source?.close();
  await database?.drop();
  if (siteRoot) await fs.rm(siteRoot, { recursive: true, force: true });
});

describe('openJoomla on a Joomla 3 site', () => {
  it('recognises Joomla 3 and counts every article', async () => {
    expect(source.version).toBe('3');
    expect(await source.countArticles()).toBe(manifest.counts.total);
  });

  it('reads every article exactly once, in pages of at most the batch size, by ascending id', () => {
    expect(batchSizes.every((size) => size >= 1 && size <= 5)).toBe(true);
    expect(batchSizes.length).toBe(Math.ceil(manifest.counts.total / 5));
    const ids = all.map((row) => row.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(manifest.articles.map((expected) => expected.id));
  });

  it('resumes after a given id', async () => {
    const ids: number[] = [];
    for await (const batch of source.articles(3, 105)) ids.push(...batch.map((row) => row.id));
    expect(ids).toEqual(manifest.articles.map((expected) => expected.id).filter((id) => id > 105));
  });

  it('refuses a batch size that would not bound memory', () => {
    expect(() => source.articles(0)).toThrow(/batch size/);
    expect(() => source.articles(1_000_000)).toThrow(/batch size/);
  });

  it('reads articles in every state', () => {
    const byState: Record<string, number> = { 1: 0, 0: 0, 2: 0, '-2': 0 };
    for (const row of all) byState[String(row.state)] += 1;
    expect(byState).toEqual(manifest.counts.byState);
    for (const state of ['1', '0', '2', '-2']) expect(byState[state]).toBeGreaterThan(0);
  });

  it('reads the fields of each article as stored', () => {
    for (const expected of manifest.articles) {
      const row = article(expected.id);
      expect({
        id: row.id,
        title: row.title,
        alias: row.alias,
        state: row.state,
        catid: row.catid,
        hits: row.hits,
        featured: row.featured,
        createdBy: row.createdBy,
        createdByAlias: row.createdByAlias,
        tags: row.tags,
        hasFulltext: row.fulltext !== '',
      }).toEqual({
        id: expected.id,
        title: expected.title,
        alias: expected.alias,
        state: expected.state,
        catid: expected.catid,
        hits: expected.hits,
        featured: expected.featured,
        createdBy: expected.createdBy,
        createdByAlias: expected.createdByAlias,
        tags: expected.tags,
        hasFulltext: expected.hasFulltext,
      });
      expect(row.language).toBe('*');
    }
  });

  it('leaves text as the database has it: entities, Word markup and double encoding untouched', () => {
    expect(article(103).title).toBe(manifest.articles.find((row) => row.id === 103)?.title);
    expect(article(103).title).toContain('CÃ´ng tÃ¡c');
    expect(article(102).introtext).toContain('S&aacute;ng ng&agrave;y');
    expect(article(102).introtext).toContain('class="MsoNormal"');
    expect(article(103).fulltext.normalize('NFC')).not.toBe(article(103).fulltext);
  });

  it('reads dates as UTC and Joomla zero dates as null', () => {
    for (const expected of manifest.articles) {
      const row = article(expected.id);
      const iso = (date: Date | null) => (date ? date.toISOString() : null);
      expect([expected.id, iso(row.created), iso(row.modified), iso(row.publishUp), iso(row.publishDown)]).toEqual([
        expected.id,
        expected.created,
        expected.modified,
        expected.publishUp,
        expected.publishDown,
      ]);
    }
    expect(article(101).created?.toISOString()).toBe('2015-01-05T02:30:00.000Z');
    expect(article(115).publishUp).toBeNull();
    expect(article(115).modified).toBeNull();
    expect(article(111).publishDown?.toISOString()).toBe('2016-12-31T16:59:59.000Z');
    expect(article(110).publishUp!.getTime()).toBeGreaterThan(Date.now());
  });

  it('keeps hits exact into the tens of millions, and the total the old site showed', async () => {
    expect(article(113).hits).toBe(98_765_432);
    expect(article(101).hits).toBe(12_345_678);
    expect(await source.shownTotalHits()).toBe(manifest.shownTotalHits);
    const published = all.filter((row) => row.state === 1).reduce((sum, row) => sum + row.hits, 0);
    expect(await source.shownTotalHits()).toBe(published);
  });

  it('reads the intro and full-text pictures of the images JSON, and never throws on a broken one', () => {
    expect(article(101).images).toEqual({
      intro: {
        src: 'images/tin-tuc/2015/hoi-nghi-tong-ket.jpg',
        alt: 'Hội nghị tổng kết công tác dân vận năm 2014',
        caption: null,
      },
      // Joomla 4's "#joomlaImage://…?width=…" suffix is cut off.
      fulltext: { src: 'images/tin-tuc/2015/hoi-nghi-tong-ket.jpg', alt: null, caption: 'Quang cảnh hội nghị' },
    });
    expect(article(109).images.intro).toEqual({
      src: 'images/dan-van-kheo/mo-hinh.png',
      alt: null,
      caption: 'Mô hình tiêu biểu',
    });
    expect(article(106).images).toEqual({
      intro: { src: 'images/anh-bia/da-xoa.jpg', alt: 'Ảnh bìa', caption: null },
      fulltext: null,
    });
    expect(article(117).images).toEqual({ intro: null, fulltext: null }); // broken JSON
    expect(article(115).images).toEqual({ intro: null, fulltext: null }); // empty string
    expect(article(102).images).toEqual({ intro: null, fulltext: null }); // empty fields
    for (const expected of manifest.articles) {
      expect([expected.id, article(expected.id).images.intro?.src ?? null]).toEqual([
        expected.id,
        expected.introImage?.path ?? null,
      ]);
    }
  });

  it('reads the category tree in nested-set order, without the root, in every state', async () => {
    const categories = await source.categories();
    expect(
      categories.map(({ id, parentId, level, lft, path: categoryPath, alias, title, published }) => ({
        id,
        parentId,
        level,
        lft,
        path: categoryPath,
        alias,
        title,
        published,
      }))
    ).toEqual(
      manifest.categories.map(({ id, parentId, level, lft, path: categoryPath, alias, title, published }) => ({
        id,
        parentId,
        level,
        lft,
        path: categoryPath,
        alias,
        title,
        published,
      }))
    );
    const byId = new Map(categories.map((category) => [category.id, category]));
    // A parent with a higher id than its child, three levels deep.
    expect(byId.get(5)).toMatchObject({ parentId: 8, level: 3, path: 'tin-tuc/hoat-dong/hoat-dong-co-so' });
    expect(byId.get(8)).toMatchObject({ parentId: 12, level: 2 });
    expect(categories.map((category) => category.published)).toEqual(expect.arrayContaining([0, -2]));
    expect(byId.has(1)).toBe(false);
    expect(byId.get(10)?.description).toContain('Mặt trận Tổ quốc');
    expect(byId.get(12)?.metadesc).toBe('Tin tức hoạt động của Ban Dân vận Tỉnh ủy');
  });

  it('reads the users asked for, and only those that exist', async () => {
    const users = await source.users([43, 44, 999, 43]);
    expect([...users.values()]).toEqual(
      expect.arrayContaining([
        { id: 43, name: 'Nguyễn Thành Lượm', username: 'luomnt' },
        { id: 44, name: 'Trần Thị Mai', username: 'maitt' },
      ])
    );
    expect(users.size).toBe(2);
    expect((await source.users([])).size).toBe(0);
  });

  it('reads the redirects of com_redirect, published or not', async () => {
    expect(await source.redirectLinks()).toEqual(
      manifest.redirects.map(({ id, oldUrl, newUrl, published, header }) => ({ id, oldUrl, newUrl, published, header }))
    );
  });

  it('reads the com_content menu items of the site, published or not, and no others', async () => {
    const items = await source.menuItems();
    expect(items).toEqual(manifest.menuItems);
    expect(items.find((item) => item.path === 'tin-tuc/hoat-dong')).toMatchObject({ view: 'category', targetId: 8 });
    expect(items.find((item) => item.path === 'gioi-thieu')).toMatchObject({ view: 'article', targetId: 115 });
    expect(items.some((item) => item.published === 0)).toBe(true);
  });
});

describe('the fixture', () => {
  it("has Joomla 3's tables with Joomla 3's column names, in utf8mb4", async () => {
    const conn = await mysql.createConnection({ uri: database.url });
    try {
      for (const [table, columns] of Object.entries(JOOMLA3_COLUMNS)) {
        const [rows] = await conn.query<mysql.RowDataPacket[]>(
          'SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
          [`${PREFIX}${table}`]
        );
        expect([table, rows.map((row) => String(row.name))]).toEqual([table, columns]);
      }
      const [collations] = await conn.query<mysql.RowDataPacket[]>(
        `SELECT DISTINCT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'jos\\_%'`
      );
      expect(collations.map((row) => String(row.collation))).toEqual(['utf8mb4_unicode_ci']);
    } finally {
      await conn.end();
    }
  });

  it('puts the pictures and files on disk, except the ones it lists as missing', async () => {
    for (const file of manifest.files) {
      const exists = await fs
        .stat(path.join(siteRoot, ...file.path.split('/')))
        .then(() => true)
        .catch(() => false);
      expect([file.path, exists]).toEqual([file.path, !file.missing]);
    }
    expect(manifest.files.filter((file) => file.missing).length).toBeGreaterThanOrEqual(3);
    const gallery = await fs.readdir(path.join(siteRoot, 'images', 'su-kien', '2019'));
    expect(gallery.sort()).toEqual(['anh-1.jpg', 'anh-2.jpg', 'anh-3.png']);
  });
});

describe('openJoomla refusals and other sites', () => {
  const serverUrl = (): string => database.url.slice(0, database.url.lastIndexOf('/'));

  it('says which database is missing', async () => {
    await expect(openJoomla(`${serverUrl()}/no_such_joomla_db`, PREFIX)).rejects.toThrow(
      /no database "no_such_joomla_db".*Check the database name/
    );
  });

  it('says which table is missing, and which prefix the database has', async () => {
    await expect(openJoomla(database.url, 'xyz_')).rejects.toThrow(/No table xyz_content .*--prefix jos_/);
  });

  it('says the login was refused, without showing the password', async () => {
    const url = new URL(database.url);
    url.username = 'root';
    url.password = 'certainly-wrong';
    const attempt = openJoomla(url.toString(), PREFIX);
    await expect(attempt).rejects.toThrow(/refused the login of user "root".*Check the user name and password/);
    await expect(attempt).rejects.not.toThrow(/certainly-wrong/);
  });

  it('says when nothing listens at the address', async () => {
    await expect(openJoomla('mysql://root@127.0.0.1:1/joomla', PREFIX)).rejects.toThrow(/nothing is listening/);
  });

  it('refuses a malformed address or prefix before connecting', async () => {
    await expect(openJoomla('not a url', PREFIX)).rejects.toThrow(/is not a URL/);
    await expect(openJoomla('postgres://root@127.0.0.1/joomla', PREFIX)).rejects.toThrow(/mysql:\/\//);
    await expect(openJoomla('mysql://root@127.0.0.1:3306', PREFIX)).rejects.toThrow(/names no database/);
    await expect(openJoomla(database.url, 'jos_`; DROP TABLE x; --')).rejects.toThrow(/prefix/);
  });

  it('says what is missing from an incomplete or older Joomla database', async () => {
    const conn = await mysql.createConnection({ uri: database.url });
    try {
      await writeJoomlaSchema(conn, 'part_');
      await conn.query('DROP TABLE part_categories');
      await expect(openJoomla(database.url, 'part_')).rejects.toThrow(
        /has part_content but not part_categories: it is not a complete Joomla database/
      );
      await writeJoomlaSchema(conn, 'part_');
      await conn.query('ALTER TABLE part_content DROP COLUMN metadesc');
      const old = await openJoomla(database.url, 'part_');
      try {
        const read = async () => {
          for await (const batch of old.articles(10)) expect(batch).toBeDefined();
        };
        await expect(read()).rejects.toThrow(
          /Could not read the articles after id 0 .*column Joomla 3.x\/4.x has is missing/
        );
      } finally {
        await old.close();
      }
    } finally {
      await conn.end();
    }
  });

  it('reads a site without com_redirect, and recognises Joomla 4', async () => {
    const conn = await mysql.createConnection({ uri: database.url });
    try {
      await writeJoomlaSchema(conn, 'bare_');
      await conn.query('DROP TABLE bare_redirect_links');
      const bare = await openJoomla(database.url, 'bare_');
      try {
        expect(bare.version).toBe('3');
        expect(await bare.redirectLinks()).toEqual([]);
        expect(await bare.countArticles()).toBe(0);
        expect(await bare.shownTotalHits()).toBe(0);
        const batches: JoomlaArticle[][] = [];
        for await (const batch of bare.articles(10)) batches.push(batch);
        expect(batches).toEqual([]);
      } finally {
        await bare.close();
      }

      // Joomla 4: a workflow table, nullable dates.
      await conn.query(
        'CREATE TABLE bare_workflow_associations (item_id int NOT NULL, stage_id int NOT NULL, extension varchar(50) NOT NULL)'
      );
      await conn.query('ALTER TABLE bare_content MODIFY publish_down datetime NULL');
      await conn.query(
        `INSERT INTO bare_content (id, title, alias, introtext, \`fulltext\`, state, catid, created, publish_up, publish_down, images, urls, attribs, metakey, metadesc, metadata, language, xreference)
         VALUES (1, 'Bài Joomla 4', 'bai-joomla-4', '<p>x</p>', '', 1, 2, '2023-05-01 07:00:00', '2023-05-01 07:00:00', NULL, ?, '', '', '', '', '', '*', '')`,
        [
          JSON.stringify({
            image_intro: 'images/a.jpg#joomlaImage://local-images/a.jpg?width=10&height=10',
            image_intro_alt: 'A',
          }),
        ]
      );
      const four = await openJoomla(database.url, 'bare_');
      try {
        expect(four.version).toBe('4');
        const rows: JoomlaArticle[] = [];
        for await (const batch of four.articles(10)) rows.push(...batch);
        expect(rows).toHaveLength(1);
        expect(rows[0].publishDown).toBeNull();
        expect(rows[0].publishUp?.toISOString()).toBe('2023-05-01T07:00:00.000Z');
        expect(rows[0].images.intro).toEqual({ src: 'images/a.jpg', alt: 'A', caption: null });
      } finally {
        await four.close();
      }
    } finally {
      await conn.end();
    }
  });
});
