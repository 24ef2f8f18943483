// Retry policy of background work: exponential backoff with a ceiling, a bounded number of tries.
// Both job engines (in-process and pg-boss) retry a failed inbox event on this schedule.
export const MAX_ATTEMPTS = 8;

export function backoffMs(attempt: number, baseMs = 500, capMs = 5 * 60_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export interface RetryPolicy {
  /** Runs in all, the first included. */
  maxAttempts: number;
  /** The pause before the next run, after `attempts` failed runs. */
  delayMs(attempts: number): number;
}

export const retryPolicy = (maxAttempts = MAX_ATTEMPTS): RetryPolicy => ({ maxAttempts, delayMs: (attempts) => backoffMs(attempts) });
