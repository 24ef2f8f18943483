import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetaOrdersClient } from "~/services/channels/meta/client.server";
import { connectChannel, type Connection } from "~/services/connections/connections.server";
import { parseKeyRing } from "~/services/connections/sealing.server";
import type { OrderDeps } from "~/services/orders/deps.server";
import { flushStockPushes, markShopStockChanged, markStockChanged, STOCK_WINDOW_MS } from "~/services/orders/stock-push.server";
import { startMetaGraphFake, type MetaGraphFake } from "../fakes/meta-graph";
import { freshDatabase, testPrisma } from "../support/db";
import { TEST_CREDENTIALS_KEYS } from "../support/env";
import { META } from "../support/order-stack";

// Honest stock on a channel: the real stock-push service over a real database (SQLite, or
// PostgreSQL with TEST_POSTGRES_URL), talking to the Meta Graph fake through the real client. A
// burst of changes becomes one push per variant; flushes running at once push each change once.

const SHOP = "stock-shop.myshopify.com";
let db: PrismaClient;
let meta: MetaGraphFake;
let deps: OrderDeps;
let duringPush: (() => Promise<void>) | null = null;
const ids = ["gid://shopify/ProductVariant/501", "gid://shopify/ProductVariant/502", "gid://shopify/ProductVariant/503"];

async function setStock(id: string, quantity: number) {
  await db.catalogVariant.update({ where: { shop_id: { shop: SHOP, id } }, data: { inventoryQuantity: quantity } });
}

beforeAll(async () => {
  process.env.CREDENTIALS_KEYS = TEST_CREDENTIALS_KEYS;
  db = testPrisma(freshDatabase().url);
  meta = await startMetaGraphFake({ accessToken: META.accessToken, appSecret: META.appSecret, cmsId: META.cmsId, catalogId: META.catalogId });
  for (const id of ids) {
    await db.catalogVariant.create({ data: { shop: SHOP, id, productId: "gid://shopify/Product/50", sku: `SKU-${id.slice(-3)}`, price: 1000, inventoryQuantity: 100, hash: "h" } });
  }
  const { cmsId, ...credentials } = META;
  await connectChannel(db, SHOP, { channel: "meta", externalShopId: cmsId, credentials, buffer: { units: 2, percent: 0 } }, parseKeyRing(TEST_CREDENTIALS_KEYS));
  deps = {
    db,
    shopify: () => Promise.reject(new Error("no Shopify calls in stock pushes")),
    client: (c: Connection) => {
      const real = createMetaOrdersClient({ baseUrl: meta.url, credentials: { ...(c as Connection<"meta">).credentials, cmsId: c.externalShopId }, retries: 1, minTimeoutMs: 10 });
      // The real client; `duringPush` lets a test change stock while a push is on its way.
      return { ...real, updateStock: async (updates) => (await duringPush?.(), real.updateStock(updates)) };
    },
  };
});

afterAll(async () => {
  await db?.$disconnect();
  await meta?.close();
});

