import { afterEach, describe, expect, it } from "vitest";
import { tiktokOrder, tiktokStatusPush } from "../support/channel-orders";
import { startApp } from "../support/app-server";
import { freshDatabase } from "../support/db";
import { startOrderStack, TIKTOK, type OrderStack } from "../support/order-stack";
import { waitFor } from "../support/stack";

// Exactly once under failure: the app process killed (SIGKILL) in the middle of importing, and
// Shopify answering THROTTLED, 5xx, or running an orderCreate whose answer is then lost.

let stack: OrderStack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

/** n orders of one unit each, spread over variants that have the stock for them. */
async function plan(s: OrderStack, n: number, prefix: string) {
  const currency = (await s.db.shop.findUniqueOrThrow({ where: { domain: s.shop } })).currencyCode!;
  const pool = (await s.variants()).filter((v) => v.available > 0 || v.policy === "CONTINUE");
  const left = new Map(pool.map((v) => [v.id, v.policy === "CONTINUE" ? Infinity : v.available]));
  const orders = [];
  for (let i = 0, k = 0; orders.length < n; k++) {
    const v = pool[k % pool.length];
    if ((left.get(v.id) ?? 0) <= 0) {
      if (k > pool.length * n) throw new Error("not enough stock for the test");
      continue;
    }
    left.set(v.id, left.get(v.id)! - 1);
    orders.push(tiktokOrder({ id: `${prefix}${String(i++).padStart(6, "0")}`, currency, lines: [{ itemId: v.itemId, quantity: 1, price: "10.00" }] }));
  }
  return orders;
}

async function pushAll(s: OrderStack, orders: Record<string, unknown>[]) {
  for (const o of orders) s.tiktok.putOrder(o);
  const answers = await Promise.all(orders.map((o) => s.pushTikTok(tiktokStatusPush(TIKTOK.shopId, o.id as string, "AWAITING_SHIPMENT")).then((r) => r.status)));
  expect(new Set(answers)).toEqual(new Set([200]));
}

function expectEachOnce(s: OrderStack, orders: Record<string, unknown>[]) {
  const created = s.emu.shop(s.shop).orders().filter((o) => o.sourceName === "tiktok");
  const counts = new Map<string, number>();
  for (const o of created) counts.set(o.sourceIdentifier!, (counts.get(o.sourceIdentifier!) ?? 0) + 1);
  expect(created.length).toBe(orders.length);
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
  expect(new Set(counts.keys())).toEqual(new Set(orders.map((o) => o.id)));
}

describe("orders under failure", () => {
  it("SIGKILL in the middle of importing 200 orders, then a restart → 200 orders, none twice", async () => {
    stack = await startOrderStack({ databaseUrl: freshDatabase().url, products: 80, seed: 21 });
    const s = stack;
    const orders = await plan(s, 200, "5770");
    await pushAll(s, orders);
    const imported = () => s.emu.shop(s.shop).orders().filter((o) => o.sourceName === "tiktok").length;
    await waitFor(async () => imported() >= 40, 60_000, "the import to be under way");
    await s.app.kill();
    const killedAt = imported();
    expect(killedAt).toBeLessThan(200);

    const restarted = await startApp({
      env: { DATABASE_URL: s.databaseUrl, SHOPIFY_ADMIN_ORIGIN: s.emu.url, TIKTOK_API_BASE_URL: s.tiktok.url, META_GRAPH_BASE_URL: s.meta.url, META_PULL_MINUTES: "60" },
      denyOutboundNetwork: true,
    });
    s.emu.webhooks.appUrl = restarted.url;
    try {
      await waitFor(async () => (await s.db.channelOrder.count({ where: { shop: s.shop, status: "imported" } })) === 200, 120_000, "every order imported after the restart");
      await s.settled();
      expectEachOnce(s, orders);
    } finally {
      await restarted.stop();
    }
  }, 240_000);

  it("20 % THROTTLED or 5xx, and orderCreate answers lost after running → every order, once", async () => {
    stack = await startOrderStack({ databaseUrl: freshDatabase().url, products: 40, seed: 22, plan: "plus" });
    const s = stack;
    const orders = await plan(s, 60, "5771");
    s.emu.faults.set({ throttled: 0.1, serverError: 0.1, lostAnswer: 0.05, seed: 9 });
    await pushAll(s, orders);
    await waitFor(async () => (await s.db.channelOrder.count({ where: { shop: s.shop, status: "imported" } })) === 60, 120_000, "every order imported");
    await s.settled();
    s.emu.faults.set({ throttled: 0, serverError: 0, lostAnswer: 0 });
    expectEachOnce(s, orders);
    const faults = s.emu.requests.map((r) => r.fault);
    expect(faults.filter((f) => f === "throttled").length).toBeGreaterThan(0);
    expect(faults.filter((f) => f === "serverError").length).toBeGreaterThan(0);
    // At least one orderCreate ran in Shopify with its answer lost: the lookup found it.
    expect(s.emu.requests.some((r) => r.fault === "lostAnswer" && r.operationName === "OrderCreate")).toBe(true);
  }, 240_000);
});
