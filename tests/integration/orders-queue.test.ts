import { rmSync } from "node:fs";
import type { Prisma, PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findConnection } from "~/services/connections/connections.server";
import {
  IMPORTED_LIMIT,
  dismissOrder,
  ordersOverview,
  parseOrdersAction,
  pullNow,
  retryOrder,
  runOrdersAction,
  saveConnection,
  setBuffer,
} from "~/services/orders/queue.server";
import { freshDatabase, testPrisma } from "../support/db";
import { TEST_CREDENTIALS_KEYS } from "../support/env";

// The Orders page's service against a real database (SQLite, or PostgreSQL with TEST_POSTGRES_URL).
// Orders are seeded with Prisma directly: this is about the queue (what the page lists and counts,
// what Retry / Dismiss / the connection forms change), not about importing.

const A = "shop-a.myshopify.com";
const B = "shop-b.myshopify.com";
const APP_URL = "https://app.example.com/";

const TIKTOK = { externalShopId: "7495", appKey: "6abc", appSecret: "tiktok-secret-DO-NOT-SHOW", accessToken: "TTP_token_secret", shopCipher: "ROW_cipher" };
const META = { externalShopId: "cms-991", catalogId: "cat-1", appSecret: "meta-secret-DO-NOT-SHOW", accessToken: "EAAG-secret-token" };

let db: PrismaClient;
let dir: string;
let next = 0;

beforeAll(() => {
  process.env.CREDENTIALS_KEYS = TEST_CREDENTIALS_KEYS;
  const fresh = freshDatabase();
  dir = fresh.dir;
  db = testPrisma(fresh.url);
});

afterAll(async () => {
  await db?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await db.channelOrder.deleteMany();
  await db.channelRefund.deleteMany();
  await db.channelConnection.deleteMany();
  await db.inboxEvent.deleteMany();
});

function order(shop: string, over: Partial<Prisma.ChannelOrderUncheckedCreateInput> = {}) {
  next++;
  return db.channelOrder.create({
    data: {
      shop,
      channel: "tiktok",
      externalId: `57${String(next).padStart(6, "0")}`,
      status: "pending",
      channelState: "open",
      channelStatus: "AWAITING_SHIPMENT",
      order: "{}",
      currency: "EUR",
      total: 2990,
      createdAt: new Date(Date.UTC(2026, 10, 20, 10, next)),
      ...over,
    },
  });
}

const held = (shop: string, reason = "unknown_sku", over: Partial<Prisma.ChannelOrderUncheckedCreateInput> = {}) =>
  order(shop, { status: "held", holdReason: reason, holdDetail: `Detail for ${reason}`, ...over });
const imported = (shop: string, n: number, over: Partial<Prisma.ChannelOrderUncheckedCreateInput> = {}) =>
  order(shop, { status: "imported", shopifyOrderId: `gid://shopify/Order/${1000 + n}`, shopifyOrderName: `#${1000 + n}`, ...over });
const jobs = (topic: string) => db.inboxEvent.findMany({ where: { source: "app", topic }, orderBy: { id: "asc" } });

