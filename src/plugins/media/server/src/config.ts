import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { LIMIT_SETTINGS, PLUGIN_ID } from './constants';

/** The largest file of one kind, in megabytes; the message names the setting's env variable. */
const megabytes = (kind: keyof typeof LIMIT_SETTINGS, fallback: number) => {
  const error = (issue: { input?: unknown }) =>
    `media.maxMegabytes.${kind} (${LIMIT_SETTINGS[kind]}) must be a whole number of megabytes from 1 to 10000; got ${JSON.stringify(issue.input)}.`;
  return z.number({ error }).int({ error }).min(1, { error }).max(10_000, { error }).default(fallback);
};

/**
 * What may be uploaded and how large (config/plugins.ts reads it from the environment), with
 * the defaults: a wrong value stops the start with a message naming its variable.
 */
export const configSchema = z.object({
  /** Accept SVG pictures, after sanitising them (scripts, event handlers and external references removed). */
  allowSvg: z.boolean({ error: 'media.allowSvg (UPLOAD_ALLOW_SVG) must be true or false.' }).default(false),
  /** The largest file accepted of each kind, in megabytes (10^6 bytes). */
  maxMegabytes: z
    .object({
      image: megabytes('image', 20),
      document: megabytes('document', 20),
      audio: megabytes('audio', 100),
      video: megabytes('video', 200),
    })
    .default({ image: 20, document: 20, audio: 100, video: 200 }),
  /** Where `npm run uploads:audit -- --quarantine` moves files whose real type is not allowed (outside public/). */
  quarantineDir: z
    .string({ error: 'media.quarantineDir (UPLOAD_QUARANTINE_DIR) must be a directory path.' })
    .refine((value) => value.trim() !== '', {
      error: 'media.quarantineDir (UPLOAD_QUARANTINE_DIR) must be a directory path.',
    })
    .default('private/quarantine'),
});

export type MediaConfig = z.output<typeof configSchema>;

/** The plugin's settings, as the validator below accepted them at start-up. */
export const getConfig = (strapi: Core.Strapi): MediaConfig => strapi.config.get<MediaConfig>(`plugin::${PLUGIN_ID}`);

export default {
  default: configSchema.parse({}),
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (!result.success) throw new Error([...new Set(result.error.issues.map((issue) => issue.message))].join('\n'));
  },
};
