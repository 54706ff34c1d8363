import { z } from 'zod';

const wholeNumber = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number from 1 to ${max}.` })
    .int({ error: `${name} must be a whole number from 1 to ${max}.` })
    .min(1, { error: `${name} must be a whole number from 1 to ${max}.` })
    .max(max, { error: `${name} must be a whole number from 1 to ${max}.` });

/** GET /approval/queue: which page of the submissions waiting for approval. */
export const queueQuery = z.object({
  page: wholeNumber('page', 100_000).default(1),
  pageSize: wholeNumber('pageSize', 100).default(25),
});

export type QueueQuery = z.infer<typeof queueQuery>;
