import path from 'node:path';
import { UID } from '../../src/constants';
import { publication } from '../../src/plugins/approval/server/src/utils';
import { builders } from '../helpers/content';
import {
  ensureIndexesOnce,
  SEARCH_INDEXES,
  SEARCH_TABLES,
  SEARCH_TRIGGER,
} from '../../src/plugins/portal/server/src/database';
import { DIST_DIR, isPostgres } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * GET /api/portal/search: Vietnamese search over published articles only, ranked, paginated,
 * highlighted and filtered. Runs on SQLite (folded column, LIKE) and on PostgreSQL (full-text
 * GIN index; see database/migrations).
 */

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

interface Hit {
  slug: string;
  title: string;
  highlightedTitle: string;
  snippet: string;
  eventDate: string | null;
}
interface Body {
  data: {
    query: string;
    results: Hit[];
    totalIsExact: boolean;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

describe('portal search', () => {
  let app: TestApp;
  const slugs: Record<string, string> = {};
  let renamedAuthor: string;
  let parentSection: string;
  let childSection: string;
  let bdv: string;
  let mttq: string;

  const search = async (query: Record<string, string>, status = 200) => {
    const response = await app.http().get('/api/portal/search').query(query);
    expect(response.status).toBe(status);
    return response.body as Body;
  };
  const found = async (query: Record<string, string>) =>
    (await search({ pageSize: '50', ...query })).data.results.map((hit) => hit.slug);

  beforeAll(async () => {
    app = await startApp();
    const { strapi } = app;
    const make = builders(strapi);
    const parent = await make.section({ name: 'Công tác dân vận' });
    const child = await make.section({ name: 'Dân vận khéo các địa phương', parent: parent.documentId });
    const other = await make.section({ name: 'Tin tức tổng hợp' });
    const board = await make.department({ name: 'Ban Dân vận Tỉnh ủy' });
    const front = await make.department({ name: 'Ủy ban MTTQ tỉnh' });
    const anh = await make.author({ fullName: 'Hoàng Thị Nguyệt Ánh', department: board.documentId });
    const plain = await make.author({ fullName: 'Trần Minh Quân', department: front.documentId });
    [parentSection, childSection, bdv, mttq, renamedAuthor] = [
      parent.slug,
      child.slug,
      board.slug,
      front.slug,
      anh.documentId,
    ] as string[];

    const article = async (key: string, data: Record<string, unknown>, publish = true) => {
      const created = await make.article(
        { section: other.documentId, department: front.documentId, authors: [plain.documentId], ...data },
        { publish }
      );
      slugs[key] = created.slug as string;
      return created;
    };

    // Ranking: "khéo" in two titles (2025, 2024) and in the body of a newer article (2026).
    await article('titleNew', {
      title: 'Phong trào Dân vận khéo năm 2025',
      summary: 'Tổng kết các mô hình tiêu biểu.',
      eventDate: '2025-05-01',
      section: child.documentId,
      department: board.documentId,
    });
    await article('titleOld', {
      title: 'Sơ kết Dân vận khéo 2024',
      eventDate: '2024-03-01',
      section: parent.documentId,
      department: board.documentId,
    });
    await article('bodyOnly', {
      title: 'Hội nghị tổng kết công tác năm',
      eventDate: '2026-01-10',
      body: paragraph(
        `${'Mở đầu hội nghị, các đại biểu nghe báo cáo. '.repeat(12)}Nhiều mô hình dân vận khéo được nhân rộng ở cơ sở.`
      ),
    });
    await article('party', { title: 'Đại hội Đảng bộ tỉnh lần thứ XV', eventDate: '2025-10-01' });
    await article('summary', {
      title: 'Chuyện ở vùng biển',
      summary: 'Ngư dân bám biển, giữ vững chủ quyền.',
      eventDate: '2024-06-01',
      tags: [{ name: 'Trường Sa' }],
    });
    await article('byAuthor', {
      title: 'Bài viết về nông thôn mới',
      authors: [anh.documentId],
      eventDate: '2023-02-01',
    });
    for (let i = 1; i <= 5; i += 1)
      await article(`bulletin${i}`, { title: `Bản tin tuần số ${i}`, eventDate: `2022-0${i}-01` });

    // Never public: a draft, an unpublished article, and the newer draft of a published one.
    await article('draft', { title: 'Kế hoạch tuyệt mật chưa duyệt', eventDate: '2025-01-01' }, false);
    const withdrawn = await article('withdrawn', { title: 'Thông báo đã gỡ xuống', eventDate: '2025-01-02' });
    await publication(strapi, UID.article).unpublish({ documentId: withdrawn.documentId });
    const revised = await article('revised', {
      title: 'Báo cáo quý ba',
      body: paragraph('Nội dung đã duyệt về phong trào thi đua.'),
      eventDate: '2025-09-30',
    });
    await strapi.documents(UID.article).update({
      documentId: revised.documentId,
      status: 'draft',
      data: {
        title: 'Báo cáo quý ba (sửa)',
        body: paragraph('Đoạn bổ sung chưa được phê duyệt về điều chỉnh nội bộ.'),
      },
    } as never);
  });

  afterAll(() => app?.stop());

  describe('matching', () => {
    it('ignores case and tone marks', async () => {
      expect(await found({ q: 'dan van kheo' })).toEqual(
        expect.arrayContaining([slugs.titleNew, slugs.titleOld, slugs.bodyOnly])
      );
      expect(await found({ q: 'DÂN VẬN KHÉO' })).toEqual(await found({ q: 'dan van kheo' }));
      expect(await found({ q: 'dang' })).toEqual([slugs.party]);
      expect(await found({ q: 'Đảng bộ' })).toEqual([slugs.party]);
    });

    it('matches whole words only, and every word of the query', async () => {
      expect(await found({ q: 'dan' })).not.toContain(slugs.party);
      expect(await found({ q: 'kheo hoi nghi' })).toEqual([slugs.bodyOnly]);
      expect(await found({ q: 'kheo tuyet' })).toEqual([]);
    });

    it('searches summaries, body text, tags and author names', async () => {
      expect(await found({ q: 'bam bien' })).toEqual([slugs.summary]);
      // The reader page links each tag to a search for it: the tagged article is found.
      expect(await found({ q: 'truong sa' })).toEqual([slugs.summary]);
      expect(await found({ q: 'nhan rong co so' })).toEqual([slugs.bodyOnly]);
      expect(await found({ q: 'nguyet anh' })).toEqual([slugs.byAuthor]);
    });

    it('finds an article by its author’s new name after a rename, and no longer by the old one', async () => {
      await app.strapi
        .documents(UID.author)
        .update({ documentId: renamedAuthor, data: { fullName: 'Lò Văn Pả' } } as never);
      expect(await found({ q: 'lo van pa' })).toEqual([slugs.byAuthor]);
      expect(await found({ q: 'nguyet anh' })).toEqual([]);
    });
  });

  describe('only what is published', () => {
    it('never finds drafts or unpublished articles', async () => {
      expect(await found({ q: 'tuyet mat' })).toEqual([]);
      expect(await found({ q: 'thong bao da go xuong' })).toEqual([]);
    });

    it('finds the published text of a revised article, never its newer draft', async () => {
      expect(await found({ q: 'dieu chinh noi bo' })).toEqual([]);
      expect(await found({ q: 'sua' })).toEqual([]);
      const hits = (await search({ q: 'bao cao quy ba' })).data.results;
      expect(hits.map((hit) => hit.slug)).toEqual([slugs.revised]);
      expect(hits[0].title).toBe('Báo cáo quý ba');
      expect(hits[0].snippet).not.toContain('phê duyệt');
    });
  });

  describe('ranking, pages and highlights', () => {
    it('ranks title matches first, newest first, then the other matches', async () => {
      expect(await found({ q: 'dan van kheo' })).toEqual([slugs.titleNew, slugs.titleOld, slugs.bodyOnly]);
    });

    it('paginates with a stable order and an exact total', async () => {
      const first = await search({ q: 'ban tin', pageSize: '2' });
      expect(first.data.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 3, total: 5 });
      expect(first.data.results.map((hit) => hit.slug)).toEqual([slugs.bulletin5, slugs.bulletin4]);
      const last = await search({ q: 'ban tin', pageSize: '2', page: '3' });
      expect(last.data.results.map((hit) => hit.slug)).toEqual([slugs.bulletin1]);
      const beyond = await search({ q: 'ban tin', pageSize: '2', page: '4' });
      expect(beyond.data.results).toEqual([]);
      expect(beyond.data.pagination.total).toBe(5);
      expect(first.data.totalIsExact).toBe(true);
    });

    it('counts a very common word only up to the limit, says so, and still pages through every match', async () => {
      const config = app.strapi.config.get<{ searchCountLimit: number }>('plugin::portal');
      const limit = config.searchCountLimit;
      app.strapi.config.set('plugin::portal.searchCountLimit', 3);
      try {
        // Spelled differently from the other tests' queries, so no cached response answers.
        const first = await search({ q: 'Bản tin', pageSize: '2' });
        expect(first.data.totalIsExact).toBe(false);
        expect(first.data.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
        // The pages beyond the counted ones still hold the remaining matches, in order.
        const third = await search({ q: 'Bản tin', pageSize: '2', page: '3' });
        expect(third.data.results.map((hit) => hit.slug)).toEqual([slugs.bulletin1]);
        const exact = await search({ q: 'Dân vận khéo' });
        expect(exact.data.totalIsExact).toBe(true);
        expect(exact.data.pagination.total).toBe(3);
      } finally {
        app.strapi.config.set('plugin::portal.searchCountLimit', limit);
      }
    });

    it('pages across the boundary between title matches and the others', async () => {
      const one = async (page: string) => (await search({ q: 'dan van kheo', pageSize: '1', page })).data;
      expect((await one('1')).results.map((hit) => hit.slug)).toEqual([slugs.titleNew]);
      expect((await one('2')).results.map((hit) => hit.slug)).toEqual([slugs.titleOld]);
      expect((await one('3')).results.map((hit) => hit.slug)).toEqual([slugs.bodyOnly]);
      expect((await one('3')).pagination).toEqual({ page: 3, pageSize: 1, pageCount: 3, total: 3 });
      expect((await one('4')).results).toEqual([]);
      const second = await search({ q: 'dan van kheo', pageSize: '2', page: '2' });
      expect(second.data.results.map((hit) => hit.slug)).toEqual([slugs.bodyOnly]);
    });

    it('highlights the matched words in the title and in a snippet around the first match', async () => {
      const [titleHit] = (await search({ q: 'dan van kheo' })).data.results;
      expect(titleHit.highlightedTitle).toBe('Phong trào <mark>Dân</mark> <mark>vận</mark> <mark>khéo</mark> năm 2025');
      const body = (await search({ q: 'nhan rong' })).data.results[0];
      expect(body.highlightedTitle).toBe('Hội nghị tổng kết công tác năm');
      expect(body.snippet).toContain('<mark>nhân</mark> <mark>rộng</mark> ở cơ sở');
      expect(body.snippet.startsWith('… ')).toBe(true);
    });
  });

  describe('filters', () => {
    it('filters by section, its sub-sections included', async () => {
      expect(await found({ q: 'kheo', section: parentSection })).toEqual([slugs.titleNew, slugs.titleOld]);
      expect(await found({ q: 'kheo', section: childSection })).toEqual([slugs.titleNew]);
      expect(await found({ q: 'kheo', section: 'khong-co-chuyen-muc-nay' })).toEqual([]);
    });

    it('filters by department and by year', async () => {
      expect(await found({ q: 'kheo', department: bdv })).toEqual([slugs.titleNew, slugs.titleOld]);
      expect(await found({ q: 'kheo', department: mttq })).toEqual([slugs.bodyOnly]);
      expect(await found({ q: 'kheo', year: '2024' })).toEqual([slugs.titleOld]);
      expect(await found({ q: 'kheo', year: '2026', department: bdv })).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('refuses a missing, blank or over-long q with a 400 that says why', async () => {
      for (const query of [{}, { q: '' }, { q: '   ' }] as Record<string, string>[]) {
        const body = (await search(query, 400)) as unknown as { error: { message: string } };
        expect(body.error.message).toMatch(/q is required/);
      }
      const long = (await search({ q: 'dân '.repeat(60) + 'vận' }, 400)) as unknown as { error: { message: string } };
      expect(long.error.message).toMatch(/at most 200 characters/);
      expect((await search({ q: 'a'.repeat(200) })).data.results).toEqual([]);
    });

    it('refuses malformed pages and repeated parameters', async () => {
      await search({ q: 'kheo', page: '0' }, 400);
      await search({ q: 'kheo', pageSize: '1000' }, 400);
      await search({ q: 'kheo', year: 'năm ngoái' }, 400);
      const repeated = await app.http().get('/api/portal/search?q=a&q=b');
      expect(repeated.status).toBe(400);
    });

    it('answers odd input without a server error', async () => {
      const odd = [
        "'; DROP TABLE articles; --",
        '%',
        '_',
        '\\',
        '!!!',
        'dân & | ! :* <-> ( )',
        '"khéo"',
        '🙂 khéo',
        'kheo:*',
        'a b c d e f g h i j k l m n o p',
      ];
      for (const q of odd) {
        const body = await search({ q });
        expect(Array.isArray(body.data.results)).toBe(true);
      }
      expect(await found({ q: 'dân & khéo | !' })).toEqual(await found({ q: 'dan kheo' }));
      expect(await found({ q: '%' })).toEqual([]);
    });
  });

  describe('the PostgreSQL word tables', () => {
    (isPostgres() ? it : it.skip)(
      'exist on a fresh database, follow every write, and are made again by the migration on an upgraded one',
      async () => {
        const { strapi } = app;
        const schema = strapi.db.getSchemaName() as string;
        const raw = async <T>(sql: string, bindings: unknown[] = []) =>
          (await strapi.db.connection.raw<{ rows: T[] }>(sql, bindings as never)).rows;
        const indexNames = async () =>
          (await raw<{ indexname: string }>('select indexname from pg_indexes where schemaname = ?', [schema])).map(
            (row) => row.indexname
          );
        const rowsOf = async (table: string) =>
          Number((await raw<{ n: string }>(`select count(*) as n from "${schema}"."${table}"`))[0].n);
        const publishedArticles = async () =>
          Number(
            (
              await raw<{ n: string }>(
                `select count(*) as n from "${schema}"."articles" where published_at is not null`
              )
            )[0].n
          );
        const EVERYTHING = [...SEARCH_INDEXES, 'articles_published_slug_idx'];

        expect(await indexNames()).toEqual(expect.arrayContaining(EVERYTHING));
        expect(await rowsOf(SEARCH_TABLES.titles)).toBe(await publishedArticles());
        expect(await rowsOf(SEARCH_TABLES.texts)).toBe(await publishedArticles());

        // A database from before the search: no word tables, no trigger, no indexes.
        await strapi.db.connection.raw(`drop trigger ${SEARCH_TRIGGER} on "${schema}"."articles"`);
        for (const table of Object.values(SEARCH_TABLES))
          await strapi.db.connection.raw(`drop table "${schema}"."${table}"`);
        await strapi.db.connection.raw(`drop index "${schema}"."articles_published_slug_idx"`);
        expect(await indexNames()).not.toEqual(expect.arrayContaining(EVERYTHING));

        const migration: { up(knex: unknown, db: unknown): Promise<void> } = await import(
          path.join(DIST_DIR, 'database', 'migrations', '2026.12.02T00.00.00.article-search-indexes.js')
        );
        await strapi.db.connection.transaction((trx) => migration.up(trx, strapi.db));
        expect(await indexNames()).toEqual(expect.arrayContaining(EVERYTHING));
        expect(await rowsOf(SEARCH_TABLES.texts)).toBe(await publishedArticles());
        // Spelled apart from the other tests' queries, so that no cached answer hides the database's.
        expect(await found({ q: 'Dan Van Kheo' })).toEqual([slugs.titleNew, slugs.titleOld, slugs.bodyOnly]);

        // The trigger follows a write that bypasses the app: the published title changes in SQL.
        await strapi.db.connection.raw(
          `update "${schema}"."articles" set search_title = ' khong con dan van ', search_text = ' khong con dan van ' where slug = ? and published_at is not null`,
          [slugs.titleOld]
        );
        expect(await found({ q: 'DAN VAN KHEO' })).toEqual([slugs.titleNew, slugs.bodyOnly]);
      }
    );
  });
  describe('the indexes, word tables and trigger', () => {
    it('are made once per database: no DDL at a later start, made again when the record is missing', async () => {
      const { strapi } = app;
      const statements: string[] = [];
      const listener = (query: { sql: string }) => statements.push(query.sql);
      strapi.db.connection.client.on('query', listener);
      try {
        // Given a database that has them, a later start only reads the plugin store's record.
        expect(await ensureIndexesOnce(strapi)).toBe('in place');
      } finally {
        strapi.db.connection.client.removeListener('query', listener);
      }
      expect(statements.filter((sql) => /\b(create|drop|alter|analyze)\b/i.test(sql))).toEqual([]);

      // A database from before the slug index, whose record is older: the next start makes it.
      const schema = strapi.db.getSchemaName();
      const indexes = async () =>
        isPostgres()
          ? (
              await strapi.db.connection.raw<{ rows: { name: string }[] }>(
                'select indexname as name from pg_indexes where schemaname = ?',
                [schema as string]
              )
            ).rows.map((row) => row.name)
          : (
              await strapi.db.connection.raw<{ name: string }[]>(`select name from sqlite_master where type = 'index'`)
            ).map((row) => row.name);
      await strapi.db.connection.raw(
        isPostgres() ? `drop index "${schema}"."articles_published_slug_idx"` : 'drop index articles_published_slug_idx'
      );
      expect(await indexes()).not.toContain('articles_published_slug_idx');
      await strapi.store({ type: 'plugin', name: 'portal', key: 'database-objects' }).delete({});
      expect(await ensureIndexesOnce(strapi)).toBe('made');
      expect(await indexes()).toEqual(
        expect.arrayContaining(['articles_published_slug_idx', ...(isPostgres() ? SEARCH_INDEXES : [])])
      );
      expect(await ensureIndexesOnce(strapi)).toBe('in place');
    });
  });
});
