import type { Sql } from "~/persistence/sql/port";
import { dueEventIds, LEASE_MS } from "./process-event.server";
import type { JobQueue } from "./queue.server";

// No job lost on an engine where storing and sending are two steps (pg-boss): a process that dies
// between the insert and the send, a job pg-boss gave up on while the row still waits, a worker
// killed mid-job (its lease runs out). The sweep sends again every pending event that no worker
// holds and that should have run `graceMs` ago; the singleton key collapses a re-send of an event
// whose job is still waiting, and the claim makes any other duplicate a no-op (a job fetched in a
// batch but not started within the grace may so be run by another worker first: taken over, never
// run twice). The leader sweeps every 2 s: one indexed query on (status, nextAttemptAt), one
// multi-row insert; for events stored without a send it stands in for the in-process poll.

export const SWEEP_GRACE_MS = 5_000;
export const SWEEP_EVERY_MS = 2_000;
const SWEEP_LIMIT = 500;

export async function sweepUnsent(sql: Sql, queue: JobQueue, options: { graceMs?: number; leaseMs?: number; now?: Date } = {}): Promise<number> {
  if (!queue.sentSeparately) {
    await queue.enqueue(); // the in-process engine reads the table itself: a nudge is all it needs
    return 0;
  }
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - (options.graceMs ?? SWEEP_GRACE_MS));
  const ids = await dueEventIds(sql, { before, now, leaseMs: options.leaseMs ?? LEASE_MS, take: SWEEP_LIMIT });
  await queue.enqueue(...ids);
  return ids.length;
}
