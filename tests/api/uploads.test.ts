import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fullAccessToken } from '../helpers/auth';
import { builders } from '../helpers/content';
import * as sample from '../helpers/files';
import { fileById, fileCount, mediaLibrary } from '../helpers/media';
import { adminUser, type Person } from '../helpers/people';
import { startApp, type TestApp } from '../helpers/strapi';

const SANDBOX_CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * The media library takes only what a portal needs (pictures, documents, audio and video, told
 * by their bytes), and serves everything under /uploads so that none of it can run on the
 * portal's origin: the attack of an editor planting a script for a super admin to open.
 */
describe('uploads: only what a portal needs, served so that none of it can run', () => {
  let app: TestApp;
  let editor: Person;
  const planted: string[] = [];

  beforeAll(async () => {
    // A small limit for documents, so that the oversize case stays small.
    process.env.UPLOAD_MAX_DOCUMENT_MB = '1';
    app = await startApp();
    const department = (await builders(app.strapi).department({ name: 'Ban Dân vận Tỉnh ủy' })).documentId;
    editor = await adminUser(app, 'editor', [department], 'Biên tập viên');
  });
  afterAll(async () => {
    delete process.env.UPLOAD_MAX_DOCUMENT_MB;
    for (const file of planted) fs.rmSync(file, { force: true });
    await app?.stop();
  });

  const library = () => mediaLibrary(app, editor);

  describe.each([
    ['a.js', sample.js(), 'application/javascript', /JavaScript or plain text/],
    ['b.html', sample.html(), 'text/html', /HTML document/],
    ['logo.svg', sample.svgWithScript(), 'image/svg+xml', /SVG image/],
    ['anh-hoi-nghi.jpg', sample.html(), 'image/jpeg', /HTML document/],
    ['setup.exe', sample.exe(), 'application/octet-stream', /Windows executable/],
  ])('%s', (name, bytes, type, found) => {
    it('is refused with a 400 that names what it is and what is allowed, and nothing is stored', async () => {
      const before = await fileCount(app);
      const response = await library().upload([{ name, bytes, type }]).expect(400);
      expect(response.body.error.message).toMatch(found);
      expect(response.body.error.message).toMatch(/JPEG, PNG, WebP, GIF, AVIF/);
      expect(response.body.error.details).toMatchObject({ code: 'type-not-allowed', file: name });
      expect(await fileCount(app)).toBe(before);
    });
  });

  it('stores nothing of a request when one of its files is refused', async () => {
    const before = await fileCount(app);
    await library()
      .upload([
        { name: 'anh.jpg', bytes: await sample.jpeg(), type: 'image/jpeg' },
        { name: 'b.html', bytes: sample.html(), type: 'text/html' },
      ])
      .expect(400);
    expect(await fileCount(app)).toBe(before);
  });

  it.each([
    ['anh.jpg', () => sample.jpeg(), 'image/jpeg'],
    ['bieu-do.png', () => sample.png(), 'image/png'],
    ['bao-cao.pdf', () => sample.pdf(), 'application/pdf'],
    ['ke-hoach.docx', () => sample.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('accepts a real %s and records its real type', async (name, make, mime) => {
    const response = await library()
      .upload([{ name, bytes: await make(), type: 'application/octet-stream' }])
      .expect(201);
    const stored = await fileById(app, response.body[0].id as number);
    expect(stored?.mime).toBe(mime);
    expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a picture after its real type when its name says otherwise', async () => {
    const response = await library()
      .upload([{ name: 'anh.jpg', bytes: await sample.png(), type: 'image/jpeg' }])
      .expect(201);
    expect(response.body[0]).toMatchObject({ mime: 'image/png', ext: '.png', name: 'anh.png' });
  });

  it('refuses a file over the limit of its kind with a 413 that names the limit', async () => {
    const before = await fileCount(app);
    const response = await library()
      .upload([{ name: 'van-kien.pdf', bytes: sample.pdf({ padTo: 1_200_000 }), type: 'application/pdf' }])
      .expect(413);
    expect(response.body.error.message).toMatch(/at most 1 MB \(UPLOAD_MAX_DOCUMENT_MB\)/);
    expect(await fileCount(app)).toBe(before);
  });

  it('serves a document as a download, and every file with nosniff and a sandboxing policy', async () => {
    const pdf = (
      await library()
        .upload([{ name: 'bao-cao.pdf', bytes: sample.pdf(), type: 'application/pdf' }])
        .expect(201)
    ).body[0];
    const pdfAnswer = await app
      .http()
      .get(pdf.url as string)
      .expect(200);
    expect(pdfAnswer.headers['content-disposition']).toMatch(/^attachment/);
    expect(pdfAnswer.headers['x-content-type-options']).toBe('nosniff');
    expect(pdfAnswer.headers['content-security-policy']).toBe(SANDBOX_CSP);

    const jpeg = (
      await library()
        .upload([{ name: 'anh.jpg', bytes: await sample.jpeg(), type: 'image/jpeg' }])
        .expect(201)
    ).body[0];
    const picture = await app
      .http()
      .get(jpeg.url as string)
      .expect(200);
    expect(picture.headers['content-type']).toBe('image/jpeg');
    expect(picture.headers['content-disposition']).toBeUndefined();
    expect(picture.headers['x-content-type-options']).toBe('nosniff');
    expect(picture.headers['content-security-policy']).toBe(SANDBOX_CSP);
  });

  it('serves a script file planted before the fix as a sandboxed download, however its path is spelt', async () => {
    const name = `planted_${crypto.randomBytes(4).toString('hex')}`;
    const dir = path.join(app.strapi.dirs.static.public, 'uploads');
    fs.mkdirSync(dir, { recursive: true });
    for (const ext of ['.html', '.svg', '.js']) {
      const file = path.join(dir, `${name}${ext}`);
      fs.writeFileSync(file, ext === '.svg' ? sample.svgWithScript() : ext === '.js' ? sample.js() : sample.html());
      planted.push(file);
    }
    for (const url of [
      `/uploads/${name}.html`,
      `//uploads/${name}.html`,
      `/uploads/./${name}.html`,
      `/uploads/${name}.svg`,
      `/uploads/${name}.js`,
    ]) {
      const answer = await app.http().get(url);
      // A path koa refuses (400) or does not find (404) serves nothing; what is served is covered.
      expect([200, 400, 404]).toContain(answer.status);
      if (answer.status !== 200) continue;
      expect({ url, csp: answer.headers['content-security-policy'] }).toEqual({ url, csp: SANDBOX_CSP });
      expect({ url, disposition: answer.headers['content-disposition'] }).toEqual({ url, disposition: 'attachment' });
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    // The upload plugin's own route serves the canonical path.
    await app.http().get(`/uploads/${name}.html`).expect(200);
  });

  it('refuses the same files through the content API', async () => {
    const token = await fullAccessToken(app.strapi);
    const before = await fileCount(app);
    const response = await app
      .http()
      .post('/api/upload')
      .set('Authorization', token)
      .attach('files', sample.html(), { filename: 'b.html', contentType: 'text/html' })
      .expect(400);
    expect(response.body.error.message).toMatch(/HTML document/);
    expect(await fileCount(app)).toBe(before);
    await app
      .http()
      .post('/api/upload')
      .set('Authorization', token)
      .attach('files', await sample.jpeg(), { filename: 'anh.jpg', contentType: 'image/jpeg' })
      .expect(201);
  });

  it('refuses them from code too, whether it adds a file or replaces one', async () => {
    const upload = app.strapi.plugin('upload').service<{
      upload(input: unknown): Promise<{ id: number; mime: string }[]>;
      replace(id: number, input: unknown): Promise<{ id: number; mime: string }>;
    }>('upload');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-upload-'));
    const onDisk = (name: string, bytes: Buffer, mimetype: string) => {
      const filepath = path.join(dir, `${crypto.randomBytes(4).toString('hex')}-${name}`);
      fs.writeFileSync(filepath, bytes);
      return { filepath, originalFilename: name, mimetype, size: bytes.length };
    };
    const before = await fileCount(app);
    await expect(upload.upload({ data: {}, files: onDisk('b.html', sample.html(), 'text/html') })).rejects.toThrow(
      /HTML document/
    );
    expect(await fileCount(app)).toBe(before);

    const pdf = sample.pdf();
    const [stored] = await upload.upload({ data: {}, files: onDisk('nghi-quyet.pdf', pdf, 'text/html') });
    expect(stored.mime).toBe('application/pdf');
    expect((await fileById(app, stored.id))?.sha256).toBe(crypto.createHash('sha256').update(pdf).digest('hex'));

    await expect(
      upload.replace(stored.id, { data: {}, file: onDisk('a.js', sample.js(), 'application/pdf') })
    ).rejects.toThrow(/JavaScript or plain text/);
    expect((await fileById(app, stored.id))?.sha256).toBe(crypto.createHash('sha256').update(pdf).digest('hex'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('audits the library for files the check would refuse today, and quarantines them', async () => {
    // A file that predates the check: its row and bytes written as an old upload would have.
    const hash = `cu_${crypto.randomBytes(4).toString('hex')}`;
    const file = path.join(app.strapi.dirs.static.public, 'uploads', `${hash}.html`);
    fs.writeFileSync(file, sample.html());
    planted.push(file);
    const row = (await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'thong-bao.html',
        hash,
        ext: '.html',
        mime: 'text/html',
        size: 0.1,
        url: `/uploads/${hash}.html`,
        provider: 'local',
      },
    })) as { id: number };

    const library = app.strapi.plugin('media').service<{
      audit(options?: {
        quarantine?: boolean;
      }): Promise<{ notAllowed: { id: number; found: string; quarantinedTo?: string }[]; quarantined: number }>;
    }>('library');
    const listed = await library.audit();
    expect(listed.notAllowed).toEqual([expect.objectContaining({ id: row.id, found: 'HTML document' })]);
    expect(fs.existsSync(file)).toBe(true);

    const moved = await library.audit({ quarantine: true });
    expect(moved.quarantined).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    const kept = path.join(moved.notAllowed[0].quarantinedTo as string, `${row.id}-${hash}.html`);
    expect(fs.readFileSync(kept, 'utf8')).toContain('<script');
    planted.push(kept, path.join(moved.notAllowed[0].quarantinedTo as string, `${row.id}.json`));
    await app.http().get(`/uploads/${hash}.html`).expect(404);
    // Once quarantined, a later audit does not list it again.
    expect((await library.audit()).notAllowed).toEqual([]);
  });
});
