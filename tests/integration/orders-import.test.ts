import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metaOrder, tiktokOrder, tiktokReturn, tiktokReturnPush, tiktokStatusPush } from "../support/channel-orders";
import { freshDatabase, onPostgres, testPrisma } from "../support/db";
import { TEST_CREDENTIALS_KEYS } from "../support/env";
import { startOrderStack, TIKTOK, type OrderStack } from "../support/order-stack";
import { waitFor } from "../support/stack";
import { enqueueWaitingRechecks } from "~/jobs/order-scheduler.server";
import { createTikTokOrdersClient } from "~/services/channels/tiktok/client.server";
import { findConnection, type Connection } from "~/services/connections/connections.server";
import { parseKeyRing } from "~/services/connections/sealing.server";
import type { OrderDeps } from "~/services/orders/deps.server";
import { syncFromChannel } from "~/services/orders/import.server";
import { createAdminClient } from "~/shopify/admin-client.server";
import { API_VERSION } from "~/shopify/api-version";
import { shopifyOrders } from "~/shopify/orders.server";

// Channel orders into Shopify through the real paths: TikTok pushes signed webhooks to the built
// app, the app reads the order from the TikTok fake and creates it in the emulated Shopify; Meta
// orders are pulled from the Graph fake and acknowledged. Each channel order → exactly one order.

const STACK_ACCESS_TOKEN = "shpat_orders_import";
let stack: OrderStack;
let currency: string;
let stocked: { id: string; itemId: string; sku: string | null; available: number; policy: string }[];

const shopOrders = () => stack.emu.shop(stack.shop).orders();
const ordersFor = (id: string) => shopOrders().filter((o) => o.sourceIdentifier === id);
const row = (channel: string, externalId: string) => stack.db.channelOrder.findFirst({ where: { shop: stack.shop, channel, externalId } });

async function deliver(orderRaw: object, status = "AWAITING_SHIPMENT") {
  stack.tiktok.putOrder(orderRaw as Record<string, unknown>);
  const response = await stack.pushTikTok(tiktokStatusPush(TIKTOK.shopId, (orderRaw as { id: string }).id, status));
  expect(response.status).toBe(200);
  await stack.settled();
}

beforeAll(async () => {
  stack = await startOrderStack({ databaseUrl: freshDatabase().url, products: 30, accessToken: STACK_ACCESS_TOKEN });
  currency = (await stack.db.shop.findUniqueOrThrow({ where: { domain: stack.shop } })).currencyCode!;
  stocked = (await stack.variants()).filter((v) => v.available >= 5 && v.sku);
  expect(stocked.length).toBeGreaterThan(6);
}, 180_000);

afterAll(async () => {
  const problems = await stack?.db.inboxEvent.findMany({ where: { OR: [{ error: { not: null } }, { status: "failed" }] } });
  if (problems?.length) console.log(JSON.stringify(problems.map((p) => [p.source, p.topic, p.status, p.error]), null, 1));
  await stack?.stop();
});

