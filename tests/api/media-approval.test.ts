import { UID } from '../../src/constants';
import { approvalWorld } from '../helpers/approval';
import * as sample from '../helpers/files';
import { fileById, mediaLibrary, type StoredFile } from '../helpers/media';
import { adminUser, type Person } from '../helpers/people';
import type { TestApp } from '../helpers/strapi';

/**
 * Pictures and files that approved content shows are part of what was approved: nobody changes a
 * published picture behind the department's back, and a change voids the approvals it affects.
 */
describe('approval: the pictures and files that approved content shows', () => {
  const world = approvalWorld();
  const { cm, flow, stateOf } = world;
  let app: TestApp;
  let editorA: Person;
  let headA: Person;
  let editorB: Person;
  let superAdmin: Person;

  /** A picture uploaded by `person`, with an alt text and a caption. */
  const picture = async (person: Person, name = 'hoi-nghi.jpg', color = '#b00'): Promise<StoredFile> => {
    const response = await mediaLibrary(app, person)
      .upload([{ name, bytes: await sample.jpeg({ color }), type: 'image/jpeg' }], {
        alternativeText: 'Quang cảnh hội nghị',
        caption: 'Ảnh: Ban Dân vận',
      })
      .expect(201);
    return response.body[0] as StoredFile;
  };

  /** An article of department A with `cover`, written and submitted by editor A, then approved by head A (and published). */
  const articleWith = (cover: number, to: 'approved' | 'published', body?: unknown[]) =>
    world.articleIn(to, `Hội nghị ${Math.random().toString(36).slice(2, 8)}`, { cover, ...(body ? { body } : {}) });

  const publicCover = async (documentId: string) =>
    (await app.http().get(`/api/articles/${documentId}?populate=cover`).expect(200)).body.data.cover as {
      url: string;
      alternativeText: string;
      caption: string;
    };

  beforeAll(async () => {
    const started = await world.start();
    ({ app, editorA, headA, superAdmin } = started);
    editorB = await adminUser(app, 'editor', [started.deptB], 'Biên tập B');
  });
  afterAll(() => world.stop());

  it("refuses another department's editor who replaces, re-describes or deletes a published picture, and the article keeps it", async () => {
    const cover = await picture(headA);
    const documentId = await articleWith(cover.id, 'published');
    const before = await fileById(app, cover.id);
    const library = mediaLibrary(app, editorB);

    await library
      .replace(cover.id, { name: 'khac.jpg', bytes: await sample.jpeg({ color: '#0b0' }), type: 'image/jpeg' })
      .expect(403);
    await library.describe(cover.id, { alternativeText: 'Ảnh khác', caption: 'Chú thích khác' }).expect(403);
    await library.remove(cover.id).expect(403);
    await library.bulkRemove([cover.id]).expect(403);

    const after = await fileById(app, cover.id);
    expect(after).toMatchObject({
      sha256: before?.sha256,
      size: before?.size,
      alternativeText: 'Quang cảnh hội nghị',
      caption: 'Ảnh: Ban Dân vận',
    });
    expect(await publicCover(documentId)).toMatchObject({
      url: cover.url,
      alternativeText: 'Quang cảnh hội nghị',
      caption: 'Ảnh: Ban Dân vận',
    });
    expect(await stateOf(documentId)).toBe('published');
  });

  it('refuses even the uploader who may not publish the article that shows it, and names the article', async () => {
    const cover = await picture(editorA, 'anh-cua-bien-tap.jpg');
    const documentId = await articleWith(cover.id, 'published');
    const title = (
      (await app.strapi.db.query(UID.article).findOne({ where: { documentId }, select: ['title'] })) as {
        title: string;
      }
    ).title;

    const replaced = await mediaLibrary(app, editorA)
      .replace(cover.id, { name: 'moi.jpg', bytes: await sample.jpeg({ color: '#00b' }), type: 'image/jpeg' })
      .expect(403);
    expect(replaced.body.error.message).toContain(title);
    expect(replaced.body.error.details).toMatchObject({ code: 'media-approved' });
    const described = await mediaLibrary(app, editorA).describe(cover.id, { alternativeText: 'Mô tả mới' }).expect(403);
    expect(described.body.error.message).toContain(title);
    // Renaming the file in the library is no change to what readers see.
    await mediaLibrary(app, editorA).describe(cover.id, { name: 'anh-bia.jpg' }).expect(200);
    expect((await fileById(app, cover.id))?.alternativeText).toBe('Quang cảnh hội nghị');
  });

  it('refuses to delete a picture while any document uses it, naming the document', async () => {
    const cover = await picture(headA, 'dang-dung.jpg');
    const documentId = await articleWith(cover.id, 'approved');
    const response = await mediaLibrary(app, headA).remove(cover.id).expect(403);
    expect(response.body.error.details).toMatchObject({
      code: 'media-in-use',
      documents: [expect.objectContaining({ documentId })],
    });
    expect(await fileById(app, cover.id)).not.toBeNull();

    const unused = await picture(headA, 'khong-dung.jpg');
    await mediaLibrary(app, headA).remove(unused.id).expect(200);
    expect(await fileById(app, unused.id)).toBeNull();
  });

  it('lets a head who may publish every article using it replace it: the live article shows it, the approved draft needs approval again', async () => {
    const cover = await picture(headA, 'anh-chung.jpg');
    const live = await articleWith(cover.id, 'published');
    const approved = await articleWith(cover.id, 'approved');
    const before = await fileById(app, cover.id);

    await mediaLibrary(app, headA)
      .replace(cover.id, { name: 'anh-chung.jpg', bytes: await sample.jpeg({ color: '#0a0' }), type: 'image/jpeg' })
      .expect(200);

    const after = await fileById(app, cover.id);
    expect(after?.sha256).not.toBe(before?.sha256);
    expect(after?.url).toBe(before?.url);
    expect(await stateOf(approved)).toBe('draft');
    await cm(headA).publish(approved).expect(403);
    // The live version shows the new picture, put there by a head who may publish it.
    expect(await stateOf(live)).toBe('published');
    const history = (await flow(headA).status(live).expect(200)).body.data.history as {
      action: string;
      actorName: string;
    }[];
    expect(history.at(-1)).toMatchObject({ action: 'media', actorName: 'Trưởng ban A' });
  });

  it('voids the approval of a draft whose picture is given another alt text, even by a super admin', async () => {
    const cover = await picture(superAdmin, 'chi-trong-nhap.jpg');
    const documentId = await articleWith(cover.id, 'approved');
    await mediaLibrary(app, superAdmin)
      .describe(cover.id, { alternativeText: 'Toàn cảnh hội nghị tổng kết' })
      .expect(200);
    expect(await stateOf(documentId)).toBe('draft');
    const approval = await flow(headA).status(documentId).expect(200);
    expect(approval.body.data.history.at(-1)).toMatchObject({ action: 'void' });
  });

  it('voids the approval when the draft is given another picture', async () => {
    const first = await picture(editorA, 'anh-1.jpg');
    const second = await picture(editorA, 'anh-2.jpg', '#333');
    const documentId = await articleWith(first.id, 'approved');
    await cm(editorA).update(documentId, { cover: second.id }).expect(200);
    expect(await stateOf(documentId)).toBe('draft');
  });

  it('counts a picture placed in the body as part of the approved content', async () => {
    const inBody = await picture(headA, 'trong-bai.jpg', '#456');
    const cover = await picture(headA, 'bia.jpg', '#654');
    const stored = (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: inBody.id } })) as Record<
      string,
      unknown
    > &
      StoredFile;
    // As the admin's rich-text editor places a picture: a copy of the file's details.
    const image = Object.fromEntries(
      [
        'name',
        'alternativeText',
        'url',
        'caption',
        'width',
        'height',
        'formats',
        'hash',
        'ext',
        'mime',
        'size',
        'previewUrl',
        'provider',
        'provider_metadata',
      ].map((key) => [key, stored[key] ?? null])
    );
    const body = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Quang cảnh hội nghị.' }] },
      {
        type: 'image',
        image: { ...image, createdAt: String(stored.createdAt), updatedAt: String(stored.updatedAt) },
        children: [{ type: 'text', text: '' }],
      },
    ];
    const documentId = await articleWith(cover.id, 'approved', body);

    const panel = await flow(headA).status(documentId).expect(200);
    expect(panel.body.data.media).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: cover.id,
          field: 'cover',
          alternativeText: 'Quang cảnh hội nghị',
          caption: 'Ảnh: Ban Dân vận',
        }),
        expect.objectContaining({ id: inBody.id, field: 'body', url: stored.url }),
      ])
    );

    await mediaLibrary(app, editorB)
      .replace(inBody.id, { name: 'x.jpg', bytes: await sample.jpeg({ color: '#fff' }), type: 'image/jpeg' })
      .expect(403);
    await mediaLibrary(app, headA)
      .replace(inBody.id, { name: 'trong-bai.jpg', bytes: await sample.jpeg({ color: '#789' }), type: 'image/jpeg' })
      .expect(200);
    expect(await stateOf(documentId)).toBe('draft');
  });

  it('keeps approvals made before an upgrade valid when fingerprints come to cover pictures', async () => {
    const cover = await picture(headA, 'truoc-nang-cap.jpg', '#135');
    const documentId = await articleWith(cover.id, 'approved');
    const fingerprints = app.strapi
      .plugin('approval')
      .service<{ of(uid: string, documentId: string, status?: string, version?: number): Promise<string> }>(
        'fingerprint'
      );
    const review = app.strapi.db.query('plugin::approval.review');
    // As a database of the previous version holds it: the approval recorded under version 1.
    await review.update({
      where: { targetDocumentId: documentId },
      data: { fingerprint: await fingerprints.of(UID.article, documentId, 'draft', 1) },
    });
    await app.strapi.store({ type: 'plugin', name: 'approval', key: 'fingerprint-version' }).set({ value: 1 });

    await app.strapi
      .plugin('approval')
      .service<{ carryFingerprintsOver(): Promise<void> }>('setup')
      .carryFingerprintsOver();

    expect(
      ((await review.findOne({ where: { targetDocumentId: documentId } })) as { fingerprint: string }).fingerprint
    ).toBe(await fingerprints.of(UID.article, documentId));
    await flow(headA).publish(documentId).expect(200);
  });
});
