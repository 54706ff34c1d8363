import { isFetchError } from '@strapi/strapi/admin';

export interface RequestFailure {
  /** HTTP status, when the server answered. */
  status?: number;
  /** The server's message (written for people, in English), if it sent one. */
  message?: string;
  /** The server's reason code (details.code), which the panel shows in the user's language. */
  code?: string;
  /** What the reason refers to (details: department, state, …). */
  details?: Record<string, unknown>;
}

/** An aborted request: the component that made it is gone, nobody is waiting for an answer. */
export const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** What went wrong with a request, in the server's own words when it gave some. */
export const describeFailure = (error: unknown): RequestFailure => {
  if (isFetchError(error)) {
    const body = error.response?.data?.error as { message?: string; details?: Record<string, unknown> } | undefined;
    const message = body?.message ?? error.message;
    const details = body?.details ?? {};
    return {
      status: error.status,
      message: message && message !== 'Unknown Server Error' ? message : undefined,
      code: typeof details.code === 'string' ? details.code : undefined,
      details,
    };
  }
  return {};
};