describe("ordersOverview", () => {
  it("lists and counts the shop's orders by status and hold reason, never another shop's", async () => {
    const plain = await imported(A, 1);
    const cancelled = await imported(A, 2, { cancelledAt: new Date() });
    const refunded = await imported(A, 3, { total: 5000 });
    const partly = await imported(A, 4, { total: 5000, channel: "meta", currency: "JPY" });
    await db.channelRefund.createMany({
      data: [
        { shop: A, channel: "tiktok", refundId: "r1", externalOrderId: refunded.externalId, shopifyRefundId: "gid://shopify/Refund/1", amount: 3000 },
        { shop: A, channel: "tiktok", refundId: "r2", externalOrderId: refunded.externalId, shopifyRefundId: "gid://shopify/Refund/2", amount: 2000 },
        { shop: A, channel: "meta", refundId: "r3", externalOrderId: partly.externalId, shopifyRefundId: "gid://shopify/Refund/3", amount: 1000 },
        // Same order id on another channel and another shop: not this order's refunds.
        { shop: A, channel: "meta", refundId: "r4", externalOrderId: plain.externalId, shopifyRefundId: "gid://shopify/Refund/4", amount: 2990 },
        { shop: B, channel: "tiktok", refundId: "r5", externalOrderId: plain.externalId, shopifyRefundId: "gid://shopify/Refund/5", amount: 2990 },
      ],
    });
    const sku1 = await held(A, "unknown_sku");
    const stock = await held(A, "out_of_stock", { channel: "meta" });
    const sku2 = await held(A, "unknown_sku");
    const waiting = await order(A, { status: "waiting", channelState: "on_hold", channelStatus: "ON_HOLD" });
    await order(A, { status: "dismissed" });
    await order(A, { status: "cancelled" });
    await order(A, { status: "pending" });
    await held(B, "invalid_address");
    await imported(B, 9);
    await order(B, { status: "waiting" });

    const page = await ordersOverview(db, A, { appUrl: APP_URL });

    expect(page.counts.byStatus).toEqual({ imported: 4, held: 3, waiting: 1, dismissed: 1, cancelled: 1, pending: 1 });
    expect(page.counts.byReason).toEqual({ unknown_sku: 2, out_of_stock: 1 });
    expect(page.reasons).toEqual([
      { reason: "unknown_sku", label: "Product not found", count: 2 },
      { reason: "out_of_stock", label: "Out of stock", count: 1 },
    ]);

    // Review queue: oldest first, reason in plain words with the detail.
    expect(page.held.map((o) => o.id)).toEqual([sku1.id, stock.id, sku2.id]);
    expect(page.held[1]).toMatchObject({ channel: "meta", channelName: "Meta", externalId: stock.externalId, reason: "out_of_stock", reasonLabel: "Out of stock", detail: "Detail for out_of_stock", total: "29.90 EUR" });
    expect(page.waiting.map((o) => o.id)).toEqual([waiting.id]);
    expect(page.waiting[0]).toMatchObject({ channelStatus: "ON_HOLD", reason: null });

    // Imported: newest first, status from the cancellation and the refunds, money from minor units.
    expect(page.imported.map((o) => [o.externalId, o.status])).toEqual([
      [partly.externalId, "partially_refunded"],
      [refunded.externalId, "refunded"],
      [cancelled.externalId, "cancelled"],
      [plain.externalId, "imported"],
    ]);
    expect(page.imported[0]).toMatchObject({ channelName: "Meta", total: "5000 JPY", shopifyOrderName: "#1004", shopifyOrderId: "gid://shopify/Order/1004", adminUrl: "shopify://admin/orders/1004" });
    expect(page.imported[3]).toMatchObject({ channelName: "TikTok Shop", total: "29.90 EUR", createdAt: plain.createdAt.toISOString() });

    // Nothing of shop B anywhere.
    const ids = [...page.imported, ...page.held, ...page.waiting].map((o) => o.id);
    const bIds = (await db.channelOrder.findMany({ where: { shop: B } })).map((o) => o.id);
    expect(ids.filter((id) => bIds.includes(id))).toEqual([]);
  });

  it("lists the latest imported orders only, and counts them all", async () => {
    await db.channelOrder.createMany({
      data: Array.from({ length: IMPORTED_LIMIT + 5 }, (_, i) => ({
        shop: A, channel: "tiktok", externalId: `bulk-${i}`, status: "imported", channelState: "open", channelStatus: "", order: "{}", currency: "EUR", total: 100,
        shopifyOrderId: `gid://shopify/Order/${i}`, shopifyOrderName: `#${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const page = await ordersOverview(db, A, { appUrl: APP_URL });
    expect(page.imported).toHaveLength(IMPORTED_LIMIT);
    expect(page.imported[0].externalId).toBe(`bulk-${IMPORTED_LIMIT + 4}`);
    expect(page.counts.byStatus.imported).toBe(IMPORTED_LIMIT + 5);
  });

  it("flags an imported order whose cancel or refund Shopify refused", async () => {
    await imported(A, 77, { holdDetail: "Shopify did not record refund R1: Refund amount exceeds the order total" });
    const page = await ordersOverview(db, A, { appUrl: APP_URL });
    const flagged = page.imported.find((o) => o.shopifyOrderName === "#1077")!;
    expect(flagged.attention).toMatch(/did not record refund R1/);
    expect(page.imported.filter((o) => o.shopifyOrderName !== "#1077").every((o) => o.attention === null)).toBe(true);
  });

  it("shows each channel's connection: push URL for TikTok, buffer, last pull, never the credentials", async () => {
    let page = await ordersOverview(db, A, { appUrl: APP_URL });
    expect(page.connections.map((c) => [c.channel, c.status, c.pushUrl])).toEqual([["tiktok", "not_connected", null], ["meta", "not_connected", null]]);

    expect(await saveConnection(db, A, "tiktok", TIKTOK)).toMatchObject({ ok: true });
    expect(await saveConnection(db, A, "meta", META)).toMatchObject({ ok: true });
    await db.channelConnection.update({ where: { shop_channel: { shop: A, channel: "meta" } }, data: { lastPulledAt: new Date("2026-11-20T12:00:00Z"), bufferUnits: 2, bufferPercent: 10 } });
    const row = await db.channelConnection.findUniqueOrThrow({ where: { shop_channel: { shop: A, channel: "tiktok" } } });

    page = await ordersOverview(db, A, { appUrl: APP_URL });
    expect(page.connections[0]).toMatchObject({ channel: "tiktok", channelName: "TikTok Shop", status: "connected", externalShopId: "7495", pushUrl: `https://app.example.com/channels/tiktok/${row.id}`, canPull: false });
    expect(page.connections[1]).toMatchObject({ channel: "meta", status: "connected", externalShopId: "cms-991", pushUrl: null, buffer: { units: 2, percent: 10 }, lastPulledAt: "2026-11-20T12:00:00.000Z", canPull: true });
    const json = JSON.stringify(page);
    for (const secret of [TIKTOK.appSecret, TIKTOK.accessToken, TIKTOK.shopCipher, META.appSecret, META.accessToken]) expect(json).not.toContain(secret);

    // Shop B sees none of it.
    expect((await ordersOverview(db, B, { appUrl: APP_URL })).connections.map((c) => c.status)).toEqual(["not_connected", "not_connected"]);
  });
});

describe("retryOrder", () => {
  it("enqueues exactly one orders/retry job per click for a held order of the shop", async () => {
    await saveConnection(db, A, "tiktok", TIKTOK);
    const row = await held(A);

    const first = await retryOrder(db, A, row.id);
    expect(first).toMatchObject({ ok: true, queued: true });
    expect(first.message).toContain(row.externalId);
    let queued = await jobs("orders/retry");
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ shop: A, status: "pending" });
    expect(first).toMatchObject({ jobId: queued[0].id }); // the worker is woken for this row
    expect(JSON.parse(queued[0].payload)).toEqual({ id: row.id });

    // A second click is a second request: one more job, under its own key.
    expect(await retryOrder(db, A, row.id)).toMatchObject({ ok: true });
    queued = await jobs("orders/retry");
    expect(queued).toHaveLength(2);
    expect(new Set(queued.map((j) => j.eventKey)).size).toBe(2);
    // The order itself is left to the job.
    expect((await db.channelOrder.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("held");
  });

  it("refuses imported, waiting and unknown orders, and another shop's held order", async () => {
    await saveConnection(db, A, "tiktok", TIKTOK);
    await saveConnection(db, B, "tiktok", TIKTOK);
    const done = await imported(A, 1);
    const waiting = await order(A, { status: "waiting" });
    const theirs = await held(B);

    for (const id of [done.id, waiting.id, theirs.id, 999_999]) {
      const answer = await retryOrder(db, A, id);
      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(/not in the review queue/);
    }
    expect(await jobs("orders/retry")).toEqual([]);
    // B's order is B's to retry.
    expect(await retryOrder(db, B, theirs.id)).toMatchObject({ ok: true });
    expect((await jobs("orders/retry")).map((j) => j.shop)).toEqual([B]);
  });

  it("asks to connect the channel again when it is not connected", async () => {
    const row = await held(A, "out_of_stock", { channel: "meta" });
    expect(await retryOrder(db, A, row.id)).toEqual({ ok: false, message: `Connect Meta again to retry order ${row.externalId}.` });
    expect(await jobs("orders/retry")).toEqual([]);
  });
});

describe("dismissOrder", () => {
  it("dismisses held and waiting orders of the shop; never an imported one, never another shop's", async () => {
    const h = await held(A);
    const w = await order(A, { status: "waiting" });
    const done = await imported(A, 1);
    const theirs = await held(B);

    expect(await dismissOrder(db, A, h.id)).toMatchObject({ ok: true });
    expect(await dismissOrder(db, A, w.id)).toMatchObject({ ok: true });
    expect(await dismissOrder(db, A, done.id)).toMatchObject({ ok: false });
    expect(await dismissOrder(db, A, theirs.id)).toMatchObject({ ok: false });
    // Dismissing twice answers that it is no longer there.
    expect(await dismissOrder(db, A, h.id)).toMatchObject({ ok: false });

    const status = async (id: number) => (await db.channelOrder.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(h.id), await status(w.id), await status(done.id), await status(theirs.id)]).toEqual(["dismissed", "dismissed", "imported", "held"]);
    const page = await ordersOverview(db, A, { appUrl: APP_URL });
    expect(page.held).toEqual([]);
    expect(page.counts.byStatus.dismissed).toBe(2);
  });
});

describe("setBuffer", () => {
  it("saves whole units ≥ 0 and percent 0–100 for the shop's connected channel", async () => {
    await saveConnection(db, A, "meta", META);
    await saveConnection(db, B, "meta", META);
    expect(await setBuffer(db, A, "meta", { units: "3", percent: "15" })).toMatchObject({ ok: true });
    expect(await setBuffer(db, A, "meta", { units: 0, percent: 100 })).toMatchObject({ ok: true });
    const buffer = async (shop: string) => (await findConnection(db, { shop, channel: "meta" }))!.buffer;
    expect(await buffer(A)).toEqual({ units: 0, percent: 100 });
    expect(await buffer(B)).toEqual({ units: 0, percent: 0 });
  });

  it("refuses anything else with a message per field, and saves nothing", async () => {
    await saveConnection(db, A, "meta", META);
    await setBuffer(db, A, "meta", { units: 4, percent: 20 });
    const cases: [unknown, unknown, string[]][] = [
      ["-1", "10", ["units"]],
      ["1", "101", ["percent"]],
      ["2.5", "-3", ["units", "percent"]],
      ["abc", "", ["units", "percent"]],
      [null, "5", ["units"]],
    ];
    for (const [units, percent, fields] of cases) {
      const answer = await setBuffer(db, A, "meta", { units, percent });
      expect(answer.ok, `${units}/${percent}`).toBe(false);
      expect(Object.keys((answer as { errors: object }).errors).sort()).toEqual(fields.sort());
    }
    expect((await findConnection(db, { shop: A, channel: "meta" }))!.buffer).toEqual({ units: 4, percent: 20 });
    // Not connected: nothing to set.
    expect(await setBuffer(db, A, "tiktok", { units: 1, percent: 1 })).toMatchObject({ ok: false, message: "Connect TikTok Shop first." });
  });
});

describe("connections", () => {
  it("validates the form per channel and answers without the credentials", async () => {
    const missing = await saveConnection(db, A, "tiktok", { externalShopId: "7495", appKey: " ", appSecret: "x" });
    expect(missing.ok).toBe(false);
    expect(Object.keys((missing as { errors: object }).errors).sort()).toEqual(["accessToken", "appKey", "shopCipher"]);
    expect(await db.channelConnection.count()).toBe(0);

    const saved = await saveConnection(db, A, "tiktok", { ...TIKTOK, unexpected: "ignored" });
    expect(saved).toEqual({ ok: true, message: "TikTok Shop connected." });
    const connection = await findConnection(db, { shop: A, channel: "tiktok" });
    expect(connection).toMatchObject({ externalShopId: "7495", credentials: { appKey: "6abc", appSecret: TIKTOK.appSecret, accessToken: TIKTOK.accessToken, shopCipher: TIKTOK.shopCipher } });
    expect((await db.channelConnection.findFirstOrThrow()).credentials).not.toContain(TIKTOK.appSecret);
  });

  it("keeps the safety buffer when the credentials are replaced; disconnect deletes them", async () => {
    await saveConnection(db, A, "meta", META);
    await setBuffer(db, A, "meta", { units: 5, percent: 0 });
    await saveConnection(db, A, "meta", { ...META, accessToken: "EAAG-new" });
    expect(await findConnection(db, { shop: A, channel: "meta" })).toMatchObject({ buffer: { units: 5, percent: 0 }, credentials: { accessToken: "EAAG-new" } });

    expect(await runOrdersAction(db, A, { intent: "disconnect", channel: "meta" })).toMatchObject({ ok: true, intent: "disconnect", target: "meta" });
    expect(await findConnection(db, { shop: A, channel: "meta" })).toBeNull();
    expect(await db.channelConnection.findFirstOrThrow()).toMatchObject({ status: "disconnected", credentials: "" });
    expect((await ordersOverview(db, A, { appUrl: APP_URL })).connections[1].status).toBe("disconnected");
  });

  it("pulls Meta orders now: one orders/meta_pull job per click, only when connected", async () => {
    expect(await pullNow(db, A)).toMatchObject({ ok: false, message: "Connect Meta first." });
    await saveConnection(db, A, "meta", META);
    const answers = [await pullNow(db, A), await pullNow(db, A)];
    expect(answers).toMatchObject([{ ok: true, queued: true }, { ok: true, queued: true }]);
    const pulls = await jobs("orders/meta_pull");
    expect(pulls.map((j) => j.shop)).toEqual([A, A]);
    expect(answers.map((a) => a.ok && a.jobId)).toEqual(pulls.map((j) => j.id));
    expect(await pullNow(db, B)).toMatchObject({ ok: false });
  });
});

describe("the page's form", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it("accepts only the page's intents with valid fields", () => {
    expect(parseOrdersAction(form({ intent: "retry", id: "12" }))).toEqual({ intent: "retry", id: 12 });
    expect(parseOrdersAction(form({ intent: "dismiss", id: "7" }))).toEqual({ intent: "dismiss", id: 7 });
    expect(parseOrdersAction(form({ intent: "buffer", channel: "meta", units: "1", percent: "2" }))).toEqual({ intent: "buffer", channel: "meta", units: "1", percent: "2" });
    for (const bad of [{ intent: "retry", id: "abc" }, { intent: "retry", id: "-1" }, { intent: "retry" }, { intent: "delete", id: "1" }, { intent: "connect", channel: "pinterest" }, {}]) {
      expect(parseOrdersAction(form(bad as Record<string, string>)), JSON.stringify(bad)).toBeNull();
    }
  });

  it("runs a connect from form fields, scoped to the shop", async () => {
    const action = parseOrdersAction(form({ intent: "connect", channel: "meta", ...META }))!;
    expect(await runOrdersAction(db, B, action)).toMatchObject({ ok: true, intent: "connect", target: "meta" });
    expect(await findConnection(db, { shop: B, channel: "meta" })).not.toBeNull();
    expect(await findConnection(db, { shop: A, channel: "meta" })).toBeNull();
  });
});
