import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LIMIT_SETTINGS } from '../constants';
import {
  FILE_TYPES,
  looksLikeSvg,
  describeAllowed,
  sniffFile,
  SVG_TYPE,
  type FileType,
  type MediaKind,
} from '../file-types';
import { sanitizeSvg } from '../svg';
import { getConfig } from '../config';

/** A file as the upload service receives it (formidable's shape): from a request, or from code that calls `upload` or `replace`. */
export interface IncomingFile {
  filepath?: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size?: number;
  /** Read by the upload plugin before the declared type (see its enhanceAndValidateFile). */
  detectedMimeType?: string;
}

/** What an accepted file is. */
export interface Admitted {
  type: FileType;
  bytes: number;
  sha256: string;
}

const KIND_WORDS: Record<MediaKind, { en: string; vi: string }> = {
  image: { en: 'pictures', vi: 'ảnh' },
  document: { en: 'documents', vi: 'tài liệu' },
  audio: { en: 'audio files', vi: 'tệp âm thanh' },
  video: { en: 'videos', vi: 'video' },
};

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

const sha256Of = async (filepath: string): Promise<string> => {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(filepath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
};

/** The name with the extension of its real type, e.g. "anh.jpg" that is a PNG → "anh.png". */
const withExtension = (name: string, type: FileType): string => {
  const ext = path.extname(name).toLowerCase();
  if (type.extensions.includes(ext)) return name;
  return `${ext ? name.slice(0, -ext.length) : name}${type.extensions[0]}`;
};

/**
 * The admission of a file into the media library, whoever sends it (the admin's media library,
 * the content API's /api/upload, code): its type is read from its bytes and must be on the
 * allowlist, and its size must be within the limit of its kind. Nothing is stored before this
 * passes.
 */
const guard = ({ strapi }: { strapi: Core.Strapi }) => {
  const allowed = (): readonly FileType[] => (getConfig(strapi).allowSvg ? [...FILE_TYPES, SVG_TYPE] : FILE_TYPES);

  const allowedSentence = () => {
    const byKind = new Map<MediaKind, FileType[]>();
    for (const type of allowed()) byKind.set(type.kind, [...(byKind.get(type.kind) ?? []), type]);
    return [...byKind].map(([kind, types]) => `${KIND_WORDS[kind].en} (${describeAllowed(types)})`).join('; ');
  };

  const refuseType = (name: string, found: string): errors.ValidationError =>
    new errors.ValidationError(
      `Không nhận tệp "${name}": nội dung của nó là ${found}, không thuộc các loại được phép. / ` +
        `"${name}" was refused: its content is ${/^[aeiou]/i.test(found) ? 'an' : 'a'} ${found}. The portal accepts only ${allowedSentence()}.`,
      { code: 'type-not-allowed', file: name, found, allowed: allowed().map((type) => type.label) }
    );

  const assertSize = (name: string, type: FileType, bytes: number) => {
    const limitMb = getConfig(strapi).maxMegabytes[type.kind];
    if (bytes <= limitMb * 1_000_000) return;
    throw new errors.PayloadTooLargeError(
      `Tệp "${name}" nặng ${megabytes(bytes)} MB, vượt giới hạn ${limitMb} MB cho ${KIND_WORDS[type.kind].vi}. / ` +
        `"${name}" is ${megabytes(bytes)} MB; ${KIND_WORDS[type.kind].en} may be at most ${limitMb} MB (${LIMIT_SETTINGS[type.kind]}).`,
      { code: 'too-large', file: name, kind: type.kind, limitMegabytes: limitMb, bytes }
    );
  };

  /**
   * The real type of the file at `filepath`, from its bytes. When SVG is allowed, an SVG is
   * cleaned and the cleaned bytes replace the sent ones on disk.
   */
  const identify = async (name: string, filepath: string): Promise<{ type: FileType; bytes: number }> => {
    const sniffed = await sniffFile(filepath);
    if (sniffed.type) {
      const bytes = (await fs.promises.stat(filepath)).size;
      assertSize(name, sniffed.type, bytes);
      return { type: sniffed.type, bytes };
    }
    // Only an allowed SVG is worth reading whole; anything else is refused as it was sniffed.
    const raw = getConfig(strapi).allowSvg ? await fs.promises.readFile(filepath) : null;
    if (raw && looksLikeSvg(raw)) {
      assertSize(name, SVG_TYPE, raw.length);
      let clean: Buffer;
      try {
        clean = Buffer.from(sanitizeSvg(raw.toString('utf8')), 'utf8');
      } catch (error) {
        throw new errors.ValidationError(
          `"${name}" is not an SVG picture the portal can clean: ${(error as Error).message}`,
          {
            code: 'svg-unreadable',
            file: name,
          }
        );
      }
      await fs.promises.writeFile(filepath, clean);
      return { type: SVG_TYPE, bytes: clean.length };
    }
    throw refuseType(name, sniffed.found);
  };

  return {
    /**
     * Admits a file sent in a request (upload or replace): refuses it (400, 413) or records its
     * real type on it, so the upload plugin stores the real MIME type and a matching extension.
     */
    async admitIncoming(file: IncomingFile): Promise<Admitted> {
      const name = file.originalFilename || 'file';
      if (!file.filepath)
        throw new errors.ValidationError(`"${name}" arrived without its content.`, { code: 'no-content', file: name });
      const { type, bytes } = await identify(name, file.filepath);
      file.size = bytes;
      file.mimetype = type.mime;
      file.detectedMimeType = type.mime;
      file.originalFilename = withExtension(name, type);
      return { type, bytes, sha256: await sha256Of(file.filepath) };
    },
  };
};

export default guard;
