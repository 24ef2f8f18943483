import { tiktokOrder, tiktokStatusPush } from "../../tests/support/channel-orders";
import { TIKTOK, type OrderStack } from "../../tests/support/order-stack";

// The import phase of bench:orders: N orders put in the TikTok Shop fake, each announced by one
// signed push to the built app; timed from the first push until the N-th order exists in the
// emulated Shopify. Every Admin GraphQL call the app makes for the shop from the first push until
// the app is settled again (orderCreate, the lookup by source identifier, the work the resulting
// inventory webhooks cause…) is summed from the emulator's own accounting (actualQueryCost, what
// the bucket was charged), so the ceiling is restore rate ÷ points actually charged per order.

export interface ImportOptions {
  orders: number;
  /** Bucket level when the first push goes out: 0 (a busy shop: the ceiling is the restore rate) or the plan's full bucket. */
  startLevel: "empty" | "full";
  idPrefix: string;
  log: (text: string) => void;
}

export interface ImportResult {
  orders: number;
  plan: { restoreRate: number; maximumAvailable: number; startLevel: number };
  pushSeconds: number;
  /** First push → N-th order created in Shopify. */
  seconds: number;
  ordersPerSec: number;
  /** Orders/s between the 10th percentile and the last order (after the start-up). */
  steadyOrdersPerSec: number | null;
  points: number;
  pointsPerOrder: number;
  calls: { operation: string; calls: number; points: number; throttled: number }[];
  throttled: number;
  ceilingOrdersPerSec: number;
  /** Seconds the bucket needs for the points charged, given its level at the start. */
  ceilingSeconds: number;
  /** ceilingSeconds ÷ seconds (= orders/s ÷ ceiling orders/s from an empty bucket). */
  shareOfCeiling: number;
  statuses: Record<string, number>;
  problems: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One line each, spread over the stocked variants (CONTINUE variants take any number). */
export function orderLines(variants: Pick<Awaited<ReturnType<OrderStack["variants"]>>[number], "itemId" | "available" | "policy">[], n: number): string[] {
  const room = variants.map((v) => ({ itemId: v.itemId, left: v.policy === "CONTINUE" ? Infinity : v.available }));
  const picks: string[] = [];
  for (let i = 0, at = 0; picks.length < n; at++) {
    const v = room[at % room.length];
    if (v.left > 0) {
      v.left--;
      picks.push(v.itemId);
      i = 0;
    } else if (++i > room.length) throw new Error(`the shop's catalog has stock for ${picks.length} orders, not ${n} (more --products)`);
  }
  return picks;
}

async function inParallel<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

export async function runImport(stack: OrderStack, options: ImportOptions): Promise<ImportResult> {
  const { emu, shop } = stack;
  const n = options.orders;
  await stack.settled();
  const currency = (await stack.db.shop.findUniqueOrThrow({ where: { domain: shop } })).currencyCode ?? "USD";
  const lines = orderLines(await stack.variants(), n);
  const ids = lines.map((_, i) => `5764${options.idPrefix}${String(i).padStart(6, "0")}`);
  ids.forEach((id, i) => stack.tiktok.putOrder(tiktokOrder({ id, currency, lines: [{ itemId: lines[i], quantity: 1, price: "10.00" }] })));
  const wanted = new Set(ids);
  const created = () => emu.shop(shop).orders().filter((o) => o.sourceName === "tiktok" && wanted.has(o.sourceIdentifier ?? "")).length;

  if (options.startLevel === "empty") emu.setBucket(shop, { currentlyAvailable: 0 });
  const plan = emu.throttleStatus(shop);
  const startIso = new Date().toISOString();
  const started = performance.now();
  const problems: string[] = [];
  await inParallel(ids, 16, async (id) => {
    const response = await stack.pushTikTok(tiktokStatusPush(TIKTOK.shopId, id, "AWAITING_SHIPMENT"));
    if (response.status !== 200) problems.push(`push of order ${id}: HTTP ${response.status} ${await response.text()}`);
  });
  const pushSeconds = (performance.now() - started) / 1000;
  options.log(`import: ${n} pushes in ${pushSeconds.toFixed(1)} s; waiting for the orders in Shopify…`);

  const timeline: { count: number; at: number }[] = [];
  let lastChange = performance.now();
  for (let count = 0; count < n; ) {
    await sleep(20);
    const now = created();
    if (now !== count) {
      count = now;
      lastChange = performance.now();
      timeline.push({ count, at: lastChange });
      if (count % 50 === 0) options.log(`import: ${count}/${n} created, ${((lastChange - started) / 1000).toFixed(1)} s`);
    } else if (performance.now() - lastChange > 60_000) {
      const held = await stack.db.channelOrder.findMany({ where: { shop, status: { not: "imported" } }, take: 5 });
      throw new Error(`import stalled at ${count}/${n} orders for 60 s; e.g. ${JSON.stringify(held.map((h) => [h.externalId, h.status, h.holdReason, h.holdDetail]))}`);
    }
  }
  const seconds = (timeline[timeline.length - 1].at - started) / 1000;
  // The follow-up work each order causes (inventory webhooks back to the app) is part of its cost.
  await emu.webhooks.settled();
  await stack.settled(120_000);
  await sleep(1_000);
  await emu.webhooks.settled();
  await stack.settled(120_000);

  if ((emu.requests[0]?.at ?? "") > startIso) problems.push("the emulator's request log (10,000 entries) overflowed: points are undercounted");
  const calls = new Map<string, { operation: string; calls: number; points: number; throttled: number }>();
  for (const r of emu.requests) {
    if (r.shop !== shop || r.at < startIso) continue;
    const operation = r.operationName ?? "(anonymous)";
    const c = calls.get(operation) ?? { operation, calls: 0, points: 0, throttled: 0 };
    c.calls++;
    c.points += r.actualQueryCost ?? 0;
    if (r.throttled) c.throttled++;
    calls.set(operation, c);
  }
  const points = [...calls.values()].reduce((s, c) => s + c.points, 0);
  const pointsPerOrder = points / n;
  const startLevel = options.startLevel === "empty" ? 0 : plan.currentlyAvailable;
  const ceilingSeconds = Math.max(0, points - startLevel) / plan.restoreRate;
  const tenth = timeline.find((t) => t.count >= Math.ceil(n / 10));
  const last = timeline[timeline.length - 1];
  const steady = tenth && last.at > tenth.at ? (n - tenth.count) / ((last.at - tenth.at) / 1000) : null;

  const perChannelOrder = new Map<string, number>();
  for (const o of emu.shop(shop).orders()) if (wanted.has(o.sourceIdentifier ?? "")) perChannelOrder.set(o.sourceIdentifier!, (perChannelOrder.get(o.sourceIdentifier!) ?? 0) + 1);
  const duplicates = [...perChannelOrder].filter(([, count]) => count > 1);
  if (duplicates.length) problems.push(`${duplicates.length} channel orders have more than one Shopify order, e.g. ${duplicates[0][0]}`);
  const rows = await stack.db.channelOrder.groupBy({ by: ["status"], where: { shop, channel: "tiktok", externalId: { in: ids } }, _count: true });
  const statuses = Object.fromEntries(rows.map((r) => [r.status, r._count]));
  if (statuses.imported !== n) problems.push(`ChannelOrder statuses: ${JSON.stringify(statuses)} (expected ${n} imported)`);

  return {
    orders: n,
    plan: { restoreRate: plan.restoreRate, maximumAvailable: plan.maximumAvailable, startLevel },
    pushSeconds,
    seconds,
    ordersPerSec: n / seconds,
    steadyOrdersPerSec: steady,
    points,
    pointsPerOrder,
    calls: [...calls.values()].sort((a, b) => b.points - a.points),
    throttled: [...calls.values()].reduce((s, c) => s + c.throttled, 0),
    ceilingOrdersPerSec: plan.restoreRate / pointsPerOrder,
    ceilingSeconds,
    shareOfCeiling: ceilingSeconds / seconds,
    statuses,
    problems,
  };
}
