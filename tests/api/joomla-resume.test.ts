import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UID } from '../../src/constants';
import {
  createJoomlaDatabase,
  writeJoomlaFixture,
  type JoomlaFixtureManifest,
  type JoomlaTestDatabase,
} from '../fixtures/joomla';
import { builders } from '../helpers/content';
import { startApp, type TestApp } from '../helpers/strapi';

interface Report {
  dryRun: boolean;
  unchanged: boolean;
  articles: { read: number; created: number; imported: Record<string, number> };
  media: { imported: number; missingCount: number };
  hits: { legacyTotal: number };
}

describe('import:joomla: a dry run changes nothing; a run killed halfway finishes on the next', () => {
  let app: TestApp;
  let joomla: JoomlaTestDatabase;
  let manifest: JoomlaFixtureManifest;
  let siteRoot: string;

  const options = (extra: Record<string, unknown> = {}) => ({
    mysql: joomla.url,
    prefix: 'jos_',
    siteRoot,
    source: 'bdv-cu',
    oldHosts: [manifest.oldHost],
    department: 'ban-dan-van',
    departmentMap: {},
    oldTotal: null,
    dryRun: false,
    batchSize: 3,
    reportFile: null,
    ...extra,
  });
  const run = (extra: Record<string, unknown> = {}): Promise<Report> =>
    app.strapi.plugin('legacy').service('importer').run(options(extra)) as Promise<Report>;

  const counts = async () => ({
    articles: await app.strapi.db.query(UID.article).count({}),
    sections: await app.strapi.db.query(UID.section).count({}),
    authors: await app.strapi.db.query(UID.author).count({}),
    files: await app.strapi.db.query('plugin::upload.file').count({}),
    items: await app.strapi.db.query('plugin::legacy.item').count({}),
    addresses: await app.strapi.db.query('plugin::legacy.address').count({}),
    events: await app.strapi.db.query('plugin::approval.event').count({}),
  });

  beforeAll(async () => {
    app = await startApp();
    await builders(app.strapi).department({ name: 'Ban Dân vận', slug: 'ban-dan-van' });
    joomla = await createJoomlaDatabase();
    siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'joomla-site-'));
    manifest = await writeJoomlaFixture({ url: joomla.url, prefix: 'jos_', siteRoot });
  });
  afterAll(async () => {
    await app?.stop();
    await joomla?.drop();
    if (siteRoot) fs.rmSync(siteRoot, { recursive: true, force: true });
  });

  let dry: Report;
  it('reads everything in a dry run, reports what it would do, and changes nothing', async () => {
    const before = await counts();
    const reportFile = path.join(siteRoot, 'dry-run.json');
    dry = await run({ dryRun: true, reportFile });
    expect(dry.dryRun).toBe(true);
    expect(dry.articles.read).toBe(manifest.counts.total);
    expect(dry.articles.imported.published).toBe(manifest.counts.byExpectedState.published);
    expect(dry.media.missingCount).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(reportFile, 'utf8')).articles.read).toBe(manifest.counts.total);
    expect(await counts()).toEqual(before);
  });

  it('finishes a run killed with SIGKILL halfway, without duplicates and without a half-imported article online', async () => {
    const child = spawn(
      process.execPath,
      [path.join(__dirname, '..', 'helpers', 'import-child.js'), JSON.stringify(options())],
      {
        env: process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }
    );
    let output = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // After the first batches of articles, mid-run.
        if (/Articles (6|9|12)\//.test(output) && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve(true);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on('exit', () => resolve(false));
    });
    expect({ killed, output: killed ? '' : output }).toEqual({ killed: true, output: '' });
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));

    // Whatever is online is whole: every published article has its completed import record.
    const online = (await app.strapi.db
      .query(UID.article)
      .findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })) as { documentId: string }[];
    const done = (await app.strapi.db
      .query('plugin::legacy.item')
      .findMany({ where: { kind: 'article', done: true }, select: ['targetDocumentId'] })) as {
      targetDocumentId: string;
    }[];
    const complete = new Set(done.map((row) => row.targetDocumentId));
    expect(online.length).toBeLessThan(manifest.counts.byExpectedState.published);
    for (const row of online) expect(complete.has(row.documentId)).toBe(true);

    const resumed = await run();
    expect(resumed.articles.read).toBe(manifest.counts.total);
    expect(resumed.articles.imported.published).toBe(manifest.counts.byExpectedState.published);
    expect(resumed.hits.legacyTotal).toBe(dry.hits.legacyTotal);
    const imported = manifest.counts.total - manifest.counts.byExpectedState.skipped;
    const drafts = (await app.strapi.db
      .query(UID.article)
      .findMany({ where: { publishedAt: null }, select: ['slug'] })) as {
      slug: string;
    }[];
    expect(drafts).toHaveLength(imported);
    expect(new Set(drafts.map((row) => row.slug)).size).toBe(imported);
    const live = await app.strapi.db.query(UID.article).count({ where: { publishedAt: { $notNull: true } } });
    expect(live).toBe(manifest.counts.byExpectedState.published);

    const again = await run();
    expect(again.unchanged).toBe(true);
  });
});
