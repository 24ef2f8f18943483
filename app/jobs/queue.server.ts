import type { RetryPolicy } from "~/core/retry";

// The job queue's port. A job is the id of an InboxEvent row, never a copy of its payload: the row is
// the truth (status, attempts, last error), the engine only says "run event N now". Two engines:
//   - in-process (app/jobs/worker.server.ts): the embedded default on SQLite; it polls the table,
//     so an event is "sent" by being stored, and retries are the row's nextAttemptAt;
//   - pg-boss (app/jobs/pgboss-queue.server.ts): for PostgreSQL and many processes; an event is
//     sent as a job, and a failed one sent again by pg-boss after the pause.
// Both call the same processing function (app/jobs/process-event.server.ts), so the dead-letter
// list (rows with status "failed") and the exactly-once claim are the same on either.

/** Runs one event. Resolves when nothing is left for the engine to do; throws RetryLater (or any error) to be retried. */
export type ProcessEvent = (eventId: number) => Promise<void>;

export interface JobQueue {
  readonly engine: "in-process" | "pg-boss";
  /** Whether a stored event reaches the engine only when sent: then a sweep re-sends what a crash left unsent. */
  readonly sentSeparately: boolean;
  /** How often and when a failed event is run again (app/core/retry.ts on both engines). */
  readonly retry: RetryPolicy;
  /** Hands stored events to the engine (in-process: a nudge, the rows are already in its table). Duplicates collapse. */
  enqueue(...eventIds: number[]): Promise<void>;
  /** Starts taking jobs in this process. */
  start(process: ProcessEvent): Promise<void>;
  /** Stops taking jobs, lets the running one finish, and closes the engine. */
  stop(): Promise<void>;
}

/** A failed run, recorded on its row, that the engine runs again after `delayMs` (expected: not logged as a worker error). */
export class RetryLater extends Error {
  override name = "RetryLater";
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}
