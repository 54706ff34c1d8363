export const PLUGIN_ID = 'media';

/** The upload plugin's file model and service, which this plugin guards. */
export const FILE_UID = 'plugin::upload.file';
export const UPLOAD_SERVICE_UID = 'plugin::upload.upload';

/** The attribute this plugin adds to the file model: a SHA-256 of the stored bytes (approval fingerprints read it). */
export const CONTENT_HASH_ATTRIBUTE = 'sha256';

/** Where the local provider's files are served from (public/uploads). */
export const UPLOADS_PREFIX = '/uploads/';

/**
 * The policy of every answer under /uploads: nothing there may run. No scripts or plugins, no
 * connections, and a sandbox that gives an opened document an origin of its own, so it cannot read
 * the portal's storage or cookies even if a browser renders it.
 */
export const UPLOADS_CSP =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/** Names of the size settings, quoted in the 413 a refused upload gets. */
export const LIMIT_SETTINGS = {
  image: 'UPLOAD_MAX_IMAGE_MB',
  document: 'UPLOAD_MAX_DOCUMENT_MB',
  audio: 'UPLOAD_MAX_AUDIO_MB',
  video: 'UPLOAD_MAX_VIDEO_MB',
} as const;
