// The channel API clients against local fakes of TikTok Shop and Meta Graph that check signatures
// and tokens as the real APIs do: reads, paging, retries through injected 5xx/429, refusals, and
// writes that happen once however often they are retried.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { normalizeMetaOrder } from "~/channels/meta/orders/normalize";
import { normalizeTikTokOrder } from "~/channels/tiktok/orders/normalize";
import { createMetaOrdersClient, type MetaCredentials } from "~/services/channels/meta/client.server";
import { createTikTokOrdersClient, type TikTokCredentials } from "~/services/channels/tiktok/client.server";
import metaCreated from "../fixtures/channels/meta/order-created.json";
import metaCompleted from "../fixtures/channels/meta/order-completed-refund.json";
import tiktokOrder from "../fixtures/channels/tiktok/order-awaiting-shipment.json";
import tiktokOnHold from "../fixtures/channels/tiktok/order-on-hold.json";
import tiktokReturns from "../fixtures/channels/tiktok/refunds-awaiting-shipment.json";
import { startMetaGraphFake, type MetaGraphFake } from "../fakes/meta-graph";
import { startTikTokShopFake, type TikTokShopFake } from "../fakes/tiktok-shop";

const fast = { minTimeoutMs: 5, maxTimeoutMs: 20, retries: 4 };

