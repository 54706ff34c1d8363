import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { StoredFile } from '../body';

export type { StoredFile };

/** `first`: this run had not met the file before (a second reference to it counts nothing). */
export type MediaOutcome =
  | { status: 'stored'; file: StoredFile; reused: boolean; first?: boolean }
  | { status: 'missing' }
  | { status: 'refused'; reason: string };

const FILE_UID = 'plugin::upload.file';
const HASH = 'sha256';

const sha256Of = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });

/**
 * The old site's pictures and files, into the media library once each: a file is found under the
 * site root (its name as written, NFC or NFD, any letter case of the extension), hashed, and
 * reused when a file with the same bytes is already in the library. Uploads go through the upload
 * service, so the media plugin's allowlist and size limits judge them like any upload. A dry run
 * finds and hashes, and stores nothing.
 */
export const mediaStore = (strapi: Core.Strapi, { siteRoot, dryRun }: { siteRoot: string; dryRun: boolean }) => {
  const root = path.resolve(siteRoot);
  const byPath = new Map<string, Promise<MediaOutcome>>();

  /** The file on disk a site-relative path names, or null; never outside the site root. */
  const locate = (relative: string): string | null => {
    const clean = relative.replace(/\\/g, '/').replace(/^\/+/, '');
    for (const form of new Set([clean, clean.normalize('NFC'), clean.normalize('NFD')])) {
      const full = path.resolve(root, form);
      if (full !== root && !full.startsWith(root + path.sep)) return null;
      try {
        if (fs.statSync(full).isFile()) return full;
      } catch {
        // not there in this form
      }
    }
    return null;
  };

  const existing = async (sha256: string): Promise<StoredFile | null> =>
    (await strapi.db.query(FILE_UID).findOne({ where: { [HASH]: sha256 } })) as StoredFile | null;

  const store = async (relative: string, alt: string | null, caption: string | null): Promise<MediaOutcome> => {
    const full = locate(relative);
    if (!full) return { status: 'missing' };
    const sha256 = await sha256Of(full);
    const found = await existing(sha256);
    if (found) return { status: 'stored', file: found, reused: true };
    const stat = fs.statSync(full);
    const name = path.basename(full).normalize('NFC');
    if (dryRun) {
      const placeholder: StoredFile = {
        id: 0,
        name,
        alternativeText: alt,
        caption,
        url: `/uploads/${name}`,
        width: 1,
        height: 1,
        formats: null,
        hash: sha256.slice(0, 16),
        ext: path.extname(name).toLowerCase(),
        // Not read in a dry run; a real upload's type comes from its bytes (the media plugin's guard).
        mime: 'application/octet-stream',
        size: stat.size / 1000,
        previewUrl: null,
        provider: 'local',
        provider_metadata: null,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      };
      return { status: 'stored', file: placeholder, reused: false };
    }
    try {
      const [file] = (await strapi
        .plugin('upload')
        .service<{ upload(input: unknown): Promise<unknown> }>('upload')
        .upload({
          data: { fileInfo: { name, alternativeText: alt ?? undefined, caption: caption ?? undefined } },
          files: {
            filepath: full,
            originalFilename: name,
            // The media plugin's guard reads the type from the bytes and sets it.
            mimetype: 'application/octet-stream',
            size: stat.size,
          },
        })) as StoredFile[];
      return { status: 'stored', file: (await existing(sha256)) ?? file, reused: false };
    } catch (error) {
      return { status: 'refused', reason: (error as Error).message };
    }
  };

  return {
    locate,
    /** The stored file for a site-relative path: uploaded the first time, the same answer afterwards. */
    async get(relative: string, alt: string | null = null, caption: string | null = null): Promise<MediaOutcome> {
      const key = relative.normalize('NFC');
      const known = byPath.get(key);
      if (known) {
        const outcome = await known;
        return outcome.status === 'stored' ? { ...outcome, first: false } : outcome;
      }
      const outcome = store(relative, alt, caption);
      byPath.set(key, outcome);
      // Keep memory bounded on a site with hundreds of thousands of files.
      if (byPath.size > 5000) byPath.delete(byPath.keys().next().value as string);
      const stored = await outcome;
      return stored.status === 'stored' ? { ...stored, first: true } : stored;
    },
    /** The pictures of a `{gallery}folder{/gallery}` (under images/), sorted by name. */
    gallery(folder: string): string[] {
      const relative = path.posix.join('images', folder.replace(/^\/+|\/+$/g, ''));
      const full = path.resolve(root, relative);
      if (!full.startsWith(root + path.sep)) return [];
      try {
        return fs
          .readdirSync(full)
          .filter((name) => /\.(jpe?g|png|gif|webp)$/i.test(name))
          .sort()
          .map((name) => path.posix.join(relative, name));
      } catch {
        return [];
      }
    },
  };
};

export type MediaStore = ReturnType<typeof mediaStore>;
