import { rmSync } from "node:fs";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEAD_LETTER_LIMIT, jobsOverview, parseJobsAction, runJobsAction } from "~/jobs/dead-letters.server";
import { eventProcessor } from "~/jobs/process-event.server";
import { inProcessQueue } from "~/jobs/worker.server";
import type { Sql } from "~/persistence/sql/port";
import { freshDatabase, testPrisma, testSql } from "../support/db";

// The Jobs page's service (what its loader and actions call) on a real database: dead letters made
// by the real processing function, Retry and Dismiss, counts, and shop scoping.

const A = "shop-a.myshopify.com";
const B = "shop-b.myshopify.com";

let db: PrismaClient;
let sql: Sql;
let dir: string;
let next = 0;

beforeAll(() => {
  const fresh = freshDatabase();
  dir = fresh.dir;
  db = testPrisma(fresh.url);
  sql = testSql(fresh.url);
});

afterAll(async () => {
  await sql?.close();
  await db?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await db.inboxEvent.deleteMany();
});

const store = (shop: string, source: string, topic: string, over: object = {}) =>
  db.inboxEvent.create({ data: { source, eventKey: `e-${next++}`, shop, topic, payload: "{}", ...over } });

/** Runs the event through the app's processing function with one attempt left: a handler that throws makes it a dead letter. */
async function deadLetter(shop: string, source: string, topic: string, error: string) {
  const row = await store(shop, source, topic, { attempts: 1 });
  const run = eventProcessor(sql, () => async () => Promise.reject(new Error(error)), { retry: { maxAttempts: 2, delayMs: () => 0 } });
  await run(row.id);
  return row.id;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("jobsOverview", () => {
  it("lists the shop's failed events newest first with their last error, and counts what waits and runs", async () => {
    const older = await deadLetter(A, "tiktok", "ORDER_STATUS_CHANGE", "TikTok Shop answered 500");
    const newer = await deadLetter(A, "shopify", "products/update", "THROTTLED");
    await deadLetter(B, "meta", "order", "not B's business");
    await store(A, "shopify", "products/create");
    await store(A, "app", "catalog/full_read", { claimedAt: new Date() });
    await store(A, "shopify", "products/delete", { status: "processed" });
    await store(B, "shopify", "products/create");

    const page = await jobsOverview(db, A);

    expect(page).toMatchObject({ pending: 2, running: 1, failedTotal: 2, limit: DEAD_LETTER_LIMIT });
    expect(page.failed.map((f) => f.id)).toEqual([newer, older]);
    expect(page.failed[1]).toMatchObject({ source: "tiktok", kind: "TikTok Shop event", topic: "ORDER_STATUS_CHANGE", attempts: 2, error: "TikTok Shop answered 500" });
    expect(page.failed[0].kind).toBe("Shopify webhook");
    // When it was given up, after it was received.
    expect(Date.parse(page.failed[0].failedAt!)).toBeGreaterThanOrEqual(Date.parse(page.failed[0].receivedAt));
  });

  it("shows the latest failed events only, and counts them all", async () => {
    await db.inboxEvent.createMany({ data: Array.from({ length: DEAD_LETTER_LIMIT + 3 }, (_, i) => ({ source: "app", eventKey: `bulk-${i}`, shop: A, topic: "orders/retry", payload: "{}", status: "failed", attempts: 8 })) });
    const page = await jobsOverview(db, A);
    expect(page.failed).toHaveLength(DEAD_LETTER_LIMIT);
    expect(page.failedTotal).toBe(DEAD_LETTER_LIMIT + 3);
  });
});

describe("the page's actions", () => {
  it("accepts only retry and dismiss of a numeric id", () => {
    expect(parseJobsAction(form({ intent: "retry", id: "12" }))).toEqual({ intent: "retry", id: 12 });
    expect(parseJobsAction(form({ intent: "dismiss", id: "7" }))).toEqual({ intent: "dismiss", id: 7 });
    for (const bad of [{ intent: "retry", id: "x" }, { intent: "retry", id: "0" }, { intent: "delete", id: "1" }, { intent: "retry" }, {}]) {
      expect(parseJobsAction(form(bad as Record<string, string>)), JSON.stringify(bad)).toBeNull();
    }
  });

  it("Retry puts a dead letter back to pending with fresh attempts, and the queue runs it", async () => {
    const id = await deadLetter(A, "shopify", "app/scopes_update", "no current scope list");
    const answer = await runJobsAction(db, A, { intent: "retry", id });
    expect(answer).toEqual({ intent: "retry", ok: true, message: "Shopify webhook app/scopes_update is queued again.", eventId: id });
    expect(await db.inboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending", attempts: 0, claimedAt: null, processedAt: null });
    expect((await jobsOverview(db, A)).failed).toEqual([]);

    // What the route does with the answer's eventId: the queue runs it, this time successfully.
    const queue = inProcessQueue(sql, { pollMs: 50 });
    await queue.start(eventProcessor(sql, () => async () => "processed", { retry: queue.retry }));
    try {
      await queue.enqueue(answer.eventId!);
      for (let i = 0; i < 100 && (await db.inboxEvent.findUniqueOrThrow({ where: { id } })).status === "pending"; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await queue.stop();
    }
    expect(await db.inboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "processed", attempts: 1, error: null });

    // Retrying it again: it is no longer a dead letter.
    expect(await runJobsAction(db, A, { intent: "retry", id })).toMatchObject({ ok: false, message: "This job is no longer in the failed list: reload the page." });
  });

  it("Dismiss takes it off the list; neither action reaches another shop's events", async () => {
    const mine = await deadLetter(A, "meta", "order", "Meta answered 400");
    const theirs = await deadLetter(B, "meta", "order", "Meta answered 400");

    for (const intent of ["retry", "dismiss"] as const) {
      expect(await runJobsAction(db, A, { intent, id: theirs })).toMatchObject({ ok: false });
    }
    expect((await db.inboxEvent.findUniqueOrThrow({ where: { id: theirs } })).status).toBe("failed");

    expect(await runJobsAction(db, A, { intent: "dismiss", id: mine })).toEqual({ intent: "dismiss", ok: true, message: "Meta order dismissed." });
    expect((await db.inboxEvent.findUniqueOrThrow({ where: { id: mine } })).status).toBe("dismissed");
    expect(await jobsOverview(db, A)).toMatchObject({ failedTotal: 0, failed: [] });
    expect((await jobsOverview(db, B)).failed.map((f) => f.id)).toEqual([theirs]);
  });
});
