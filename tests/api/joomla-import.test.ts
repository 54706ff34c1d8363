import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { UID } from '../../src/constants';
import {
  createJoomlaDatabase,
  writeJoomlaFixture,
  type ExpectedArticle,
  type JoomlaFixtureManifest,
  type JoomlaTestDatabase,
} from '../fixtures/joomla';
import { builders } from '../helpers/content';
import { startApp, type TestApp } from '../helpers/strapi';

/** What the importer service answers (the report's parts these tests read). */
interface Report {
  unchanged: boolean;
  articles: {
    read: number;
    created: number;
    updated: number;
    unchanged: number;
    imported: Record<'published' | 'scheduled' | 'draft', number>;
    skipped: Record<string, { count: number; articles: number[] }>;
    keptEdits: { oldId: number; documentId: string }[];
  };
  sections: { created: number; hidden: { oldId: number }[] };
  media: { imported: number; reused: number; missing: { oldId: number; path: string }[]; missingCount: number };
  shortcodes: Record<string, { count: number; articles: number[] }>;
  repairs: Record<string, { count: number; articles: number[] }>;
  hits: { imported: number; shownOnOldSite: number; offset: number; legacyTotal: number; published: number };
  warnings: { oldId: number | null; message: string }[];
}

interface ItemRow {
  oldId: string;
  targetDocumentId: string | null;
  slug: string | null;
  done: boolean;
}

const MOJIBAKE = /Ã.|Ä.|Æ.|á».|áº./;

/** Blocks as readers see them in plain text, one line per block (table rows flattened, picture captions). */
const blocksText = (blocks: unknown): string => {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const { text, children, image } = node as {
      text?: string;
      children?: unknown[];
      image?: { caption?: string | null };
    };
    return `${text ?? ''}${image?.caption ?? ''}${(children ?? []).map(walk).join('')}`;
  };
  return Array.isArray(blocks) ? blocks.map(walk).join('\n') : '';
};