describe("TikTok Shop client", () => {
  const credentials: TikTokCredentials = {
    appKey: "6a1b2c3d4e5f6",
    appSecret: "f3e2d1c0b9a8f3e2d1c0b9a8f3e2d1c0b9a8f3e2",
    accessToken: "ROW_tk_0123456789abcdefTOKEN",
    shopCipher: "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3",
  };
  let fake: TikTokShopFake;
  const client = (over: Partial<TikTokCredentials> = {}) => createTikTokOrdersClient({ baseUrl: fake.url, credentials: { ...credentials, ...over }, ...fast });

  beforeAll(async () => {
    fake = await startTikTokShopFake(credentials);
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    fake.putOrder(tiktokOrder);
    fake.putOrder(tiktokOnHold);
    for (const r of tiktokReturns) fake.putReturn(r);
  });

  it("reads an order and its returns through signed requests, and they normalise", async () => {
    const c = client();
    const raw = await c.getOrder(tiktokOrder.id);
    expect(raw).toMatchObject({ id: tiktokOrder.id, status: "AWAITING_SHIPMENT" });
    const refunds = await c.getRefunds(tiktokOrder.id);
    expect(refunds).toHaveLength(2);
    const order = normalizeTikTokOrder(raw, refunds);
    expect(order.ok && order.value.refunds.map((r) => r.amount)).toEqual([2160]);
    expect(await c.getOrder("999")).toBeNull();
  });

  it("is refused, without retrying or leaking secrets, when the signature or token is wrong", async () => {
    const badSecret = client({ appSecret: "wrong-secret-value" });
    await expect(badSecret.getOrder(tiktokOrder.id)).rejects.toThrow(/Invalid signature/);
    const badToken = client({ accessToken: "ROW_tk_stolen" });
    const error = await badToken.getOrder(tiktokOrder.id).catch((e: Error) => e);
    expect(String(error)).toMatch(/Access token is invalid/);
    expect(String(error)).not.toContain("ROW_tk_stolen");
    expect(String(error)).not.toContain(credentials.appSecret);
    expect(fake.requests).toHaveLength(2);
  });

  it("pages through returns", async () => {
    for (let i = 0; i < 120; i++) fake.putReturn({ ...tiktokReturns[1], return_id: `9${String(i).padStart(5, "0")}`, order_id: tiktokOnHold.id });
    const records = await client().getRefunds(tiktokOnHold.id);
    expect(records).toHaveLength(120);
    expect(new Set(records.map((r) => (r as { return_id: string }).return_id)).size).toBe(120);
    expect(fake.requests.filter((r) => r.path.endsWith("/returns/search"))).toHaveLength(3);
  });

  it("retries 5xx and 429 with backoff, and gives up after its retries", async () => {
    fake.faults.failNext(503, 2);
    fake.faults.failNext(429, 1);
    const c = client();
    expect(await c.getOrder(tiktokOrder.id)).not.toBeNull();
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 429, 200]);
    expect(c.stats).toEqual({ requests: 4, retried: 3 });
    fake.faults.failNext(500, 10);
    await expect(c.getOrder(tiktokOrder.id)).rejects.toThrow(/Internal error/);
    expect(fake.requests).toHaveLength(4 + 5);
  });

  it("survives a seeded share of faults", async () => {
    fake.faults.set({ rate: 0.3, seed: 7 });
    const c = createTikTokOrdersClient({ baseUrl: fake.url, credentials, ...fast, retries: 10 });
    for (let i = 0; i < 10; i++) expect(await c.getOrder(tiktokOrder.id)).not.toBeNull();
    expect(fake.requests.some((r) => r.fault)).toBe(true);
  });

  it("cancels once however often it is asked", async () => {
    const c = client();
    await c.cancel(tiktokOnHold.id, "INVENTORY", "k1");
    await c.cancel(tiktokOnHold.id, "INVENTORY", "k1");
    expect(fake.cancellations).toEqual([expect.objectContaining({ orderId: tiktokOnHold.id, cancelReason: "seller_cancel_reason_out_of_stock" })]);
    expect(fake.orders.get(tiktokOnHold.id)?.status).toBe("CANCELLED");
    await expect(c.cancel("404", "INVENTORY", "k2")).rejects.toThrow(/no order 404/);
  });

  it("ships every unit of a grouped line with the carrier's provider id, once", async () => {
    const c = client();
    const shipment = { trackingNumber: "9400111899223344556677", carrier: "USPS", lineIds: ["576461413038851288"] };
    await c.ship(tiktokOrder.id, shipment, "s1");
    await c.ship(tiktokOrder.id, shipment, "s1");
    expect(fake.shipments).toHaveLength(1);
    expect(fake.shipments[0]).toMatchObject({
      lineItemIds: ["576461413038851288", "576461413038916824"],
      shippingProviderId: "6617675021119438849",
      trackingNumber: "9400111899223344556677",
    });
    expect(fake.orders.get(tiktokOrder.id)?.status).toBe("PARTIALLY_SHIPPING");
    await expect(c.ship(tiktokOrder.id, { ...shipment, lineIds: [], carrier: "Pigeon Post" }, "s2")).rejects.toThrow(/no shipping provider named "Pigeon Post"/);
  });

  it("updates stock one product per call, finding products by seller SKU", async () => {
    fake.putProduct({ id: "1729587769570529354", skus: [{ id: "45210987654321", seller_sku: "TEE-BLK-M", inventory: [{ warehouse_id: "7068517275539719942", quantity: 3 }] }, { id: "45210987654322", seller_sku: "TEE-BLK-L", inventory: [] }] });
    fake.putProduct({ id: "1729587769570595890", skus: [{ id: "45210987650002", seller_sku: "CAP-NVY", inventory: [] }] });
    await client().updateStock([
      { itemId: "45210987654321", sku: "TEE-BLK-M", quantity: 7 },
      { itemId: "45210987654322", sku: "TEE-BLK-L", quantity: 0 },
      { itemId: "45210987650002", sku: "CAP-NVY", quantity: 12 },
    ]);
    expect(fake.requests.filter((r) => r.path.endsWith("/inventory/update"))).toHaveLength(2);
    expect(fake.stockUpdates).toEqual([
      { productId: "1729587769570529354", skuId: "45210987654321", quantity: 7, warehouseId: "7068517275539719942" },
      { productId: "1729587769570529354", skuId: "45210987654322", quantity: 0, warehouseId: null },
      { productId: "1729587769570595890", skuId: "45210987650002", quantity: 12, warehouseId: null },
    ]);
    await expect(client().updateStock([{ itemId: "1", sku: null, quantity: 1 }])).rejects.toThrow(/no product for item\(s\) 1/);
  });
});

