import type { Prisma, PrismaClient } from "@prisma/client";
import { getChannelAdapter } from "~/channels/registry";
import { sellableQuantity } from "~/core/stock";
import { findConnection, isOrderChannel } from "../connections/connections.server";
import type { OrderDeps } from "./deps.server";
import type { StockUpdate } from "./ports";
import { ChannelApiError } from "../channels/http.server";

// Honest stock on the channels. Every stock change marks (shop, channel, variant) as due in a short
// window; later changes inside the window keep the first due time, so a burst of a thousand orders
// becomes one push per variant per window. The flush sends available − the channel's buffer,
// only where it differs from what the channel last accepted; at 0 the item stops selling.

export const STOCK_WINDOW_MS = 2_000;
/** A push the channel refused is tried again this much later. */
export const STOCK_RETRY_MS = 30_000;

/** Marks variants whose stock changed as due for every connected channel that takes stock pushes. */
export async function markStockChanged(db: PrismaClient, shop: string, variantIds: readonly string[], now = new Date()): Promise<void> {
  if (variantIds.length === 0) return;
  const channels = (await db.channelConnection.findMany({ where: { shop, status: "connected" }, select: { channel: true } }))
    .map((c) => c.channel)
    .filter((c) => isOrderChannel(c) && getChannelAdapter(c)?.orders?.takesStockPushes);
  const due = new Date(now.getTime() + STOCK_WINDOW_MS);
  const marks = channels.flatMap((channel) =>
    variantIds.map(
      (variantId) => db.$executeRaw`INSERT INTO "StockPush" ("shop", "channel", "variantId", "dueAt", "changedAt") VALUES (${shop}, ${channel}, ${variantId}, ${due}, ${now})
        ON CONFLICT ("shop", "channel", "variantId") DO UPDATE SET "dueAt" = COALESCE("StockPush"."dueAt", excluded."dueAt"), "changedAt" = excluded."changedAt"`,
    ),
  );
  if (marks.length > 0) await db.$transaction(marks); // one commit for a product's variants
}

/**
 * Marks every variant of the shop as due for its connected channels (one statement): after a
 * channel is connected, its buffer changes, or a reconciliation repaired stock. The flush then sends
 * only what differs from what each channel last accepted.
 */
export async function markShopStockChanged(db: PrismaClient, shop: string, now = new Date()): Promise<void> {
  const due = new Date(now.getTime() + STOCK_WINDOW_MS);
  await db.$executeRaw`INSERT INTO "StockPush" ("shop", "channel", "variantId", "dueAt", "changedAt")
    SELECT v."shop", c."channel", v."id", ${due}, ${now} FROM "CatalogVariant" v
    JOIN "ChannelConnection" c ON c."shop" = v."shop" AND c."status" = 'connected'
    WHERE v."shop" = ${shop}
    ON CONFLICT ("shop", "channel", "variantId") DO UPDATE SET "dueAt" = COALESCE("StockPush"."dueAt", excluded."dueAt"), "changedAt" = excluded."changedAt"`;
}

/**
 * A flush's hold on the rows it claimed: their due time moved this far ahead, so no other worker's
 * flush takes them meanwhile, and a worker that dies mid-flush leaves them due again this much later.
 */
const LEASE_MS = 2 * STOCK_RETRY_MS;
const CLAIM_LIMIT = 20_000;

type Claimed = { shop: string; channel: string; variantId: string; pushedQty: number | null };

/**
 * Pushes every due (shop, channel) batch; returns the number of items sent. Several workers may
 * flush at once: each claims the rows it pushes in one statement (their due time becomes its lease).
 */
