import type { MediaKind } from './file-types';

export interface MediaConfig {
  /** Accept SVG pictures, after sanitising them (scripts, event handlers and external references removed). */
  allowSvg: boolean;
  /** The largest file accepted of each kind, in megabytes (10^6 bytes). */
  maxMegabytes: Record<MediaKind, number>;
  /** Where `npm run uploads:audit -- --quarantine` moves files whose real type is not allowed (outside public/). */
  quarantineDir: string;
}

const defaults: MediaConfig = {
  allowSvg: false,
  maxMegabytes: { image: 20, document: 20, audio: 100, video: 200 },
  quarantineDir: 'private/quarantine',
};

const KINDS: MediaKind[] = ['image', 'document', 'audio', 'video'];

export default {
  default: defaults,
  validator(config: MediaConfig) {
    if (typeof config.allowSvg !== 'boolean')
      throw new Error('media.allowSvg (UPLOAD_ALLOW_SVG) must be true or false.');
    for (const kind of KINDS) {
      const value = config.maxMegabytes?.[kind];
      if (!Number.isInteger(value) || value < 1 || value > 10_000) {
        throw new Error(
          `media.maxMegabytes.${kind} must be a whole number of megabytes from 1 to 10000; got ${JSON.stringify(value)}.`
        );
      }
    }
    if (typeof config.quarantineDir !== 'string' || !config.quarantineDir.trim()) {
      throw new Error('media.quarantineDir (UPLOAD_QUARANTINE_DIR) must be a directory path.');
    }
  },
};