describe("TikTok Shop orders", () => {
  it("creates one Shopify order per pushed order, tagged, in its currency, with stock decremented", async () => {
    const [a, b] = stocked;
    const order = tiktokOrder({ id: "576400000000000001", currency, lines: [{ itemId: a.itemId, quantity: 2, price: "19.90" }, { sku: b.sku, quantity: 1, price: "5.00" }] });
    await deliver(order);
    const created = ordersFor("576400000000000001");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ sourceName: "tiktok", currencyCode: currency });
    expect(created[0].tags).toContain("TikTok Shop");
    expect(created[0].lineItems.map((l) => [l.variantId, l.quantity])).toEqual([
      [a.id, 2],
      [b.id, 1],
    ]);
    const link = await row("tiktok", "576400000000000001");
    expect(link).toMatchObject({ status: "imported", shopifyOrderId: created[0].id, shopifyOrderName: created[0].name });
    // Shopify's stock went down and came back to the app through inventory_levels/update.
    await waitFor(async () => (await stack.db.catalogVariant.findFirst({ where: { shop: stack.shop, id: a.id } }))!.inventoryQuantity === a.available - 2, 10_000, "stock to follow");
  });

  it("a redelivered event and a second event for the same order change nothing", async () => {
    const body = tiktokStatusPush(TIKTOK.shopId, "576400000000000001", "AWAITING_SHIPMENT");
    expect((await stack.pushTikTok(body)).status).toBe(200);
    const again = await stack.pushTikTok(body);
    expect(again.status).toBe(200);
    expect(await again.text()).toMatch(/duplicate/);
    expect((await stack.pushTikTok(tiktokStatusPush(TIKTOK.shopId, "576400000000000001", "AWAITING_COLLECTION"))).status).toBe(200);
    await stack.settled();
    expect(ordersFor("576400000000000001")).toHaveLength(1);
  });

  it("1,000 concurrent deliveries of one event → one Shopify order", async () => {
    const order = tiktokOrder({ id: "576400000000000002", currency, lines: [{ itemId: stocked[2].itemId, quantity: 1, price: "9.00" }] });
    stack.tiktok.putOrder(order);
    const body = JSON.stringify(tiktokStatusPush(TIKTOK.shopId, "576400000000000002", "AWAITING_SHIPMENT"));
    const statuses = await Promise.all(Array.from({ length: 1000 }, () => stack.pushTikTok(body).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    await stack.settled();
    expect(ordersFor("576400000000000002")).toHaveLength(1);
    expect(await stack.db.inboxEvent.count({ where: { source: "tiktok", payload: body } })).toBe(1);
  }, 120_000);

  it("waits while the order is on hold, imports it once it is released", async () => {
    const order = tiktokOrder({ id: "576400000000000003", currency, status: "ON_HOLD", lines: [{ itemId: stocked[3].itemId, quantity: 1, price: "12.00" }] });
    await deliver(order, "ON_HOLD");
    expect(ordersFor("576400000000000003")).toHaveLength(0);
    expect(await row("tiktok", "576400000000000003")).toMatchObject({ status: "waiting" });
    await deliver({ ...order, status: "AWAITING_SHIPMENT" });
    expect(ordersFor("576400000000000003")).toHaveLength(1);
  });

  it("workers in several processes syncing one order at once → one Shopify order", async () => {
    const order = tiktokOrder({ id: "576400000000000010", currency, lines: [{ itemId: stocked[5].itemId, quantity: 1, price: "8.00" }] });
    stack.tiktok.putOrder(order);
    // On PostgreSQL a database connection of its own per worker, as separate processes have (on
    // SQLite, the one-process default, they share one: better-sqlite3 connections in one thread
    // would wait on each other's locks synchronously). The real ports, with all workers held at
    // Shopify's lookup until each has read the order's row: the race at its worst.
    const workers = Array.from({ length: 4 }, () => (onPostgres ? testPrisma(stack.databaseUrl) : stack.db));
    const arrived = new Set<number>(); // workers at the lookup (or done, should one fail before it)
    let release = () => {};
    const together = new Promise<void>((resolve) => (release = resolve));
    const arrive = (worker: number) => (arrived.add(worker).size === workers.length ? release() : undefined);
    try {
      const connection = (await findConnection(workers[0], { shop: stack.shop, channel: "tiktok" }, parseKeyRing(TEST_CREDENTIALS_KEYS)))!;
      const depsOf = (worker: number): OrderDeps => ({
        db: workers[worker],
        shopify: async () => {
          const port = shopifyOrders(createAdminClient({ shop: stack.shop, accessToken: STACK_ACCESS_TOKEN, apiVersion: API_VERSION, adminOrigin: stack.emu.url }));
          const lookUp = port.findBySource;
          return { ...port, findBySource: async (...args) => (arrive(worker), await together, lookUp(...args)) };
        },
        client: (c) => createTikTokOrdersClient({ baseUrl: stack.tiktok.url, credentials: (c as Connection<"tiktok">).credentials }),
      });
      const sync = (worker: number) => syncFromChannel(depsOf(worker), connection, "576400000000000010");
      const first = await Promise.allSettled(workers.map((_, worker) => sync(worker).finally(() => arrive(worker))));
      // A worker that lost the claim fails its try; the job's retry then finds the order and links it.
      const retried = await Promise.all(first.map((r, worker) => (r.status === "fulfilled" ? r.value : sync(worker))));
      expect(retried.filter((outcome) => outcome === "imported")).toHaveLength(1);
      expect(ordersFor("576400000000000010")).toHaveLength(1);
      expect(await row("tiktok", "576400000000000010")).toMatchObject({ status: "imported", shopifyOrderId: ordersFor("576400000000000010")[0].id });
    } finally {
      if (onPostgres) await Promise.all(workers.map((db) => db.$disconnect()));
    }
  });

  it("an order whose release event was lost is imported by the periodic re-read", { timeout: 60_000 }, async () => {
    const order = tiktokOrder({ id: "576400000000000007", currency, status: "ON_HOLD", lines: [{ itemId: stocked[3].itemId, quantity: 1, price: "12.00" }] });
    await deliver(order, "ON_HOLD");
    stack.tiktok.putOrder({ ...order, status: "AWAITING_SHIPMENT" }); // no webhook for this change
    const deps = { db: stack.db, shopify: () => Promise.reject(new Error("unused")), client: () => { throw new Error("unused"); } };
    // Stored from this process, the job is not sent to the app's queue: on pg-boss the app's sweep sends it (within ~20 s).
    expect(await enqueueWaitingRechecks(deps, Date.now() + 60 * 60_000)).toBe(1);
    await waitFor(async () => (await row("tiktok", "576400000000000007"))?.status === "imported", 45_000, "the re-read");
    expect(ordersFor("576400000000000007")).toHaveLength(1);
  });

  it("holds an order with an unknown SKU with the reason, never drops it", async () => {
    const order = tiktokOrder({ id: "576400000000000004", currency, lines: [{ itemId: "999999999", sku: "NO-SUCH-SKU", quantity: 1, price: "3.00", title: "Mystery" }] });
    await deliver(order);
    expect(ordersFor("576400000000000004")).toHaveLength(0);
    const held = await row("tiktok", "576400000000000004");
    expect(held).toMatchObject({ status: "held", holdReason: "unknown_sku" });
    expect(held!.holdDetail).toContain("NO-SUCH-SKU");
  });

  it("a cancellation on TikTok cancels the Shopify order and restocks it", async () => {
    const v = stocked[4];
    const before = (await stack.db.catalogVariant.findFirstOrThrow({ where: { shop: stack.shop, id: v.id } })).inventoryQuantity;
    const order = tiktokOrder({ id: "576400000000000005", currency, lines: [{ itemId: v.itemId, quantity: 1, price: "7.00" }] });
    await deliver(order);
    expect(ordersFor("576400000000000005")[0].cancelledAt).toBeNull();
    await deliver({ ...order, status: "CANCELLED", cancel_reason: "Buyer changed mind" }, "CANCEL");
    expect(ordersFor("576400000000000005")[0].cancelledAt).not.toBeNull();
    await waitFor(async () => (await stack.db.catalogVariant.findFirstOrThrow({ where: { shop: stack.shop, id: v.id } })).inventoryQuantity === before, 10_000, "the restock");
  });

  it("a completed TikTok refund becomes one Shopify refund, however often it is announced", async () => {
    const order = tiktokOrder({ id: "576400000000000006", currency, lines: [{ itemId: stocked[0].itemId, quantity: 2, price: "10.00" }] });
    await deliver(order);
    const lineIds = (order.line_items as { id: string }[]).slice(0, 1).map((l) => l.id);
    stack.tiktok.putReturn(tiktokReturn("576400000000000006", "4035318504086491234", currency, "10.00", lineIds));
    for (let i = 0; i < 3; i++) expect((await stack.pushTikTok(tiktokReturnPush(TIKTOK.shopId, "576400000000000006", "4035318504086491234"))).status).toBe(200);
    await stack.settled();
    const refunds = ordersFor("576400000000000006")[0].refunds;
    expect(refunds).toHaveLength(1);
    expect(await stack.db.channelRefund.count({ where: { shop: stack.shop, refundId: "4035318504086491234" } })).toBe(1);
  });

  it("a cancellation and a fulfilment in Shopify go back to TikTok", async () => {
    const emuShop = stack.emu.shop(stack.shop);
    emuShop.cancelOrder(ordersFor("576400000000000002")[0].id);
    emuShop.fulfillOrder(ordersFor("576400000000000001")[0].id, { trackingNumber: "1Z999AA10123456784", company: "UPS" });
    await waitFor(async () => stack.tiktok.cancellations.some((c) => c.orderId === "576400000000000002") && stack.tiktok.shipments.some((s) => s.orderId === "576400000000000001"), 15_000, "TikTok to hear back");
    expect(stack.tiktok.shipments.find((s) => s.orderId === "576400000000000001")!.trackingNumber).toBe("1Z999AA10123456784");
  });
});

