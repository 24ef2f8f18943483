import { isoTime, num, type Sql } from "~/persistence/sql/port";
import { hostname } from "node:os";
import type { RetryPolicy } from "~/core/retry";
import { RetryLater, type ProcessEvent } from "./queue.server";

// Running one inbox event, the same on every engine. The row is claimed with one conditional
// UPDATE (pending, and not claimed by a live worker), so a second delivery of the same job — a
// redelivery, a sweep's re-send, a second worker — finds nothing to do: exactly once in effect.
// The claim is a lease: renewed while the handler runs, it expires when the worker dies (SIGKILL,
// a lost machine) and the event is taken again. A failure records the attempt and the error and
// leaves the row pending for the engine's retry; after the last attempt it is "failed" (the
// dead-letter list of the Jobs page). The statements go through the raw-SQL port, prepared once:
// claim and outcome are the per-event cost of every job, on both databases.

export interface InboxRow {
  id: number;
  source: string;
  shop: string;
  topic: string;
  payload: string;
  triggeredAt: Date | null;
  receivedAt: Date;
  attempts: number;
}

export type InboxHandler = (event: InboxRow) => Promise<"processed" | "ignored">;
export type HandlerFor = (source: string, topic: string) => InboxHandler | undefined;

/** How long a claim holds without renewal: a dead worker's event is taken again after this. */
export const LEASE_MS = 15_000;

// Claimable: pending, and never claimed or claimed by a worker whose lease ran out.
const CLAIMABLE = `"status" = 'pending' AND ("claimedAt" IS NULL OR "claimedAt" < ?)`;
const DUE = `SELECT "id" FROM "InboxEvent" WHERE ${CLAIMABLE} AND "nextAttemptAt" <= ? ORDER BY "id" LIMIT ?`;
const CLAIM = `UPDATE "InboxEvent" SET "claimedAt" = ? WHERE "id" = ? AND ${CLAIMABLE}
  RETURNING "id", "source", "shop", "topic", "payload", "triggeredAt", "receivedAt", "attempts"`;
const RENEW = `UPDATE "InboxEvent" SET "claimedAt" = ? WHERE "id" = ? AND "status" = 'pending'`;
// The outcome of a run, with the worker that ran it ("processedBy").
const DONE = `UPDATE "InboxEvent" SET "status" = ?, "processedAt" = ?, "attempts" = ?, "error" = ?, "processedBy" = ?, "claimedAt" = NULL WHERE "id" = ?`;
// A failed attempt; after the last one, "processedAt" says when the event was given up.
const FAILED = `UPDATE "InboxEvent" SET "status" = ?, "attempts" = ?, "nextAttemptAt" = ?, "error" = ?, "processedAt" = ?, "processedBy" = ?, "claimedAt" = NULL WHERE "id" = ?`;

const RELEASE = `UPDATE "InboxEvent" SET "claimedAt" = NULL WHERE "status" = 'pending' AND "claimedAt" IS NOT NULL`;

/** Frees every claim at once: for the only worker of a database, whose earlier run died holding them. */
export const releaseClaims = (sql: Sql): Promise<number> => sql.run(RELEASE);

const leaseStart = (sql: Sql, now: Date, leaseMs: number) => sql.dialect.time(new Date(now.getTime() - leaseMs));

/** Ids of claimable events due at `before` (oldest first): the in-process poll and the sweep. */
export async function dueEventIds(sql: Sql, options: { before: Date; leaseMs: number; take: number; now?: Date }): Promise<number[]> {
  const rows = await sql.rows(DUE, [leaseStart(sql, options.now ?? new Date(), options.leaseMs), sql.dialect.time(options.before), options.take]);
  return rows.map((row) => num(row[0]));
}

/** This process's name in "processedBy": WORKER_NAME when set (scripts/worker.ts under a supervisor), else host:pid. */
export const workerName = (): string => process.env.WORKER_NAME || `${hostname()}:${process.pid}`;

export function eventProcessor(sql: Sql, handlerFor: HandlerFor, options: { retry: RetryPolicy; leaseMs?: number; worker?: string }): ProcessEvent {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const worker = options.worker ?? workerName();
  return async (eventId) => {
    const now = new Date();
    const claimed = await sql.get<Record<keyof InboxRow, unknown>>(CLAIM, [sql.dialect.time(now), eventId, leaseStart(sql, now, leaseMs)]);
    if (!claimed) return; // done, failed, dismissed, deleted, or running elsewhere right now
    const row = inboxRow(claimed);
    const handler = handlerFor(row.source, row.topic);
    const attempts = row.attempts + 1;
    let outcome: "processed" | "ignored" = "ignored";
    try {
      if (handler) outcome = await withLease(sql, row.id, leaseMs, () => handler(row));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = attempts >= options.retry.maxAttempts;
      const delayMs = options.retry.delayMs(attempts);
      await sql.run(FAILED, [failed ? "failed" : "pending", attempts, sql.dialect.time(new Date(Date.now() + delayMs)), message, failed ? sql.dialect.time(new Date()) : null, worker, row.id]);
      if (failed) return;
      throw new RetryLater(message, delayMs);
    }
    await sql.run(DONE, [outcome, sql.dialect.time(new Date()), attempts, handler ? null : "no handler for this topic", worker, row.id]);
  };
}

function inboxRow(raw: Record<keyof InboxRow, unknown>): InboxRow {
  const triggeredAt = isoTime(raw.triggeredAt);
  return {
    id: num(raw.id),
    source: String(raw.source),
    shop: String(raw.shop),
    topic: String(raw.topic),
    payload: String(raw.payload),
    triggeredAt: triggeredAt ? new Date(triggeredAt) : null,
    receivedAt: new Date(isoTime(raw.receivedAt) ?? 0),
    attempts: num(raw.attempts),
  };
}

/** Runs `work` while renewing the claim on the row every third of the lease. */
async function withLease<T>(sql: Sql, id: number, leaseMs: number, work: () => Promise<T>): Promise<T> {
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    // A renewal that fails only shortens the lease; the handler's own outcome decides the row.
    renewing = sql.run(RENEW, [sql.dialect.time(new Date()), id]).catch(() => undefined);
  }, leaseMs / 3);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    // A renewal landing after the outcome would hold a retried row for a whole lease.
    await renewing;
  }
}
