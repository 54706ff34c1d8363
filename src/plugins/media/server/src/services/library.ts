import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { FILE_UID } from '../constants';
import { looksLikeSvg, sniffFile } from '../file-types';
import { getConfig } from '../config';

interface FileRow {
  id: number;
  name: string;
  url: string;
  mime: string | null;
  provider: string;
  formats: Record<string, { url: string }> | null;
  provider_metadata: Record<string, unknown> | null;
  createdAt: string;
  createdBy?: { id: number; email?: string | null; firstname?: string | null; lastname?: string | null } | null;
}

/** A file of the library whose real type is not allowed (or whose bytes are gone). */
export interface AuditEntry {
  id: number;
  name: string;
  url: string;
  /** The type the library recorded for it, as the uploader declared it. */
  recordedType: string | null;
  /** What its bytes are. */
  found: string;
  uploadedBy: string | null;
  uploadedAt: string;
  /** Where it was moved, once quarantined. */
  quarantinedTo?: string;
}

export interface AuditReport {
  checked: number;
  /** Files kept elsewhere than on this server's disk (another provider): not checked. */
  skipped: number;
  notAllowed: AuditEntry[];
  missing: AuditEntry[];
  /** Quarantined by an earlier run (and so no longer served). */
  alreadyQuarantined: number;
  quarantined: number;
}

export interface AuditOptions {
  quarantine?: boolean;
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

const QUARANTINE_MARK = 'quarantined';

/**
 * The audit of files already in the media library: which of them the upload check would refuse
 * today (they were uploaded before it existed), and their quarantine: moved out of public/, so
 * nobody can open them from the portal, and kept with a note of what they were for a super admin.
 */
const library = ({ strapi }: { strapi: Core.Strapi }) => {
  const publicDir = strapi.dirs.static.public;
  const uploadsDir = path.join(publicDir, 'uploads') + path.sep;

  /** The file on disk behind a local URL, or null when the URL points outside public/uploads. */
  const diskPath = (url: string): string | null => {
    const resolved = path.resolve(publicDir, `.${decodeURIComponent(url.split('?')[0])}`);
    return resolved.startsWith(uploadsDir) ? resolved : null;
  };

  const uploader = (row: FileRow) =>
    row.createdBy
      ? [row.createdBy.firstname, row.createdBy.lastname].filter(Boolean).join(' ') ||
        row.createdBy.email ||
        `#${row.createdBy.id}`
      : null;

  const isAllowed = async (file: string): Promise<{ ok: boolean; found: string }> => {
    const sniffed = await sniffFile(file);
    if (sniffed.type) return { ok: true, found: sniffed.type.label };
    if (getConfig(strapi).allowSvg && looksLikeSvg(await fs.promises.readFile(file)))
      return { ok: true, found: 'SVG image' };
    return { ok: false, found: sniffed.found };
  };

  const quarantine = async (row: FileRow, found: string): Promise<string> => {
    const dir = path.resolve(strapi.dirs.app.root, getConfig(strapi).quarantineDir);
    await fs.promises.mkdir(dir, { recursive: true });
    const moved: string[] = [];
    for (const url of [row.url, ...Object.values(row.formats ?? {}).map((format) => format.url)]) {
      const source = diskPath(url);
      if (!source || !fs.existsSync(source)) continue;
      const target = path.join(dir, `${row.id}-${path.basename(source)}`);
      await fs.promises.rename(source, target).catch(async () => {
        // Another file system: copy, then remove.
        await fs.promises.copyFile(source, target);
        await fs.promises.unlink(source);
      });
      moved.push(target);
    }
    const note = {
      id: row.id,
      name: row.name,
      url: row.url,
      recordedType: row.mime,
      found,
      uploadedBy: uploader(row),
      uploadedAt: row.createdAt,
      quarantinedAt: new Date().toISOString(),
      files: moved,
    };
    await fs.promises.writeFile(path.join(dir, `${row.id}.json`), `${JSON.stringify(note, null, 2)}\n`);
    await strapi.db.query(FILE_UID).update({
      where: { id: row.id },
      data: {
        provider_metadata: {
          ...(row.provider_metadata ?? {}),
          [QUARANTINE_MARK]: { at: note.quarantinedAt, found, directory: dir },
        },
      },
    });
    return dir;
  };

  return {
    /**
     * Checks every file stored on this server's disk against the allowlist, by its bytes; with
     * `quarantine`, moves each refused file (and its generated formats) out of public/.
     */
    async audit({ quarantine: move = false, onProgress, batchSize = 200 }: AuditOptions = {}): Promise<AuditReport> {
      const report: AuditReport = {
        checked: 0,
        skipped: 0,
        notAllowed: [],
        missing: [],
        alreadyQuarantined: 0,
        quarantined: 0,
      };
      const total = await strapi.db.query(FILE_UID).count({});
      let after = 0;
      let done = 0;
      for (;;) {
        const rows = (await strapi.db.query(FILE_UID).findMany({
          where: { id: { $gt: after } },
          orderBy: { id: 'asc' },
          limit: batchSize,
          populate: { createdBy: { select: ['id', 'email', 'firstname', 'lastname'] } },
        })) as FileRow[];
        if (!rows.length) break;
        after = rows[rows.length - 1].id;
        for (const row of rows) {
          done += 1;
          if (row.provider !== 'local') {
            report.skipped += 1;
            continue;
          }
          if (row.provider_metadata?.[QUARANTINE_MARK]) {
            report.alreadyQuarantined += 1;
            continue;
          }
          report.checked += 1;
          const entry = {
            id: row.id,
            name: row.name,
            url: row.url,
            recordedType: row.mime,
            uploadedBy: uploader(row),
            uploadedAt: row.createdAt,
          };
          const file = diskPath(row.url);
          if (!file || !fs.existsSync(file)) {
            report.missing.push({ ...entry, found: 'no file on disk' });
            continue;
          }
          const { ok, found } = await isAllowed(file);
          if (ok) continue;
          const flagged: AuditEntry = { ...entry, found };
          if (move) {
            flagged.quarantinedTo = await quarantine(row, found);
            report.quarantined += 1;
          }
          report.notAllowed.push(flagged);
        }
        onProgress?.(done, total);
      }
      return report;
    },
  };
};

export default library;