describe("intake refuses what it cannot trust, and stores nothing", () => {
  it("wrong or missing signature → 401, malformed → 400, oversized → 413", async () => {
    const before = await stack.db.inboxEvent.count();
    const body = tiktokStatusPush(TIKTOK.shopId, "576400000000000009", "AWAITING_SHIPMENT");
    expect((await stack.pushTikTok(body, { signature: "invalid" })).status).toBe(401);
    expect((await stack.pushTikTok(body, { signature: "none" })).status).toBe(401);
    const truncated = await stack.pushTikTok('{"type":1,"tts_notification_id":"73271","shop_id":"74945601');
    expect(truncated.status).toBe(400);
    expect(await truncated.text()).toMatch(/Malformed tiktok event/);
    expect((await stack.pushTikTok({ hello: "world" })).status).toBe(400);
    expect((await stack.pushTikTok(tiktokStatusPush("1111", "1", "AWAITING_SHIPMENT"))).status).toBe(400);
    expect((await stack.pushTikTok("x".repeat(6 * 1024 * 1024))).status).toBe(413);
    const unknown = await fetch(`${stack.app.url}/channels/tiktok/no-such-connection`, { method: "POST", body: JSON.stringify(body) });
    expect(unknown.status).toBe(401);
    expect(await stack.db.inboxEvent.count()).toBe(before);
  });
});

