// Retry policy of background work: exponential backoff with a ceiling, a bounded number of tries.
export const MAX_ATTEMPTS = 8;

export function backoffMs(attempt: number, baseMs = 500, capMs = 5 * 60_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
