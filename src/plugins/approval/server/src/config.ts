export interface ApprovalConfig {
  /** Nobody approves their own article (creator, submitter or signing author); a super admin may override with a reason. */
  separationOfDuties: boolean;
  /** Cron rule of the scheduler that publishes and unpublishes at the approved times. */
  schedulerRule: string;
  /** Runs the scheduler in this instance; every instance may run it, the work is claimed in the database. */
  schedulerEnabled: boolean;
}

const defaults: ApprovalConfig = {
  separationOfDuties: true,
  schedulerRule: '*/30 * * * * *',
  schedulerEnabled: true,
};

export default {
  default: defaults,
  validator(config: Partial<Record<keyof ApprovalConfig, unknown>>) {
    if (typeof config.separationOfDuties !== 'boolean') {
      throw new Error('approval.separationOfDuties must be true or false.');
    }
    if (typeof config.schedulerEnabled !== 'boolean') {
      throw new Error('approval.schedulerEnabled must be true or false.');
    }
    const fields = typeof config.schedulerRule === 'string' ? config.schedulerRule.trim().split(/\s+/).length : 0;
    if (fields !== 5 && fields !== 6) {
      throw new Error(
        `approval.schedulerRule must be a cron rule of 5 or 6 fields, e.g. "*/30 * * * * *"; got ${JSON.stringify(config.schedulerRule)}.`
      );
    }
  },
};
