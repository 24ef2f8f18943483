import { rmSync } from "node:fs";
import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { backoffMs } from "~/core/retry";
import { advisoryLeadership, type Leadership } from "~/jobs/leader.server";
import { pgBossQueue } from "~/jobs/pgboss-queue.server";
import { eventProcessor, type InboxHandler } from "~/jobs/process-event.server";
import type { JobQueue } from "~/jobs/queue.server";
import { sweepUnsent } from "~/jobs/sweep.server";
import { inProcessQueue } from "~/jobs/worker.server";
import type { Sql } from "~/persistence/sql/port";
import { freshDatabase, freshSqlite, TEST_POSTGRES_URL, testPrisma, testSql } from "../support/db";
import { waitFor } from "../support/stack";

// The queue port on both engines, each on a real database: the in-process worker on SQLite always,
// pg-boss on PostgreSQL when TEST_POSTGRES_URL is set. The handlers are the test's own (they
// count runs per event); everything between the inbox row and the handler is the app's code.

const MAX_ATTEMPTS = 3;
const LEASE_MS = 1_000;

interface Engine {
  name: string;
  fresh(): { url: string; dir: string };
  queue(url: string, sql: Sql): JobQueue;
  /** SQLite: one process per database file, so its workers share the process's connection. */
  oneConnection: boolean;
}

const engines: Engine[] = [
  { name: "in-process on SQLite", fresh: freshSqlite, queue: (_url, sql) => inProcessQueue(sql, { pollMs: 50, leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS }), oneConnection: true },
  ...(TEST_POSTGRES_URL
    ? [{ name: "pg-boss on PostgreSQL", fresh: freshDatabase, queue: (url: string) => pgBossQueue({ connectionString: url, maxAttempts: MAX_ATTEMPTS, pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000 }), oneConnection: false }]
    : []),
];

