import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { UID } from '../../src/constants';
import type schedulerService from '../../src/plugins/approval/server/src/services/scheduler';
import { SYSTEM, workflowOf } from '../helpers/approval';
import { builders } from '../helpers/content';
import { isPostgres } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';

type TickResult = Awaited<ReturnType<ReturnType<typeof schedulerService>['tick']>>;

describe('approval: scheduled publishing', () => {
  let app: TestApp;
  let make: ReturnType<typeof builders>;
  const scheduler = () => app.strapi.plugin('approval').service<ReturnType<typeof schedulerService>>('scheduler');
  const isLive = async (documentId: string) => (await app.http().get(`/api/articles/${documentId}`)).status === 200;
  const publishEvents = (documentId: string) =>
    app.strapi.db.query('plugin::approval.event').count({ where: { targetDocumentId: documentId, action: 'publish' } });

  /** A draft article, submitted and approved to go online at `publishAt` (and offline at `unpublishAt`). */
  const scheduled = async (publishAt: Date, unpublishAt?: Date) => {
    const article = await make.article();
    await workflowOf(app.strapi).submit(UID.article, article.documentId, SYSTEM);
    await workflowOf(app.strapi).approve(UID.article, article.documentId, SYSTEM, {
      publishAt: publishAt.toISOString(),
      unpublishAt: unpublishAt?.toISOString() ?? null,
    });
    return article.documentId;
  };

  const minutes = (n: number) => new Date(Date.now() + n * 60_000);

  beforeAll(async () => {
    app = await startApp();
    make = builders(app.strapi);
  });
  afterAll(() => app?.stop());

  it('publishes an approved article once its time has come, and only once', async () => {
    const due = await scheduled(minutes(-1));
    const later = await scheduled(minutes(60));
    const first = await scheduler().tick();
    expect(first.published).toContain(due);
    expect(first.published).not.toContain(later);
    expect(await isLive(due)).toBe(true);
    expect(await isLive(later)).toBe(false);
    const second = await scheduler().tick();
    expect(second.published).not.toContain(due);
    expect(await publishEvents(due)).toBe(1);
  });

  it('takes it offline at unpublishAt', async () => {
    const id = await scheduled(minutes(-10), minutes(-1));
    await scheduler().tick(minutes(-5));
    expect(await isLive(id)).toBe(true);
    const result = await scheduler().tick();
    expect(result.unpublished).toContain(id);
    expect(await isLive(id)).toBe(false);
  });

  it('does nothing with an article changed after approval: the approval and its schedule are void', async () => {
    const id = await scheduled(minutes(-1));
    await app.strapi.documents(UID.article).update({ documentId: id, data: { summary: 'Sửa sau khi duyệt' } });
    const result = await scheduler().tick();
    expect(result.published).not.toContain(id);
    expect(await isLive(id)).toBe(false);
  });

  it('refuses to schedule what is not approved, and a schedule that ends before it starts', async () => {
    const article = await make.article();
    await expect(
      workflowOf(app.strapi).schedule(UID.article, article.documentId, SYSTEM, { publishAt: minutes(5).toISOString() })
    ).rejects.toThrow(/only an approved version can be scheduled/);
    const id = await scheduled(minutes(10));
    await expect(
      workflowOf(app.strapi).schedule(UID.article, id, SYSTEM, {
        publishAt: minutes(10).toISOString(),
        unpublishAt: minutes(5).toISOString(),
      })
    ).rejects.toThrow(/unpublishAt must come after publishAt/);
  });

  // Several instances on one database is a PostgreSQL deployment; SQLite serves one instance.
  (isPostgres() ? it : it.skip)(
    'acts exactly once with two app instances ticking at the same moment (PostgreSQL)',
    async () => {
      const ids: string[] = [];
      for (let i = 0; i < 24; i += 1) ids.push(await scheduled(minutes(-1)));

      const child: ChildProcessWithoutNullStreams = spawn(
        process.execPath,
        [path.join(__dirname, '..', 'helpers', 'second-instance.js')],
        {
          env: { ...process.env, APPROVAL_SCHEDULER_ENABLED: 'false' },
        }
      );
      const output = readline.createInterface({ input: child.stdout });
      const lines: string[] = [];
      const waitForLine = () =>
        new Promise<string>((resolve, reject) => {
          if (lines.length) return resolve(lines.shift()!);
          output.once('line', () => resolve(lines.shift()!));
          child.once('exit', (code) => reject(new Error(`second instance exited (${code})`)));
        });
      output.on('line', (line) => lines.push(line));
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      try {
        expect(await waitForLine().catch((e) => Promise.reject(new Error(`${e.message}: ${stderr}`)))).toBe('READY');
        const now = new Date().toISOString();
        child.stdin.write(`${now}\n`);
        const [mine, theirs] = await Promise.all([
          scheduler().tick(new Date(now)),
          waitForLine().then((line) => JSON.parse(line) as TickResult),
        ]);
        const all = [...mine.published, ...theirs.published];
        expect(all.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
        expect(new Set(all).size).toBe(all.length);
        for (const id of ids) {
          expect(await publishEvents(id)).toBe(1);
          expect(
            await app.strapi.db.query(UID.article).count({ where: { documentId: id, publishedAt: { $notNull: true } } })
          ).toBe(1);
        }
      } finally {
        child.stdin.write('exit\n');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }
  );
});
