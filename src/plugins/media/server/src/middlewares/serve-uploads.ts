import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { UPLOADS_CSP, UPLOADS_PREFIX } from '../constants';
import { FILE_TYPES, SVG_TYPE } from '../file-types';
import { getConfig } from '../config';

interface Ctx {
  path: string;
  body: unknown;
  response: { type: string };
  set(field: string, value: string): void;
}

/** The request path as the file system will see it: decoded, slashes collapsed, dot segments resolved. */
const normalisedPath = (raw: string): string => {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape reaches no file: judge the path as it was sent.
  }
  return path.posix.normalize(decoded.replace(/\\/g, '/').replace(/\/{2,}/g, '/')).toLowerCase();
};

/**
 * Headers for everything served from public/uploads, whichever middleware serves it (the upload
 * plugin's /uploads route, or strapi::public for a path spelt differently): `nosniff`, a
 * Content-Security-Policy that forbids scripts and sandboxes the document, and
 * `Content-Disposition: attachment` for everything but pictures, audio and video, so a document
 * downloads rather than opening on the portal's origin. It holds for files stored before uploads
 * were checked, too.
 *
 * Listed in config/middlewares.ts before strapi::public, so that it wraps it.
 */
const serveUploads = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const uploadsDir = path.join(strapi.dirs.static.public, 'uploads') + path.sep;
  const inlineTypes = () =>
    new Set(
      [...FILE_TYPES, ...(getConfig(strapi).allowSvg ? [SVG_TYPE] : [])]
        .filter((type) => type.kind !== 'document')
        .map((type) => type.mime)
    );

  const servesUpload = (ctx: Ctx) => {
    if (`${normalisedPath(ctx.path)}/`.startsWith(UPLOADS_PREFIX)) return true;
    const body = ctx.body as { path?: unknown } | null;
    return (
      body instanceof fs.ReadStream && typeof body.path === 'string' && path.resolve(body.path).startsWith(uploadsDir)
    );
  };

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    await next();
    if (!servesUpload(ctx)) return;
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', UPLOADS_CSP);
    if (!inlineTypes().has(ctx.response.type)) ctx.set('Content-Disposition', 'attachment');
  };
};

export default serveUploads;