describe("stock pushes", () => {
  it("a burst of 1,000 stock changes becomes one push per variant, after the buffer", async () => {
    const t0 = Date.now();
    // 1,000 orders in a second, each moving one variant's stock (as their webhooks arrive).
    for (let i = 0; i < 1000; i++) await markStockChanged(db, SHOP, [ids[i % 3]], new Date(t0 + i));
    await setStock(ids[0], 60);
    await setStock(ids[1], 2);
    await setStock(ids[2], 0);
    expect(await flushStockPushes(deps, new Date(t0 + STOCK_WINDOW_MS - 1))).toBe(0); // not due yet
    expect(await flushStockPushes(deps, new Date(t0 + STOCK_WINDOW_MS + 1000))).toBe(3);
    expect(meta.batches).toEqual([3]);
    expect(meta.stockUpdates).toEqual([
      { retailerId: "501", inventory: 58 },
      { retailerId: "502", inventory: 0 },
      { retailerId: "503", inventory: 0 },
    ]);
  });

  it("sends nothing when nothing changed, and only what changed otherwise", async () => {
    const now = Date.now() + 10_000;
    expect(await flushStockPushes(deps, new Date(now))).toBe(0);
    await markStockChanged(db, SHOP, ids, new Date(now));
    expect(await flushStockPushes(deps, new Date(now + STOCK_WINDOW_MS))).toBe(0); // same quantities
    await setStock(ids[1], 9);
    await markStockChanged(db, SHOP, [ids[1]], new Date(now + 5_000));
    expect(await flushStockPushes(deps, new Date(now + 5_000 + STOCK_WINDOW_MS))).toBe(1);
    expect(meta.stockUpdates.at(-1)).toEqual({ retailerId: "502", inventory: 7 });
    expect(meta.batches).toEqual([3, 1]);
  });

  it("keeps a push due when the channel fails, and sends the latest quantity later", async () => {
    const now = Date.now() + 60_000;
    meta.faults.set({ rate: 1 });
    await setStock(ids[0], 40);
    await markStockChanged(db, SHOP, [ids[0]], new Date(now));
    expect(await flushStockPushes(deps, new Date(now + STOCK_WINDOW_MS))).toBe(0);
    meta.faults.set({ rate: 0 });
    await setStock(ids[0], 30);
    expect(await flushStockPushes(deps, new Date(now + STOCK_WINDOW_MS + 60_000))).toBe(1);
    expect(meta.stockUpdates.at(-1)).toEqual({ retailerId: "501", inventory: 28 });
  });

  it("flushes running at once (several workers) push each due variant once", async () => {
    const now = Date.now() + 300_000;
    const before = meta.stockUpdates.length;
    await setStock(ids[0], 21);
    await setStock(ids[1], 22);
    await markStockChanged(db, SHOP, ids.slice(0, 2), new Date(now));
    const sent = await Promise.all(Array.from({ length: 4 }, () => flushStockPushes(deps, new Date(now + STOCK_WINDOW_MS))));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    expect(meta.stockUpdates.slice(before)).toEqual([
      { retailerId: "501", inventory: 19 },
      { retailerId: "502", inventory: 20 },
    ]);
    expect(await db.stockPush.count({ where: { shop: SHOP, dueAt: { not: null } } })).toBe(0);
  });

  it("a change made while a flush runs stays due for the next one", async () => {
    const now = Date.now() + 400_000;
    await setStock(ids[0], 11);
    await markStockChanged(db, SHOP, [ids[0]], new Date(now));
    const flushAt = new Date(now + STOCK_WINDOW_MS);
    duringPush = async () => {
      duringPush = null;
      await setStock(ids[0], 12);
      await markStockChanged(db, SHOP, [ids[0]], new Date(flushAt.getTime() + 1));
    };
    expect(await flushStockPushes(deps, flushAt)).toBe(1);
    expect(meta.stockUpdates.at(-1)).toEqual({ retailerId: "501", inventory: 9 });
    expect(await flushStockPushes(deps, new Date(flushAt.getTime() + 10))).toBe(1);
    expect(meta.stockUpdates.at(-1)).toEqual({ retailerId: "501", inventory: 10 });
  });

  it("a new buffer reaches the channel for every variant at once, not at the next sale", async () => {
    const now = Date.now() + 600_000;
    await setStock(ids[0], 30);
    await setStock(ids[1], 9);
    await db.channelConnection.updateMany({ where: { shop: SHOP }, data: { bufferUnits: 5 } });
    await markShopStockChanged(db, SHOP, new Date(now));
    expect(await flushStockPushes(deps, new Date(now + STOCK_WINDOW_MS))).toBe(2); // 503 is at 0 either way
    expect(meta.stockUpdates.slice(-2)).toEqual([
      { retailerId: "501", inventory: 25 },
      { retailerId: "502", inventory: 4 },
    ]);
  });
});
