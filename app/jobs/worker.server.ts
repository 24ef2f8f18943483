import { retryPolicy } from "~/core/retry";
import type { Sql } from "~/persistence/sql/port";
import { coalesced } from "./coalesced";
import { dueEventIds, LEASE_MS, releaseClaims } from "./process-event.server";
import { RetryLater, type JobQueue, type ProcessEvent } from "./queue.server";

// The embedded default's engine: in the app process (or a worker process), over the inbox table
// itself. Storing an event is sending it; the worker takes due events in arrival order (a poll
// every second, or at once when woken), and a failed one is due again after exponential backoff
// (the row's nextAttemptAt). Several of these on one database share the work through the claim.

export type { HandlerFor, InboxHandler, InboxRow } from "./process-event.server";

export interface InProcessOptions {
  pollMs?: number;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /**
   * The only worker of its database (the embedded default: on SQLite one process serves and
   * works): claims found at start were left by its own earlier run, killed, and are freed at once
   * instead of after their lease.
   */
  soleWorker?: boolean;
}

export function inProcessQueue(sql: Sql, options: InProcessOptions = {}): JobQueue {
  const pollMs = options.pollMs ?? 1000;
  const batch = options.batch ?? 50;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  let runner: ProcessEvent | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function runOnce(run: ProcessEvent): Promise<number> {
    const ids = await dueEventIds(sql, { before: new Date(), leaseMs, take: batch });
    for (const id of ids) {
      if (stopped) break;
      await run(id).catch(report);
      // Let waiting requests in between events: the worker may share the process with intake, whose
      // answers must stay fast (channels and Shopify time out and redeliver).
      await new Promise((resolve) => setImmediate(resolve));
    }
    return ids.length;
  }

  const wake = coalesced(async () => {
    if (!runner) return;
    try {
      while (!stopped && (await runOnce(runner)) === batch);
    } catch (error) {
      report(error);
    }
  });

  return {
    engine: "in-process",
    sentSeparately: false,
    retry: retryPolicy(options.maxAttempts),
    async enqueue() {
      void wake();
    },
    async start(run) {
      if (options.soleWorker) await releaseClaims(sql);
      runner = run;
      timer = setInterval(() => void wake(), pollMs);
      timer.unref();
      void wake();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await wake(); // the run in progress, if any, ends after its current event
    },
  };
}

function report(error: unknown): void {
  if (error instanceof RetryLater) return;
  console.error("inbox worker:", error instanceof Error ? error.message : error);
}
