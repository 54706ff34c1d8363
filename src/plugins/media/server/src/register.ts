import type { Core } from '@strapi/strapi';
import { CONTENT_HASH_ATTRIBUTE, FILE_UID, UPLOAD_SERVICE_UID } from './constants';
import type { IncomingFile } from './services/guard';
import { getService } from './utils';

interface FileRow {
  id: number;
}

/** The upload plugin's service methods through which new bytes arrive. */
interface UploadService {
  upload(
    input: { data: Record<string, unknown>; files: IncomingFile | IncomingFile[] },
    opts?: unknown
  ): Promise<FileRow[]>;
  replace(
    id: number | string,
    input: { data: Record<string, unknown>; file: IncomingFile },
    opts?: unknown
  ): Promise<FileRow>;
}

interface ExtensibleContentType {
  attributes: Record<string, unknown>;
}

/** Strapi's registries of content types and services, as far as extending them goes. */
interface Registry<T> {
  extend(uid: string, extender: (value: T) => T): void;
}

/**
 * Every way a file reaches the media library goes through the upload service: the admin's media
 * library, the content API's /api/upload, an upload from a URL, and code (an importer calls
 * `upload` with files on disk). Its two entry points for new bytes, `upload` and `replace`, are
 * wrapped here, so each file is admitted (type by its bytes, size by its kind) before anything is
 * stored, and its content hash is recorded with it.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi
    .get<Registry<ExtensibleContentType>>('content-types')
    .extend(FILE_UID, (contentType: ExtensibleContentType) => {
      contentType.attributes[CONTENT_HASH_ATTRIBUTE] = {
        type: 'string',
        private: true,
        configurable: false,
        writable: false,
      };
      return contentType;
    });

  const guard = () => getService(strapi, 'guard');
  const recordHash = (id: number, sha256: string) =>
    strapi.db.query(FILE_UID).update({ where: { id }, data: { [CONTENT_HASH_ATTRIBUTE]: sha256 } });

  strapi.get<Registry<UploadService>>('services').extend(UPLOAD_SERVICE_UID, (service: UploadService) => ({
    ...service,

    async upload(input: Parameters<UploadService['upload']>[0], opts?: unknown) {
      const files = Array.isArray(input.files) ? input.files : [input.files];
      // All of a request's files are judged before the first one is stored.
      const admitted = [];
      for (const file of files) admitted.push(await guard().admitIncoming(file));
      const stored = await service.upload(input, opts);
      for (const [index, row] of stored.entries()) {
        if (admitted[index]) await recordHash(row.id, admitted[index].sha256);
      }
      return stored;
    },

    async replace(id: number | string, input: Parameters<UploadService['replace']>[1], opts?: unknown) {
      const admitted = await guard().admitIncoming(input.file);
      const stored = await service.replace(id, input, opts);
      await recordHash(stored.id, admitted.sha256);
      return stored;
    },
  }));
};

export default register;