export async function flushStockPushes(deps: OrderDeps, now = new Date()): Promise<number> {
  const lease = new Date(now.getTime() + LEASE_MS);
  const claimed = await deps.db.$queryRaw<Claimed[]>`UPDATE "StockPush" SET "dueAt" = ${lease}
    WHERE "dueAt" <= ${now} AND ("shop", "channel", "variantId") IN (
      SELECT "shop", "channel", "variantId" FROM "StockPush" WHERE "dueAt" <= ${now} ORDER BY "dueAt" LIMIT ${CLAIM_LIMIT})
    RETURNING "shop", "channel", "variantId", "pushedQty"`;
  const groups = new Map<string, Claimed[]>();
  // RETURNING lists rows in no particular order: push in a stable one.
  for (const row of claimed.sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0))) {
    const key = `${row.shop}\n${row.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...row, pushedQty: row.pushedQty === null ? null : Number(row.pushedQty) }]);
  }
  let sent = 0;
  for (const rows of groups.values()) sent += await flushGroup(deps, rows, now, lease);
  return sent;
}

async function flushGroup(deps: OrderDeps, rows: Claimed[], now: Date, claimedLease: Date): Promise<number> {
  const { shop, channel } = rows[0];
  const ids = rows.map((r) => r.variantId);
  const where = { shop, channel, variantId: { in: ids } };
  const connection = isOrderChannel(channel) ? await findConnection(deps.db, { shop, channel }) : null;
  const adapter = getChannelAdapter(channel)?.orders;
  if (!connection || !adapter?.takesStockPushes) {
    await deps.db.stockPush.deleteMany({ where });
    return 0;
  }
  const variants = await deps.db.catalogVariant.findMany({ where: { shop, id: { in: ids } }, select: { id: true, sku: true, inventoryQuantity: true, inventoryPolicy: true, tracked: true } });
  const byId = new Map(variants.map((v) => [v.id, v]));
  const updates: (StockUpdate & { variantId: string })[] = [];
  for (const row of rows) {
    const v = byId.get(row.variantId);
    // Gone from the catalog, stock not tracked, or selling on at zero (CONTINUE): no count to tell.
    if (!v || !v.tracked || v.inventoryPolicy === "CONTINUE") continue;
    const quantity = sellableQuantity(v.inventoryQuantity, connection.buffer);
    if (quantity !== row.pushedQty) updates.push({ variantId: v.id, itemId: v.id.slice(v.id.lastIndexOf("/") + 1), sku: v.sku, quantity });
  }
  const client = deps.client(connection);
  const started = Date.now();
  let lease = claimedLease;
  try {
    for (let i = 0; i < updates.length; i += adapter.stockBatchLimit) {
      lease = await renewLease(deps.db, where, rows.length, lease, now, started);
      const batch = updates.slice(i, i + adapter.stockBatchLimit);
      try {
        await client.updateStock(batch.map(({ itemId, sku, quantity }) => ({ itemId, sku, quantity })));
      } catch (error) {
        // The channel does not list some items of this batch (not published there; the others were
        // sent): nothing to keep trying for them, and the next batches go on.
        if (!(error instanceof ChannelApiError && error.status === 404 && !error.retryable)) throw error;
        continue;
      }
      await deps.db.$transaction(batch.map((u) => deps.db.stockPush.updateMany({ where: { shop, channel, variantId: u.variantId }, data: { pushedQty: u.quantity } })));
    }
  } catch (error) {
    // What was not sent stays due and is tried again later (the latest quantity wins then).
    await deps.db.stockPush.updateMany({ where: { ...where, dueAt: lease }, data: { dueAt: new Date(now.getTime() + STOCK_RETRY_MS) } });
    console.error(`stock push to ${channel} for ${shop}:`, error instanceof Error ? error.message : error);
    return 0;
  }
  // Done: rows not marked again meanwhile leave the queue until the next change; the others are due at once.
  await deps.db.stockPush.updateMany({ where: { ...where, dueAt: lease, changedAt: { lte: now } }, data: { dueAt: null } });
  await deps.db.stockPush.updateMany({ where: { ...where, dueAt: lease }, data: { dueAt: now } });
  return updates.length;
}

/**
 * A long flush (a slow channel, many batches) moves its lease on before it runs out; should it have
 * run out already and another worker claimed some of the rows, this flush stops (that one pushes them).
 */
async function renewLease(db: PrismaClient, where: Prisma.StockPushWhereInput, count: number, lease: Date, now: Date, started: number): Promise<Date> {
  const elapsed = Date.now() - started;
  if (elapsed < LEASE_MS / 3) return lease;
  const renewed = new Date(now.getTime() + elapsed + LEASE_MS);
  const held = await db.stockPush.updateMany({ where: { ...where, dueAt: lease }, data: { dueAt: renewed } });
  if (held.count !== count) throw new Error(`the flush outlived its lease on ${count - held.count} rows; another worker pushes them`);
  return renewed;
}
