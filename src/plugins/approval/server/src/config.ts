import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pluginConfig, setting } from '../../../../shared';
import { PLUGIN_ID } from './constants';

const cronFields = (rule: string) => rule.trim().split(/\s+/).length;

/**
 * The plugin's configuration, with its defaults; config/plugins.ts fills it from the environment,
 * and each setting names its variable and what it expects (src/shared/config.ts).
 */
export const configSchema = z.object({
  /** Nobody approves their own article (creator, submitter or signing author); a super admin may override with a reason. */
  separationOfDuties: setting(z.boolean(), 'APPROVAL_SEPARATION_OF_DUTIES', 'true or false').default(true),
  /** Cron rule of the scheduler that publishes and unpublishes at the approved times. */
  schedulerRule: setting(
    z.string().refine((rule) => [5, 6].includes(cronFields(rule))),
    'APPROVAL_SCHEDULER_RULE',
    'a cron rule of 5 or 6 fields, e.g. "*/30 * * * * *"'
  ).default('*/30 * * * * *'),
  /** Runs the scheduler in this instance; every instance may run it, the work is claimed in the database. */
  schedulerEnabled: setting(z.boolean(), 'APPROVAL_SCHEDULER_ENABLED', 'true or false').default(true),
});

export type ApprovalConfig = z.infer<typeof configSchema>;

/** The validated configuration (Strapi ran the validator below at start-up). */
export const getConfig = (strapi: Core.Strapi): ApprovalConfig =>
  strapi.config.get<ApprovalConfig>(`plugin::${PLUGIN_ID}`);

export default pluginConfig(PLUGIN_ID, configSchema);