describe.each(engines)("the job queue: $name", (engine) => {
  let url: string;
  let dir: string;
  /** Assertions and test data. */
  let db: PrismaClient;
  let shared: Sql;
  const open: { sql: Sql; queue: JobQueue }[] = [];
  /** Runs per event id, and which worker ran them. */
  let runs: Map<number, { at: number; worker: number }[]>;
  let gate: Promise<void>;
  let release: () => void;

  const handlers: Record<string, InboxHandler> = {
    ok: async () => "processed",
    fail: async () => {
      throw new Error("the channel said no");
    },
    flaky: async (event) => {
      if (event.attempts === 0) throw new Error("timeout");
      return "processed";
    },
    gated: async () => {
      await gate;
      return "processed";
    },
  };

  /** A worker: its own engine instance and (but on SQLite) connection, as a separate process would have. */
  async function worker(n: number): Promise<{ sql: Sql; queue: JobQueue }> {
    const sql = engine.oneConnection ? shared : testSql(url);
    const queue = engine.queue(url, sql);
    open.push({ sql, queue });
    const counted = (handler: InboxHandler): InboxHandler => (event) => {
      runs.set(event.id, [...(runs.get(event.id) ?? []), { at: Date.now(), worker: n }]);
      return handler(event);
    };
    await queue.start(eventProcessor(sql, (_source, topic) => counted(handlers[topic]), { retry: queue.retry, leaseMs: LEASE_MS, worker: `worker-${n}` }));
    return { sql, queue };
  }

  async function store(topic: string, count = 1): Promise<number[]> {
    const base = `${topic}-${Date.now()}-${Math.random()}`;
    await db.inboxEvent.createMany({ data: Array.from({ length: count }, (_, i) => ({ source: "test", eventKey: `${base}-${i}`, shop: "a.myshopify.com", topic, payload: "{}" })) });
    const rows = await db.inboxEvent.findMany({ where: { eventKey: { startsWith: base } }, orderBy: { id: "asc" }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  const status = async (ids: number[]) => (await db.inboxEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((e) => e.status);

  beforeAll(async () => {
    ({ url, dir } = engine.fresh());
    db = testPrisma(url);
    shared = testSql(url);
  });

  afterEach(async () => {
    release?.();
    for (const { queue, sql } of open.splice(0)) {
      await queue.stop();
      if (sql !== shared) await sql.close();
    }
  });

  afterAll(async () => {
    await shared.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  const setup = () => {
    runs = new Map();
    gate = new Promise((resolve) => (release = resolve));
  };

  it("retries a failing event with growing delays, then leaves it failed (the dead letter)", async () => {
    setup();
    const { queue } = await worker(1);
    const [failing] = await store("fail");
    const [flaky] = await store("flaky");
    await queue.enqueue(failing, flaky);

    const dead = await waitFor(async () => {
      const row = await db.inboxEvent.findUniqueOrThrow({ where: { id: failing } });
      return row.status === "failed" && row;
    }, 30_000, "the failing event to be dead-lettered");
    expect(dead).toMatchObject({ attempts: MAX_ATTEMPTS, error: "the channel said no", claimedAt: null });
    const at = runs.get(failing)!.map((r) => r.at);
    expect(at).toHaveLength(MAX_ATTEMPTS);
    // The pauses of app/core/retry.ts (0.5 s, then 1 s) on both engines, plus a poll (and a busy machine's slack).
    for (const [gap, pause] of [[at[1] - at[0], backoffMs(1)], [at[2] - at[1], backoffMs(2)]]) {
      expect(gap).toBeGreaterThanOrEqual(pause - 20);
      expect(gap).toBeLessThan(pause + 3_000);
    }

    // A failure that clears on the retry ends processed, with its attempts counted.
    expect(await db.inboxEvent.findUniqueOrThrow({ where: { id: flaky } })).toMatchObject({ status: "processed", attempts: 2, error: null });

    // Sent again, a dead letter does not run again.
    await queue.enqueue(failing);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(runs.get(failing)).toHaveLength(MAX_ATTEMPTS);
  });

  it("shares 500 events between two workers, each run exactly once, whatever is sent twice", async () => {
    setup();
    const a = await worker(1);
    const b = await worker(2);
    const ids = await store("ok", 500);
    // Each event is sent by both processes (intake and a sweep, or a redelivery), half in each order.
    for (const [i, id] of ids.entries()) await Promise.all(i % 2 ? [a.queue.enqueue(id), b.queue.enqueue(id)] : [b.queue.enqueue(id), a.queue.enqueue(id)]);

    await waitFor(async () => (await db.inboxEvent.count({ where: { id: { in: ids }, status: "processed" } })) === ids.length, 60_000, "500 events processed");
    // Everything sent again once done: still nothing runs twice.
    await a.queue.enqueue(...ids);
    await new Promise((r) => setTimeout(r, 1_500));

    expect(ids.filter((id) => runs.get(id)?.length !== 1)).toEqual([]);
    const byWorker = [1, 2].map((n) => ids.filter((id) => runs.get(id)?.[0].worker === n).length);
    expect(byWorker[0] + byWorker[1]).toBe(500);
    expect(byWorker.every((n) => n > 0)).toBe(true);
    expect(await db.inboxEvent.count({ where: { id: { in: ids }, attempts: { not: 1 } } })).toBe(0);
    // Each row names the worker that ran it.
    const rows = await db.inboxEvent.findMany({ where: { id: { in: ids } }, select: { id: true, processedBy: true } });
    expect(rows.filter((r) => r.processedBy !== `worker-${runs.get(r.id)?.[0].worker}`)).toEqual([]);
  });

  it("takes again the event a killed worker had claimed, once its lease has run out", async () => {
    setup();
    const { sql, queue } = await worker(1);
    const [id] = await store("ok");
    // What a worker killed mid-job leaves: the row claimed, and (on pg-boss) its job active, never to complete.
    await db.inboxEvent.update({ where: { id }, data: { claimedAt: new Date() } });
    await queue.enqueue(id);

    await new Promise((r) => setTimeout(r, LEASE_MS / 2));
    expect(runs.get(id)).toBeUndefined(); // a live lease is respected
    await new Promise((r) => setTimeout(r, LEASE_MS));
    await sweepUnsent(sql, queue, { graceMs: 0, leaseMs: LEASE_MS }); // the leader's periodic sweep
    await waitFor(async () => (await status([id]))[0] === "processed", 10_000, "the orphaned event to be processed");
    expect(runs.get(id)).toHaveLength(1);
  });

  it("runs an event stored but never sent, once the sweep finds it", async () => {
    setup();
    const { sql, queue } = await worker(1);
    const [id] = await store("ok"); // the process died between the insert and the send
    if (queue.sentSeparately) {
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await status([id])).toEqual(["pending"]);
      expect(await sweepUnsent(sql, queue)).toBe(0); // younger than the grace: maybe still being sent
      expect(await sweepUnsent(sql, queue, { graceMs: 0 })).toBe(1);
    }
    await waitFor(async () => (await status([id]))[0] === "processed", 10_000, "the unsent event to be processed");
    expect(runs.get(id)).toHaveLength(1);
  });

  it("stops after the running event; what it had not started goes to another worker", async () => {
    setup();
    const first = await worker(1);
    const [running] = await store("gated");
    const waiting = await store("ok", 4);
    await first.queue.enqueue(running, ...waiting);
    await waitFor(async () => (await db.inboxEvent.findUniqueOrThrow({ where: { id: running } })).claimedAt, 10_000, "the gated event to start");

    const stopped = first.queue.stop();
    await new Promise((r) => setTimeout(r, 200));
    release();
    await stopped;
    expect(await status([running])).toEqual(["processed"]);
    expect(await status(waiting)).toEqual(["pending", "pending", "pending", "pending"]);

    await worker(2);
    await waitFor(async () => (await status(waiting)).every((s) => s === "processed"), 10_000, "the rest to be processed by the second worker");
    expect(waiting.map((id) => runs.get(id)?.map((r) => r.worker))).toEqual([[2], [2], [2], [2]]);
  });
});

describe.runIf(TEST_POSTGRES_URL)("the scheduler lock on PostgreSQL", () => {
  it("lets one process lead at a time, and another take over when it stops", async () => {
    const { url } = freshDatabase();
    const [a, b]: Leadership[] = [advisoryLeadership(url, { retryMs: 100 }), advisoryLeadership(url, { retryMs: 100 })];
    try {
      await waitFor(async () => a.leads() || b.leads(), 5_000, "a leader");
      await new Promise((r) => setTimeout(r, 300));
      expect([a.leads(), b.leads()].filter(Boolean)).toHaveLength(1);
      const [leader, other] = a.leads() ? [a, b] : [b, a];
      await leader.stop();
      await waitFor(async () => other.leads(), 5_000, "the other to take over");
      expect(leader.leads()).toBe(false);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
