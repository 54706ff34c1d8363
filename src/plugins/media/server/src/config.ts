import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pluginConfig, setting } from '../../../../shared';
import { LIMIT_SETTINGS, PLUGIN_ID } from './constants';

/** The largest file of one kind, in megabytes, read from its own variable (LIMIT_SETTINGS). */
const megabytes = (kind: keyof typeof LIMIT_SETTINGS, fallback: number) =>
  setting(z.int().min(1).max(10_000), LIMIT_SETTINGS[kind], 'a whole number of megabytes from 1 to 10000').default(
    fallback
  );

/**
 * What may be uploaded and how large (config/plugins.ts reads it from the environment), with
 * the defaults: a wrong value stops the start with a message naming its variable (src/shared/config.ts).
 */
export const configSchema = z.object({
  /** Accept SVG pictures, after sanitising them (scripts, event handlers and external references removed). */
  allowSvg: setting(z.boolean(), 'UPLOAD_ALLOW_SVG', 'true or false').default(false),
  /** The largest file accepted of each kind, in megabytes (10^6 bytes). */
  maxMegabytes: z
    .object({
      image: megabytes('image', 20),
      document: megabytes('document', 20),
      audio: megabytes('audio', 100),
      video: megabytes('video', 200),
    })
    .prefault({}),
  /** Where `npm run uploads:audit -- --quarantine` moves files whose real type is not allowed (outside public/). */
  quarantineDir: setting(
    z.string().refine((value) => value.trim() !== ''),
    'UPLOAD_QUARANTINE_DIR',
    'a directory path'
  ).default('private/quarantine'),
});

export type MediaConfig = z.output<typeof configSchema>;

/** The plugin's settings, as the validator below accepted them at start-up. */
export const getConfig = (strapi: Core.Strapi): MediaConfig => strapi.config.get<MediaConfig>(`plugin::${PLUGIN_ID}`);

export default pluginConfig(PLUGIN_ID, configSchema);
