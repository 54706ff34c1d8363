import type { Core } from '@strapi/strapi';

/** What `strapi.db.transaction` hands its callback (its own types leave the argument `any`). */
type TransactionScope = { onCommit: (callback: () => void) => void };

/**
 * Runs `task` once the current database transaction commits, or right away outside of one.
 * For side effects that must not happen for a write that is then rolled back (e-mails, cache
 * invalidation). A failing task is logged, never thrown into the write.
 */
export const afterCommit = async (
  strapi: Core.Strapi,
  task: () => unknown,
  label = 'after-commit task'
): Promise<void> => {
  const run = () => {
    Promise.resolve()
      .then(task)
      .catch((error: Error) => strapi.log.warn(`${label} failed: ${error.message}`));
  };
  if (!strapi.db.inTransaction()) {
    run();
    return;
  }
  await strapi.db.transaction(({ onCommit }: TransactionScope) => {
    onCommit(run);
  });
};