describe("Meta orders", () => {
  it("pulls a new order, creates it once and acknowledges it; a processing order waits", { timeout: 60_000 }, async () => {
    const v = stocked[6]; // no TikTok test touches it
    stack.meta.putOrder(metaOrder({ id: "1029384756001", currency, lines: [{ itemId: v.itemId, quantity: 1, price: "15.00" }] }));
    stack.meta.putOrder(metaOrder({ id: "1029384756002", currency, state: "FB_PROCESSING", lines: [{ itemId: v.itemId, quantity: 1, price: "15.00" }] }));
    await stack.pullMeta();
    await waitFor(async () => (await row("meta", "1029384756001"))?.status === "imported", 20_000, "the Meta order");
    await stack.settled();
    expect(ordersFor("1029384756001")).toHaveLength(1);
    expect(ordersFor("1029384756001")[0].sourceName).toBe("meta");
    expect(stack.meta.acknowledgements.map((a) => a.orderId)).toContain("1029384756001");
    // Meta lists an order once it leaves FB_PROCESSING; until then nothing is created for it.
    expect(ordersFor("1029384756002")).toHaveLength(0);
    expect((await row("meta", "1029384756002"))?.status ?? "waiting").toBe("waiting");
    stack.meta.putOrder(metaOrder({ id: "1029384756002", currency, lines: [{ itemId: v.itemId, quantity: 1, price: "15.00" }] }));
    // Pulling again: the new one is created, the first one is not created twice.
    await stack.pullMeta();
    await waitFor(async () => (await row("meta", "1029384756002"))?.status === "imported", 20_000, "the second Meta order");
    await stack.settled();
    expect(ordersFor("1029384756001")).toHaveLength(1);
    expect(ordersFor("1029384756002")).toHaveLength(1);
  });

  it("pushes the new sellable quantity (after the buffer) to Meta when stock changes", async () => {
    const v = stocked[6];
    const current = async () => (await stack.db.catalogVariant.findFirstOrThrow({ where: { shop: stack.shop, id: v.id } })).inventoryQuantity;
    const lastPushed = () => stack.meta.stockUpdates.filter((u) => u.retailerId === v.itemId).at(-1)?.inventory;
    // Two orders took one unit each: the pushes follow, coalesced, and settle on Shopify's quantity.
    await waitFor(async () => lastPushed() === (await current()) && (await current()) === v.available - 2, 15_000, "Meta's stock to match Shopify's");
    expect(stack.meta.stockUpdates.filter((u) => u.retailerId === v.itemId).length).toBeLessThanOrEqual(2);
  });
});

