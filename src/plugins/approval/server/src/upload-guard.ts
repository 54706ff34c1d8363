import type { Core } from '@strapi/strapi';
import { FILE_UID } from './constants';
import { getService, refuse } from './utils';

interface FileRow {
  id: number;
  name: string;
  alternativeText?: string | null;
  caption?: string | null;
}

interface UploadService {
  replace(id: number | string, input: unknown, opts?: unknown): Promise<FileRow>;
  updateFileInfo(
    id: number | string,
    info: { alternativeText?: string | null; caption?: string | null } & Record<string, unknown>,
    opts?: unknown
  ): Promise<FileRow>;
  remove(file: FileRow): Promise<unknown>;
}

interface ServicesRegistry {
  extend<T>(uid: string, extender: (service: T) => T): void;
}

interface DeleteByIds {
  deleteByIds(ids?: (number | string)[]): Promise<unknown>;
}

/**
 * Pictures and files that approved content shows are part of what was approved. The upload
 * plugin keeps files outside the Document Service, so its service is wrapped here: a file that a
 * published or approved document shows is replaced or re-described only by someone who may
 * publish every document using it, and is never deleted while in use; a change that goes through
 * voids the approvals of the drafts that show the file.
 *
 * Installed at bootstrap, after every plugin's register, so that it wraps the media plugin's own
 * wrapper: the permission is checked before the bytes are, and the approvals are judged after the
 * new content hash is recorded.
 */
export const guardUploads = (strapi: Core.Strapi): void => {
  const media = () => getService(strapi, 'media');
  const actor = () => getService(strapi, 'actors').current();
  const changed = (before: string | null | undefined, after: string | null | undefined) =>
    after !== undefined && after !== null && after !== (before ?? null);

  /**
   * All files of a bulk deletion are checked before the first is removed: each against the
   * admin user's own permission (the media library's bulk and folder deletions check only that
   * the user may change some file, not these files), then against the content that uses it.
   */
  const assertDeletable = async (ids: (number | string)[]) => {
    const ctx = strapi.requestContext.get() as
      { state?: { userAbility?: unknown; auth?: { strategy?: { name?: string } } } } | undefined;
    const ability = ctx?.state?.userAbility;
    if (ability && ctx?.state?.auth?.strategy?.name === 'admin') {
      const permissions = strapi.service('admin::permission') as {
        createPermissionsManager(options: { ability: unknown; action: string; model: string }): {
          ability: { cannot(action: string, subject: unknown): boolean };
          action: string;
          toSubject(entity: unknown): unknown;
        };
      };
      const pm = permissions.createPermissionsManager({
        ability,
        action: 'plugin::upload.assets.update',
        model: FILE_UID,
      });
      const files = (await strapi.db.query(FILE_UID).findMany({
        where: { id: { $in: ids.map(Number) } },
        select: ['id', 'name'],
        populate: { createdBy: { select: ['id'] } },
      })) as (FileRow & { createdBy?: { id: number } | null })[];
      const others = files.filter((file) => pm.ability.cannot(pm.action, pm.toSubject(file)));
      if (others.length) {
        throw refuse(
          `Bạn chỉ xoá được tệp do chính mình tải lên. / You may delete only files you uploaded yourself: ${others.map((file) => `"${file.name}"`).join(', ')} ${others.length === 1 ? 'was' : 'were'} uploaded by someone else.`,
          {
            code: 'not-uploader',
            files: others.map((file) => file.id),
          }
        );
      }
    }
    const who = await actor();
    for (const id of ids) await media().assertMayChange(Number(id), 'delete', who);
  };

  strapi.get<ServicesRegistry>('services').extend<UploadService>('plugin::upload.upload', (service) => ({
    ...service,

    async replace(id: number | string, input: unknown, opts?: unknown) {
      const who = await actor();
      const uses = await media().assertMayChange(Number(id), 'replace', who);
      const stored = await service.replace(id, input, opts);
      await media().afterChange(uses, stored, who);
      return stored;
    },

    async updateFileInfo(id: number | string, info: Parameters<UploadService['updateFileInfo']>[1], opts?: unknown) {
      const before = (await strapi.db
        .query(FILE_UID)
        .findOne({ where: { id: Number(id) }, select: ['alternativeText', 'caption'] })) as FileRow | null;
      const describes =
        !!before && (changed(before.alternativeText, info?.alternativeText) || changed(before.caption, info?.caption));
      if (!describes) return service.updateFileInfo(id, info, opts);
      const who = await actor();
      const uses = await media().assertMayChange(Number(id), 'describe', who);
      const stored = await service.updateFileInfo(id, info, opts);
      await media().afterChange(uses, stored, who);
      return stored;
    },

    async remove(file: FileRow) {
      await media().assertMayChange(file.id, 'delete', await actor());
      return service.remove(file);
    },
  }));

  for (const uid of ['plugin::upload.file', 'plugin::upload.folder']) {
    strapi.get<ServicesRegistry>('services').extend<DeleteByIds>(uid, (service) => ({
      ...service,
      async deleteByIds(ids: (number | string)[] = []) {
        if (uid === 'plugin::upload.file') await assertDeletable(ids);
        else {
          const folders = (await strapi.db
            .query('plugin::upload.folder')
            .findMany({ where: { id: { $in: ids } }, select: ['path'] })) as { path: string }[];
          if (folders.length) {
            const files = (await strapi.db.query(FILE_UID).findMany({
              where: {
                $or: folders.flatMap(({ path }) => [{ folderPath: path }, { folderPath: { $startsWith: `${path}/` } }]),
              },
              select: ['id'],
            })) as { id: number }[];
            await assertDeletable(files.map((file) => file.id));
          }
        }
        return service.deleteByIds(ids);
      },
    }));
  }
};
