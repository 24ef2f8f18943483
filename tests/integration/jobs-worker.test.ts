import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgBossQueue } from "~/jobs/pgboss-queue.server";
import type { JobQueue } from "~/jobs/queue.server";
import { freshDatabase, TEST_POSTGRES_URL, testPrisma } from "../support/db";
import { testEnv } from "../support/env";
import { waitFor } from "../support/stack";

// `npm run worker` (scripts/worker.ts) as a process of its own on PostgreSQL: events stored and sent
// by another process (here the test, as a web process would) are run by the worker; SIGTERM stops
// it cleanly; SIGKILL loses nothing — another worker runs what it left. The events are Shopify
// app/scopes_update webhooks: real handlers that need no outside service.

const ROOT = join(import.meta.dirname, "../..");

describe.runIf(TEST_POSTGRES_URL)("the worker process", () => {
  let url: string;
  let db: PrismaClient;
  let web: JobQueue;
  const workers: ChildProcess[] = [];

  beforeAll(() => {
    url = freshDatabase().url;
    db = testPrisma(url);
    web = pgBossQueue({ connectionString: url, supervise: false });
  });

  afterAll(async () => {
    for (const child of workers) if (child.exitCode === null) child.kill("SIGKILL");
    await web?.stop();
    await db?.$disconnect();
  });

  function startWorker(name: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts/worker.ts")], {
      cwd: ROOT,
      env: { ...process.env, ...testEnv(), DATABASE_URL: url, PROCESS_ROLE: "web", WORKER_NAME: name },
      stdio: ["ignore", "pipe", "pipe"],
    });
    workers.push(child);
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return { child, output: () => output, exited };
  }

  async function storeAndSend(count: number, prefix: string): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const shop = `${prefix}-${i}.myshopify.com`;
      await db.shop.create({ data: { domain: shop, scopes: "read_products" } });
      const event = await db.inboxEvent.create({ data: { source: "shopify", eventKey: `${prefix}-${i}`, shop, topic: "app/scopes_update", payload: JSON.stringify({ current: ["read_products", "write_orders"] }) } });
      ids.push(event.id);
    }
    await web.enqueue(...ids);
    return ids;
  }

  const processed = (ids: number[]) => db.inboxEvent.count({ where: { id: { in: ids }, status: "processed" } });

  it("runs the events another process sends, and stops on SIGTERM with exit code 0", async () => {
    const worker = startWorker("worker-a");
    await waitFor(async () => worker.output().includes("taking jobs (pg-boss)"), 30_000, `the worker to start: ${worker.output()}`);
    const ids = await storeAndSend(20, "term");
    await waitFor(async () => (await processed(ids)) === ids.length, 30_000, "the events to be processed");
    expect((await db.shop.findMany({ where: { domain: { startsWith: "term-" } } })).map((s) => s.scopes)).toEqual(Array(20).fill("read_products,write_orders"));
    expect(await db.inboxEvent.count({ where: { id: { in: ids }, processedBy: "worker-a" } })).toBe(20);

    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toMatch(/SIGTERM, finishing the running job[\s\S]*stopped/);
  }, 60_000);

  it("loses nothing when a worker is killed mid-run: another one runs the rest", async () => {
    const first = startWorker("worker-b");
    await waitFor(async () => first.output().includes("taking jobs"), 30_000, "the first worker to start");
    const ids = await storeAndSend(300, "kill");
    await waitFor(async () => (await processed(ids)) >= 20, 30_000, "the first worker to be under way");
    first.child.kill("SIGKILL");
    await first.exited;
    const left = ids.length - (await processed(ids));
    expect(left).toBeGreaterThan(0);

    const second = startWorker("worker-c");
    // The events the first one had fetched come back through the sweep (after 5 s), a claimed one once its lease (15 s) ran out.
    await waitFor(async () => (await processed(ids)) === ids.length, 90_000, "every event to be processed");
    expect(await db.inboxEvent.count({ where: { id: { in: ids }, attempts: { not: 1 } } })).toBe(0);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 150_000);
});
