import { env, type Env } from "~/env.server";
import { catalogDeps } from "~/services/catalog/default-deps.server";
import { orderDeps } from "~/services/orders/default-deps.server";
import { coalesced } from "./coalesced";
import { inboxHandlers } from "./handlers.server";
import { alwaysLeads, advisoryLeadership } from "./leader.server";
import { startOrderScheduler } from "./order-scheduler.server";
import { pgBossQueue } from "./pgboss-queue.server";
import { eventProcessor } from "./process-event.server";
import type { JobQueue } from "./queue.server";
import { startScheduler } from "./scheduler.server";
import { SWEEP_EVERY_MS, sweepUnsent } from "./sweep.server";
import { inProcessQueue } from "./worker.server";

// The jobs of this process, started on first use (entry.server.tsx wakes them with the server;
// scripts/worker.ts in a worker process). The engine is pg-boss when QUEUE_DATABASE_URL is set
// (env() defaults it to a PostgreSQL DATABASE_URL), else the in-process worker over SQLite. Every
// process sends; PROCESS_ROLE "all" and "worker" processes also run jobs and the schedulers, whose
// timed work only the leader among them does (app/jobs/leader.server.ts), the sweep included.
interface Jobs {
  queue: JobQueue;
  /** Resolves once this process takes jobs (at once where it does not). */
  started: Promise<void>;
  sweepNow(): Promise<void>;
  stop(): Promise<void>;
}

declare global {
  var __jobs: Jobs | undefined;
}

function createJobs({ PROCESS_ROLE, QUEUE_DATABASE_URL }: Env): Jobs {
  const active = PROCESS_ROLE !== "web";
  const { sql } = catalogDeps();
  const queue = QUEUE_DATABASE_URL ? pgBossQueue({ connectionString: QUEUE_DATABASE_URL, supervise: active }) : inProcessQueue(sql, { soleWorker: true });
  const leadership = QUEUE_DATABASE_URL && active ? advisoryLeadership(QUEUE_DATABASE_URL) : alwaysLeads;
  const sweep = (graceMs?: number) => sweepUnsent(sql, queue, { graceMs }).catch(report("sweep"));
  const sweepNow = coalesced(async () => {
    await sweep(0);
  });
  const stops: (() => void)[] = [];
  let started = Promise.resolve();
  if (active) {
    const send = (id: number) => void queue.enqueue(id).catch(report("enqueue"));
    started = queue.start(eventProcessor(sql, inboxHandlers(send), { retry: queue.retry }));
    started.catch(report("job queue"));
    stops.push(startScheduler(catalogDeps(), leadership.leads));
    stops.push(startOrderScheduler(orderDeps(), send, leadership.leads));
    if (queue.sentSeparately) {
      const timer = setInterval(() => {
        if (leadership.leads()) void sweep();
      }, SWEEP_EVERY_MS);
      timer.unref();
      stops.push(() => clearInterval(timer));
    }
  }
  return {
    queue,
    started,
    sweepNow,
    async stop() {
      for (const stopTimer of stops) stopTimer();
      await queue.stop();
      await leadership.stop();
    },
  };
}

function jobs(): Jobs {
  globalThis.__jobs ??= createJobs(env());
  return globalThis.__jobs;
}

/**
 * After an event is stored: sends it to the queue (in-process: wakes the worker), and in a process
 * that works jobs, starts them on first use. Without an id, sends whatever is stored and not yet
 * running (a sweep with no grace).
 */
export function wakeWorker(eventId?: number): void {
  const { queue, sweepNow } = jobs();
  const sent = typeof eventId === "number" ? queue.enqueue(eventId) : sweepNow();
  sent.catch(report("enqueue"));
}

/** Starts the jobs of this process (scripts/worker.ts); resolves with the engine's name once it takes jobs. */
export async function startJobs(): Promise<JobQueue["engine"]> {
  const { queue, started } = jobs();
  await started;
  return queue.engine;
}

/** Stops taking jobs and waits for the running one (SIGTERM of a worker process). */
export async function stopJobs(): Promise<void> {
  const current = globalThis.__jobs;
  globalThis.__jobs = undefined;
  await current?.stop();
}

const report = (what: string) => (error: unknown) => console.error(`${what}:`, error instanceof Error ? error.message : error);
