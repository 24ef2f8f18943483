import PgBoss from "pg-boss";
import { retryPolicy } from "~/core/retry";
import { RetryLater, type JobQueue, type ProcessEvent } from "./queue.server";

// The engine for scale: pg-boss 10 on PostgreSQL (its own schema "pgboss" in the database of
// QUEUE_DATABASE_URL, else DATABASE_URL). Every process may send; worker processes fetch with
// SKIP LOCKED, so a job goes to one of them.
// - A job is { id } with singletonKey = the event id on a "short" queue: while a job for the event
//   waits, sending it again (intake, a sweep, a retry from the admin) adds nothing.
// - A failed run is recorded on the row and sent again as a job deferred by the pause of
//   app/core/retry.ts (startAfter, collapsing with any other send while it waits): the same
//   schedule as the in-process worker, exact where pg-boss's own backoff works in whole seconds
//   with up to 100 % jitter. After the last run the row is "failed" (the dead letters are rows,
//   so pg-boss's dead-letter queue is not used). pg-boss's own retries (with its backoff) cover
//   runs that fail before their attempt is recorded, e.g. a lost database connection.
// - Jobs are fetched in batches and run one after another, oldest event first; a failure fails
//   that job alone. On stop, the jobs of the batch not yet started are sent again before the
//   batch is let go.
// - A worker killed mid-job leaves its job active until pg-boss expires it; the row's lease runs
//   out first and the sweep (app/jobs/sweep.server.ts) sends the event again.

const QUEUE = "inbox";
const RETRY_DELAY_SECONDS = 1;

export interface PgBossQueueOptions {
  connectionString: string;
  /** Jobs fetched at once by this process (run one after another). */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  maxAttempts?: number;
  /** Connections of pg-boss's pool in this process. */
  poolSize?: number;
  /** pg-boss's maintenance (expiring jobs of dead workers, archiving): worker processes do it. */
  supervise?: boolean;
  /** How long a graceful stop waits for the running job. */
  stopTimeoutMs?: number;
}

export function pgBossQueue(options: PgBossQueueOptions): JobQueue {
  const batchSize = options.batchSize ?? 5;
  const retry = retryPolicy(options.maxAttempts);
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: "sshub-jobs",
    max: options.poolSize ?? 4,
    schedule: false,
    supervise: options.supervise ?? true,
  });
  boss.on("error", (error) => console.error("pg-boss:", error.message));
  const queue: PgBoss.Queue = { name: QUEUE, policy: "short", retryLimit: retry.maxAttempts - 1, retryDelay: RETRY_DELAY_SECONDS, retryBackoff: true };
  let ready: Promise<void> | null = null;
  let workerId: string | null = null;
  let stopping = false;

  /** Starts pg-boss once (installing or migrating its schema), with the queue as configured here. */
  function started(): Promise<void> {
    ready ??= (async () => {
      await boss.start();
      await boss.createQueue(QUEUE, queue);
      await boss.updateQueue(QUEUE, queue); // an existing queue takes this process's retry settings
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  /** Sends events, at once or after `delayMs`. */
  async function send(eventIds: number[], delayMs = 0): Promise<void> {
    if (eventIds.length === 0) return;
    await started();
    const startAfter = delayMs > 0 ? `${delayMs / 1000} seconds` : undefined;
    await boss.insert(eventIds.map((id) => ({ name: QUEUE, data: { id }, singletonKey: String(id), startAfter })));
    if (workerId && !startAfter) boss.notifyWorker(workerId); // this process works too: fetch now, not at the next poll
  }

  async function runBatch(run: ProcessEvent, batch: PgBoss.Job<{ id: number }>[]): Promise<void> {
    const jobs = batch.toSorted((a, b) => a.data.id - b.data.id); // in arrival order, as the in-process worker
    for (const [i, job] of jobs.entries()) {
      if (stopping) {
        await send(jobs.slice(i).map((j) => j.data.id));
        return;
      }
      try {
        await run(job.data.id);
      } catch (error) {
        if (error instanceof RetryLater) {
          await send([job.data.id], error.delayMs); // this job completes; the deferred one runs the retry
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        console.error("inbox worker:", message);
        await boss.fail(QUEUE, job.id, { message });
      }
    }
    // A full batch: more are likely waiting, so fetch again without the polling pause.
    if (jobs.length === batchSize && workerId) boss.notifyWorker(workerId);
  }

  return {
    engine: "pg-boss",
    sentSeparately: true,
    retry,
    enqueue: (...eventIds) => send(eventIds),
    async start(run) {
      await started();
      workerId = await boss.work<{ id: number }>(QUEUE, { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, (jobs) => runBatch(run, jobs));
    },
    async stop() {
      stopping = true;
      if (ready) await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 30_000 });
    },
  };
}
