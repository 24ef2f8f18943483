import { enqueueJob } from "~/persistence/inbox.server";
import type { OrderDeps } from "~/services/orders/deps.server";
import { flushStockPushes } from "~/services/orders/stock-push.server";

// Timed order work: Meta orders are pulled every META_PULL_MINUTES (5 by default; Meta suggests
// 5–15) as a job per shop, due stock pushes are flushed every second, and orders waiting on their
// channel (on hold, unpaid) are read again every RECHECK_MINUTES in case the event that releases
// them was lost. As in scheduler.server.ts, only the process that `leads()` does the work.

const PULL_MS = Number(process.env.META_PULL_MINUTES ?? 5) * 60_000;
const FLUSH_MS = 1_000;
const RECHECK_MS = Number(process.env.ORDER_RECHECK_MINUTES ?? 15) * 60_000;

export function startOrderScheduler(deps: OrderDeps, send: (eventId: number) => void, leads: () => boolean = () => true): () => void {
  let flushing = false;
  const flush = async () => {
    if (flushing || !leads()) return;
    flushing = true;
    try {
      await flushStockPushes(deps);
    } catch (error) {
      console.error("stock push:", error instanceof Error ? error.message : error);
    } finally {
      flushing = false;
    }
  };
  const pull = async () => {
    if (!leads()) return;
    try {
      await enqueueMetaPulls(deps, Date.now(), send);
    } catch (error) {
      console.error("meta pull:", error instanceof Error ? error.message : error);
    }
  };
  const recheck = async () => {
    if (!leads()) return;
    try {
      await enqueueWaitingRechecks(deps, Date.now(), send);
    } catch (error) {
      console.error("order recheck:", error instanceof Error ? error.message : error);
    }
  };
  const timers = [setInterval(flush, FLUSH_MS), setInterval(pull, PULL_MS), setInterval(recheck, RECHECK_MS)];
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}

type Send = (eventId: number) => void;

/** Stores the app's job and sends it; answers whether it was new. */
async function storeAndSend(deps: OrderDeps, send: Send, shop: string, topic: string, key: string, payload?: object): Promise<boolean> {
  const stored = await enqueueJob(deps.db, shop, topic, key, payload);
  if (stored.status === "stored") send(stored.id);
  return stored.status === "stored";
}

/** One pull job per connected Meta shop for the current period (a second call in it is a duplicate); answers how many are new. */
export async function enqueueMetaPulls(deps: OrderDeps, now = Date.now(), send: Send = () => undefined): Promise<number> {
  const connections = await deps.db.channelConnection.findMany({ where: { channel: "meta", status: "connected" }, select: { shop: true } });
  const key = String(Math.floor(now / PULL_MS));
  let stored = 0;
  for (const { shop } of connections) if (await storeAndSend(deps, send, shop, "orders/meta_pull", key)) stored++;
  return stored;
}

/** A re-read job for every order that has waited (or stayed unsettled) longer than the recheck period. */
export async function enqueueWaitingRechecks(deps: OrderDeps, now = Date.now(), send: Send = () => undefined): Promise<number> {
  // Waiting on the channel, or never settled (every try of its job failed: an outage, an expired token).
  const waiting = await deps.db.channelOrder.findMany({
    where: { status: { in: ["waiting", "pending"] }, shopifyOrderId: null, updatedAt: { lt: new Date(now - RECHECK_MS) } },
    select: { id: true, shop: true },
  });
  const period = String(Math.floor(now / RECHECK_MS));
  let stored = 0;
  for (const { id, shop } of waiting) if (await storeAndSend(deps, send, shop, "orders/retry", `${id}:recheck:${period}`, { id })) stored++;
  return stored;
}
