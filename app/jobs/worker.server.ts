import type { PrismaClient } from "@prisma/client";
import { backoffMs, MAX_ATTEMPTS } from "~/core/retry";

// The embedded default's worker: in the app process, over the inbox table. It claims pending
// events in arrival order, runs the handler for the topic, and marks the row processed; a failure
// is retried with exponential backoff and, after MAX_ATTEMPTS, left as "failed" for the admin.

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

export interface Worker {
  wake(): void;
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function createWorker(db: PrismaClient, handlerFor: HandlerFor, options: { pollMs?: number; batch?: number } = {}): Worker {
  const pollMs = options.pollMs ?? 1000;
  const batch = options.batch ?? 50;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  async function runOnce(): Promise<number> {
    const rows = await db.inboxEvent.findMany({
      where: { status: "pending", nextAttemptAt: { lte: new Date() } },
      orderBy: { id: "asc" },
      take: batch,
    });
    for (const row of rows) {
      await handle(row);
      // Let waiting requests in between events: the worker shares the process with intake, whose
      // answers must stay fast (channels and Shopify time out and redeliver).
      await new Promise((resolve) => setImmediate(resolve));
    }
    return rows.length;
  }

  async function handle(row: InboxRow): Promise<void> {
    const handler = handlerFor(row.source, row.topic);
    try {
      const outcome = handler ? await handler(row) : "ignored";
      await db.inboxEvent.update({
        where: { id: row.id },
        data: { status: outcome, processedAt: new Date(), attempts: row.attempts + 1, error: handler ? null : "no handler for this topic" },
      });
    } catch (error) {
      const attempts = row.attempts + 1;
      await db.inboxEvent.update({
        where: { id: row.id },
        data: {
          attempts,
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          nextAttemptAt: new Date(Date.now() + backoffMs(attempts)),
          error: error instanceof Error ? error.message : String(error),
        },
      });
    }
  }

  async function loop(): Promise<number> {
    let total = 0;
    do {
      again = false;
      let n: number;
      do {
        n = await runOnce();
        total += n;
      } while (n === batch && !stopped);
    } while (again && !stopped);
    return total;
  }

  function wake(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    if (running) {
      again = true;
      return running;
    }
    running = loop()
      .catch((error) => {
        console.error("inbox worker:", error instanceof Error ? error.message : error);
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(wake, pollMs);
  timer.unref();

  return {
    wake: () => void wake(),
    /** Runs until nothing is due (tests and the demo use it to wait for settled work). */
    async drain() {
      let total = 0;
      for (;;) {
        const n = await wake();
        total += n;
        if (n === 0) return total;
      }
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}