describe("Meta client", () => {
  const credentials: MetaCredentials = {
    accessToken: "EAAGm0PX4ZCpsBAOzZBtoken",
    appSecret: "0d1f2e3c4b5a69788796a5b4c3d2e1f0",
    cmsId: "1834571240189342",
    catalogId: "918273645546372",
  };
  let fake: MetaGraphFake;
  const client = (over: Partial<MetaCredentials> = {}, pageSize?: number) =>
    createMetaOrdersClient({ baseUrl: fake.url, credentials: { ...credentials, ...over }, pageSize, ...fast });

  beforeAll(async () => {
    fake = await startMetaGraphFake(credentials);
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    fake.putOrder(metaCreated);
    fake.putOrder(metaCompleted);
  });

  it("lists orders updated since a time, following cursor pages, and they normalise", async () => {
    for (let i = 0; i < 30; i++) fake.putOrder({ ...metaCreated, id: `1022987654330${String(i).padStart(4, "0")}`, last_updated: "2025-11-22T08:00:00+00:00" });
    fake.putOrder({ ...metaCreated, id: "10229876543399999", order_status: { state: "FB_PROCESSING" } });
    const all = await client({}, 10).listOrders(null);
    expect(all).toHaveLength(32);
    expect(fake.requests.filter((r) => r.path.endsWith("/commerce_orders"))).toHaveLength(4);
    // The 30 new ones and the order put without last_updated (the fake stamps it now); not order-created (20 Nov).
    const recent = await client().listOrders("2025-11-21T00:00:00Z");
    expect(recent).toHaveLength(31);
    expect(recent.map((o) => (o as { id: string }).id)).not.toContain(metaCreated.id);
    for (const raw of all) expect(normalizeMetaOrder(raw, []).ok).toBe(true);
  });

  it("reads one order, its refunds, and null for an unknown one", async () => {
    const c = client();
    expect(await c.getOrder(metaCompleted.id)).toMatchObject({ id: metaCompleted.id });
    fake.putRefund(metaCompleted.id, { id: "887766554433299", refund_amount: { amount: "4.90", currency: "EUR" }, items: { data: [] } });
    const refunds = await c.getRefunds(metaCompleted.id);
    expect(refunds.map((r) => (r as { id: string }).id)).toEqual(["887766554433221", "887766554433299"]);
    expect(await c.getOrder("404404")).toBeNull();
  });

  it("is refused, without retrying or leaking the token, with a bad token or proof", async () => {
    await expect(client({ accessToken: "EAAbadtoken" }).getOrder(metaCreated.id)).rejects.toThrow(/190 Invalid OAuth access token/);
    const error = await client({ appSecret: "another-secret" }).listOrders(null).catch((e: Error) => e);
    expect(String(error)).toMatch(/appsecret_proof/);
    expect(String(error)).not.toContain(credentials.accessToken);
    expect(fake.requests).toHaveLength(2);
  });

  it("acknowledges, ships and cancels once per idempotency key", async () => {
    const c = client();
    await c.acknowledge(metaCreated.id, "ack-1");
    await c.acknowledge(metaCreated.id, "ack-1");
    expect(fake.acknowledgements).toHaveLength(1);
    expect(fake.orders.get(metaCreated.id)?.order_status.state).toBe("IN_PROGRESS");

    const shipment = { trackingNumber: "1Z999AA10123456784", carrier: "UPS", lineIds: ["1072036541280155"] };
    await c.ship(metaCreated.id, shipment, "ship-1");
    await c.ship(metaCreated.id, shipment, "ship-1");
    expect(fake.shipments).toEqual([
      { orderId: metaCreated.id, items: [{ item_id: "1072036541280155", quantity: 2 }], trackingNumber: "1Z999AA10123456784", carrier: "UPS", idempotencyKey: "ship-1" },
    ]);

    await c.cancel(metaCreated.id, "CUSTOMER", "cancel-1");
    await c.cancel(metaCreated.id, "CUSTOMER", "cancel-1");
    expect(fake.cancellations).toEqual([{ orderId: metaCreated.id, reasonCode: "CUSTOMER_REQUESTED", idempotencyKey: "cancel-1" }]);
    const order = normalizeMetaOrder(await c.getOrder(metaCreated.id), []);
    expect(order.ok && order.value.state).toBe("cancelled");
    await expect(c.cancel(metaCreated.id, "CUSTOMER", "cancel-2")).rejects.toThrow(/cannot be cancelled/);
  });

  it("retries transient Graph errors and 5xx through a seeded share of faults", async () => {
    fake.faults.failNext(500, 2);
    const c = createMetaOrdersClient({ baseUrl: fake.url, credentials, ...fast, retries: 12 });
    await c.acknowledge(metaCreated.id, "ack-r");
    expect(fake.requests.map((r) => r.status)).toEqual([500, 500, 200]);
    fake.faults.set({ rate: 0.35, seed: 11 });
    for (let i = 0; i < 8; i++) expect(await c.getOrder(metaCompleted.id)).not.toBeNull();
    expect(fake.requests.filter((r) => r.fault).length).toBeGreaterThan(2);
    expect(fake.acknowledgements).toHaveLength(1);
  });

  it("pushes stock in items_batch calls of at most 5,000", async () => {
    const updates = Array.from({ length: 12_001 }, (_, i) => ({ itemId: String(45210987600000 + i), sku: null, quantity: i % 7 }));
    await client().updateStock(updates);
    expect(fake.batches).toEqual([5000, 5000, 2001]);
    expect(fake.stockUpdates).toHaveLength(12_001);
    expect(fake.stockUpdates[12_000]).toEqual({ retailerId: "45210987612000", inventory: 12_000 % 7 });
  });
});