describe('npm run import:joomla: an old Joomla site becomes the portal, and every old link keeps working', () => {
  let app: TestApp;
  let joomla: JoomlaTestDatabase;
  let manifest: JoomlaFixtureManifest;
  let siteRoot: string;
  let first: Report;
  let second: Report;
  const items = new Map<number, ItemRow>();
  let departmentSlug: string;

  const run = (extra: Record<string, unknown> = {}): Promise<Report> =>
    app.strapi
      .plugin('legacy')
      .service('importer')
      .run({
        mysql: joomla.url,
        prefix: 'jos_',
        siteRoot,
        source: 'angiang',
        oldHosts: [manifest.oldHost],
        department: departmentSlug,
        departmentMap: {},
        oldTotal: null,
        dryRun: false,
        batchSize: 7,
        reportFile: null,
        ...extra,
      }) as Promise<Report>;

  const counts = async () => ({
    articles: await app.strapi.db.query(UID.article).count({}),
    sections: await app.strapi.db.query(UID.section).count({}),
    authors: await app.strapi.db.query(UID.author).count({}),
    files: await app.strapi.db.query('plugin::upload.file').count({}),
    addresses: await app.strapi.db.query('plugin::legacy.address').count({}),
    events: await app.strapi.db.query('plugin::approval.event').count({}),
  });

  /** An article's all-time views, as the statistics hold them. */
  const viewTotal = async (documentId: string): Promise<number> => {
    const rows: { hits: string | number }[] = await app.strapi.db
      .connection('stats_article_totals')
      .withSchema(app.strapi.db.getSchemaName() || '')
      .where('document_id', documentId)
      .select('hits');
    return Number(rows[0]?.hits ?? 0);
  };
  const published = (article: ExpectedArticle) => article.expectedState === 'published';
  const slugOf = (article: ExpectedArticle) => items.get(article.id)?.slug ?? null;
  const live = async (article: ExpectedArticle) => {
    const slug = slugOf(article);
    return slug ? app.http().get(`/api/portal/articles/${slug}`) : null;
  };

  beforeAll(async () => {
    app = await startApp();
    const department = await builders(app.strapi).department({ name: 'Ban Dân vận Tỉnh ủy', slug: 'ban-dan-van' });
    departmentSlug = (department as unknown as { slug: string }).slug;
    joomla = await createJoomlaDatabase();
    siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'joomla-site-'));
    manifest = await writeJoomlaFixture({ url: joomla.url, prefix: 'jos_', siteRoot });
    first = await run();
    const rows = (await app.strapi.db
      .query('plugin::legacy.item')
      .findMany({ where: { source: 'angiang', kind: 'article' } })) as ItemRow[];
    for (const row of rows) items.set(Number(row.oldId), row);
  });
  afterAll(async () => {
    await app?.stop();
    await joomla?.drop();
    if (siteRoot) fs.rmSync(siteRoot, { recursive: true, force: true });
  });

  it('brings every article in its state: published, scheduled, draft, and leaves the trashed out', () => {
    const expected = manifest.counts.byExpectedState;
    expect(first.articles.imported).toEqual({
      published: expected.published,
      scheduled: expected.scheduled,
      draft: expected.draft,
    });
    const skipped = Object.values(first.articles.skipped).reduce((sum, entry) => sum + entry.count, 0);
    expect(skipped).toBe(expected.skipped);
    expect(first.articles.read).toBe(manifest.counts.total);
    for (const article of manifest.articles.filter((a) => a.expectedState === 'skipped')) {
      expect(items.get(article.id)?.done ?? false).toBe(false);
    }
  });

  it('serves every published article by its slug, with its body, and nothing of the old markup', async () => {
    for (const article of manifest.articles.filter(published)) {
      const slug = slugOf(article);
      expect({ id: article.id, slug: Boolean(slug) }).toEqual({ id: article.id, slug: true });
      if (article.expectedSlug) expect(slug).toBe(article.expectedSlug);
      const response = await live(article);
      expect({ id: article.id, status: response?.status }).toEqual({ id: article.id, status: 200 });
      const data = response!.body.data as { title: string; body: unknown; bodyHtml?: string | null };
      expect(data.title).toBe(article.expectedTitle);
      const text = `${data.title}\n${blocksText(data.body)}\n${data.bodyHtml ?? ''}`;
      for (const phrase of article.phrases) {
        expect({ id: article.id, phrase, missingFrom: text.includes(phrase) ? null : text }).toEqual({
          id: article.id,
          phrase,
          missingFrom: null,
        });
      }
      const stored = `${blocksText(data.body)}\n${data.bodyHtml ?? ''}`;
      for (const bad of article.forbidden) {
        expect({ id: article.id, bad, found: stored.includes(bad) ? stored : null }).toEqual({
          id: article.id,
          bad,
          found: null,
        });
      }
      expect(MOJIBAKE.test(text)).toBe(false);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('keeps every figure of the tables, in the blocks and in the HTML readers are shown', async () => {
    const withTables = manifest.articles.filter((article) => published(article) && article.figures.length);
    expect(withTables.length).toBeGreaterThan(0);
    for (const article of withTables) {
      const data = (await live(article))!.body.data as { body: unknown; bodyHtml: string | null };
      expect(data.bodyHtml).toContain('<table');
      for (const figure of article.figures) {
        expect({ id: article.id, figure, inBlocks: blocksText(data.body).includes(figure) }).toMatchObject({
          inBlocks: true,
        });
        expect({ id: article.id, figure, inHtml: (data.bodyHtml ?? '').includes(figure) }).toMatchObject({
          inHtml: true,
        });
      }
      expect(data.bodyHtml).not.toMatch(/<script|onclick|style=|class="Mso/i);
    }
  });

  it('keeps drafts and scheduled articles away from readers, and schedules the scheduled ones', async () => {
    for (const article of manifest.articles.filter(
      (a) => a.expectedState === 'draft' || a.expectedState === 'scheduled'
    )) {
      const response = await live(article);
      expect({ id: article.id, status: response?.status }).toEqual({ id: article.id, status: 404 });
    }
    for (const article of manifest.articles.filter((a) => a.expectedState === 'scheduled')) {
      const review = (await app.strapi.db.query('plugin::approval.review').findOne({
        where: { targetDocumentId: items.get(article.id)!.targetDocumentId },
      })) as { state: string; publishAt: string | null };
      expect(review.state).toBe('approved');
      expect(new Date(review.publishAt!).toISOString()).toBe(new Date(article.publishUp!).toISOString());
    }
  });

  it('records one "imported from" event per article, by the system, and sends no e-mail', async () => {
    const events = (await app.strapi.db.query('plugin::approval.event').findMany({ where: { action: 'import' } })) as {
      targetDocumentId: string;
      comment: string;
      actorId: number | null;
    }[];
    const imported = manifest.articles.filter((a) => a.expectedState !== 'skipped');
    expect(events).toHaveLength(imported.length);
    for (const article of imported) {
      const event = events.find((e) => e.targetDocumentId === items.get(article.id)?.targetDocumentId);
      expect(event?.comment).toBe(`Imported from angiang #${article.id}`);
      expect(event?.actorId).toBeNull();
    }
  });

  it('makes the old hits each article’s view total, exactly, and prints the legacy offset that continues the old total', async () => {
    for (const article of manifest.articles.filter((a) => a.expectedState !== 'skipped')) {
      const documentId = items.get(article.id)!.targetDocumentId!;
      expect({ id: article.id, hits: await viewTotal(documentId) }).toEqual({ id: article.id, hits: article.hits });
    }
    const publishedHits = manifest.articles.filter(published).reduce((sum, a) => sum + a.hits, 0);
    expect(first.hits.shownOnOldSite).toBe(manifest.shownTotalHits);
    expect(first.hits.legacyTotal).toBe(manifest.shownTotalHits - publishedHits);
  });

  it('answers every old address of an article or section with a 301 to its new address', async () => {
    for (const article of manifest.articles.filter(published)) {
      for (const url of article.oldUrls) {
        const response = await app.http().get(url).redirects(0);
        const print = /print=1/.test(url);
        const expected = print ? `/api/portal/articles/${slugOf(article)}/print` : `/bai-viet/${slugOf(article)}`;
        expect({ url, status: response.status, location: response.headers.location }).toEqual({
          url,
          status: 301,
          location: expected,
        });
      }
    }
    const sections = (await app.strapi.db
      .query('plugin::legacy.item')
      .findMany({ where: { kind: 'category' } })) as ItemRow[];
    for (const category of manifest.categories.filter((c) => c.visible)) {
      const slug = sections.find((row) => Number(row.oldId) === category.id)?.slug;
      for (const url of category.oldUrls) {
        const response = await app.http().get(url).redirects(0);
        expect({ url, status: response.status, location: response.headers.location }).toEqual({
          url,
          status: 301,
          location: `/chuyen-muc/${slug}`,
        });
      }
    }
  });

  it('answers the addresses without ids that modern routing wrote, under the category and under its menu item', async () => {
    let asked = 0;
    for (const article of manifest.articles.filter(published)) {
      const category = manifest.categories.find((c) => c.id === article.catid);
      if (!category?.visible || !article.alias) continue;
      for (const base of [category.path, category.menuPath].filter(Boolean)) {
        const url = `/${base}/${article.alias}`;
        const response = await app.http().get(url).redirects(0);
        asked += 1;
        expect({ url, status: response.status, location: response.headers.location }).toEqual({
          url,
          status: 301,
          location: `/bai-viet/${slugOf(article)}`,
        });
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('carries the old site’s own redirects over, and an old address that names nothing gets the reader’s 404', async () => {
    for (const redirect of manifest.redirects) {
      // As a browser asks it: the old host pointed at the portal, the path and query on it.
      const old = new URL(redirect.oldUrl, `http://${manifest.oldHost}/`);
      const response = await app.http().get(`${old.pathname}${old.search}`).set('Host', old.host).redirects(0);
      if (redirect.expected === null) {
        expect(response.status).toBe(404);
      } else if ('article' in redirect.expected) {
        const article = manifest.articles.find((a) => a.id === (redirect.expected as { article: number }).article)!;
        expect({ url: redirect.oldUrl, status: response.status, location: response.headers.location }).toEqual({
          url: redirect.oldUrl,
          status: 301,
          location: `/bai-viet/${slugOf(article)}`,
        });
      } else {
        expect(response.status).toBe(301);
        expect(response.headers.location).toBe(redirect.expected.external);
      }
    }
    for (const url of ['/index.php?option=com_content&view=article&id=999999', '/tin-tuc/999999-khong-co.html']) {
      const response = await app.http().get(url).redirects(0);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/html/);
    }
    const trashed = manifest.articles.find((a) => a.expectedState === 'skipped');
    if (trashed) {
      const response = await app.http().get(`/index.php?option=com_content&view=article&id=${trashed.id}`).redirects(0);
      expect(response.status).toBe(404);
    }
  });

  it('answers a frontend that asks where an old address lives', async () => {
    const article = manifest.articles.find(published)!;
    const response = await app.http().get('/api/portal/redirects').query({ path: article.oldUrls[0] });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ location: `/bai-viet/${slugOf(article)}`, status: 301 });
    const none = await app
      .http()
      .get('/api/portal/redirects')
      .query({ path: '/index.php?option=com_content&view=article&id=999999' });
    expect(none.status).toBe(404);
  });

  it('imports each picture and file once, points the bodies at them, and reports the missing ones', async () => {
    const present = manifest.files.filter((file) => !file.missing);
    const hashes = new Set(present.map((file) => file.sha256));
    const stored = (await app.strapi.db.query('plugin::upload.file').findMany({ select: ['sha256', 'url'] })) as {
      sha256: string;
      url: string;
    }[];
    for (const hash of hashes) expect(stored.filter((file) => file.sha256 === hash)).toHaveLength(1);
    const missing = new Set(first.media.missing.map((entry) => entry.path.normalize('NFC')));
    for (const file of manifest.files.filter((f) => f.missing)) {
      const referenced = manifest.articles.some(
        (a) =>
          a.expectedState !== 'skipped' &&
          [...a.pictures, ...a.files, ...a.gallery, a.introImage, a.fulltextImage].some(
            (ref) => ref?.path === file.path
          )
      );
      if (referenced)
        expect({ path: file.path, reported: missing.has(file.path.normalize('NFC')) }).toEqual({
          path: file.path,
          reported: true,
        });
    }
    const withPictures = manifest.articles.filter((a) => published(a) && a.pictures.some((p) => !p.missing));
    for (const article of withPictures) {
      const data = (await live(article))!.body.data as {
        body: { type: string; image?: { url: string } }[];
        cover: unknown;
      };
      const urls = data.body.filter((block) => block.type === 'image').map((block) => block.image!.url);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^\/uploads\//);
      expect(data.cover).toBeTruthy();
    }
  });

  it('lists the shortcodes it removed and the text it repaired, each with the old article ids', () => {
    for (const article of manifest.articles.filter((a) => a.expectedState !== 'skipped')) {
      for (const name of article.shortcodes) expect(first.shortcodes[name]?.articles ?? []).toContain(article.id);
    }
    const repaired = Object.values(first.repairs).flatMap((entry) => entry.articles);
    const doubleEncoded = manifest.articles.filter((a) => a.expectedState !== 'skipped' && a.title !== a.expectedTitle);
    expect(doubleEncoded.length).toBeGreaterThan(0);
    for (const article of doubleEncoded) expect(repaired).toContain(article.id);
  });

  it('turns a signature at the end of the body into the author, with the titles', async () => {
    const signed = manifest.articles.filter((a) => a.expectedState !== 'skipped' && a.author?.source === 'signature');
    expect(signed.length).toBeGreaterThan(0);
    for (const article of signed) {
      const doc = (await app.strapi.documents(UID.article).findOne({
        documentId: items.get(article.id)!.targetDocumentId!,
        populate: { authors: { populate: ['titles'] } },
      })) as unknown as { authors: { fullName: string; position: string | null; titles: { name: string }[] }[] };
      expect(doc.authors.map((author) => author.fullName)).toEqual([article.author!.name]);
      const titles = [doc.authors[0].titles.map((t) => t.name).join(', '), doc.authors[0].position]
        .filter(Boolean)
        .join(', ');
      expect(titles).toBe(article.author!.titles);
    }
  });

  describe('run again', () => {
    let before: Awaited<ReturnType<typeof counts>>;
    beforeAll(async () => {
      before = await counts();
      second = await run();
    });

    it('changes nothing, and says so', async () => {
      expect(second.unchanged).toBe(true);
      expect(second.articles.created).toBe(0);
      expect(second.articles.updated).toBe(0);
      expect(await counts()).toEqual(before);
    });

    it('brings what changed on the old site, keeps what an editor changed on the portal, and adds new hits', async () => {
      const [edited, changed] = manifest.articles.filter(published);
      const editedId = items.get(edited.id)!.targetDocumentId!;
      await app.strapi
        .documents(UID.article)
        .update({ documentId: editedId, data: { title: 'Tiêu đề biên tập viên sửa' } });
      const connection = await mysql.createConnection(joomla.url);
      try {
        await connection.query('UPDATE jos_content SET introtext = CONCAT(introtext, ?) WHERE id IN (?, ?)', [
          '<p>Đoạn bổ sung trên trang cũ.</p>',
          edited.id,
          changed.id,
        ]);
        await connection.query('UPDATE jos_content SET hits = hits + 5 WHERE id = ?', [changed.id]);
      } finally {
        await connection.end();
      }
      const third = await run();
      expect(third.articles.keptEdits.map((entry) => entry.oldId)).toEqual([edited.id]);
      expect(third.articles.updated).toBe(1);
      const kept = (await app.strapi.db
        .query(UID.article)
        .findOne({ where: { documentId: editedId, publishedAt: null } })) as {
        title: string;
      };
      expect(kept.title).toBe('Tiêu đề biên tập viên sửa');
      const updated = (await live(changed))!.body.data as { body: unknown; bodyHtml: string | null };
      expect(`${blocksText(updated.body)}${updated.bodyHtml ?? ''}`).toContain('Đoạn bổ sung trên trang cũ.');
      expect(await viewTotal(items.get(changed.id)!.targetDocumentId!)).toBe(changed.hits + 5);
      expect((await counts()).articles).toBe(before.articles);
    });
  });

  it('refuses what it cannot do before writing anything, with a message a person can act on', async () => {
    const before = await counts();
    await expect(run({ department: 'khong-co' })).rejects.toThrow(/no department "khong-co"/);
    await expect(run({ source: 'An Giang!' })).rejects.toThrow(/--source/);
    await expect(run({ siteRoot: path.join(siteRoot, 'khong-co') })).rejects.toThrow(/--site-root/);
    await expect(run({ mysql: joomla.url.replace(/\/[^/]+$/, '/khong_co_csdl') })).rejects.toThrow(/khong_co_csdl/);
    expect(await counts()).toEqual(before);
  });
});
