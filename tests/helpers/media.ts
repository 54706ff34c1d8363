import type { Person } from './people';
import type { TestApp } from './strapi';

export interface StoredFile {
  id: number;
  name: string;
  url: string;
  mime: string;
  alternativeText: string | null;
  caption: string | null;
}

/** The media library's own admin routes, as the admin panel calls them, for one signed-in person. */
export const mediaLibrary = (app: TestApp, person: Person) => ({
  /** `POST /upload`: the media library's upload (several files at once). */
  upload: (files: { name: string; bytes: Buffer; type?: string }[], fileInfo?: Record<string, unknown>) => {
    const request = app.http().post('/upload').set('Authorization', person.auth);
    for (const file of files)
      request.attach('files', file.bytes, {
        filename: file.name,
        contentType: file.type ?? 'application/octet-stream',
      });
    if (fileInfo) request.field('fileInfo', JSON.stringify(fileInfo));
    return request;
  },
  /** `POST /upload?id=`: new bytes for an existing file (keeps its id and URL). */
  replace: (id: number, file: { name: string; bytes: Buffer; type?: string }) =>
    app
      .http()
      .post(`/upload?id=${id}`)
      .set('Authorization', person.auth)
      .attach('files', file.bytes, { filename: file.name, contentType: file.type ?? 'application/octet-stream' }),
  /** `PUT /upload/files/:id`: name, alt text, caption. */
  describe: (id: number, fileInfo: Record<string, unknown>) =>
    app.http().put(`/upload/files/${id}`).set('Authorization', person.auth).send({ fileInfo }),
  remove: (id: number) => app.http().delete(`/upload/files/${id}`).set('Authorization', person.auth),
  bulkRemove: (fileIds: number[]) =>
    app.http().post('/upload/actions/bulk-delete').set('Authorization', person.auth).send({ fileIds, folderIds: [] }),
});

/** How many files the media library holds. */
export const fileCount = async (app: TestApp): Promise<number> => app.strapi.db.query('plugin::upload.file').count({});

export const fileById = async (app: TestApp, id: number) =>
  (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as
    (StoredFile & { sha256: string | null; size: number }) | null;
