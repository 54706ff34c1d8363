import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { PLUGIN_ID } from './constants';

const cronFields = (rule: string) => rule.trim().split(/\s+/).length;

/** The plugin's configuration, with its defaults; config/plugins.ts fills it from the environment. */
export const configSchema = z.object({
  /** Nobody approves their own article (creator, submitter or signing author); a super admin may override with a reason. */
  separationOfDuties: z.boolean().default(true),
  /** Cron rule of the scheduler that publishes and unpublishes at the approved times. */
  schedulerRule: z
    .string()
    .refine((rule) => [5, 6].includes(cronFields(rule)))
    .default('*/30 * * * * *'),
  /** Runs the scheduler in this instance; every instance may run it, the work is claimed in the database. */
  schedulerEnabled: z.boolean().default(true),
});

export type ApprovalConfig = z.infer<typeof configSchema>;

/** Where each setting comes from, and what it expects: what an operator reads when start-up fails. */
const SETTINGS: Record<keyof ApprovalConfig, { variable: string; expects: string }> = {
  separationOfDuties: { variable: 'APPROVAL_SEPARATION_OF_DUTIES', expects: 'true or false' },
  schedulerRule: {
    variable: 'APPROVAL_SCHEDULER_RULE',
    expects: 'a cron rule of 5 or 6 fields, e.g. "*/30 * * * * *"',
  },
  schedulerEnabled: { variable: 'APPROVAL_SCHEDULER_ENABLED', expects: 'true or false' },
};

const isSetting = (key: PropertyKey | undefined): key is keyof ApprovalConfig =>
  typeof key === 'string' && key in SETTINGS;

/** The validated configuration (Strapi ran the validator below at start-up). */
export const getConfig = (strapi: Core.Strapi): ApprovalConfig =>
  strapi.config.get<ApprovalConfig>(`plugin::${PLUGIN_ID}`);

export default {
  default: configSchema.parse({}),
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (result.success) return;
    const [issue] = result.error.issues;
    const key = issue?.path[0];
    if (!isSetting(key)) throw new Error(`approval: invalid configuration: ${issue?.message ?? 'unknown error'}.`);
    const { variable, expects } = SETTINGS[key];
    const given = (config as Record<string, unknown> | null)?.[key];
    throw new Error(`${variable} (approval.${key}) must be ${expects}; got ${JSON.stringify(given)}.`);
  },
};
