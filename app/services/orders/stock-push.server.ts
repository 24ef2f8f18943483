import type { PrismaClient } from "@prisma/client";
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
const RETRY_MS = 30_000;

/** Marks variants whose stock changed as due for every connected channel that takes stock pushes. */
export async function markStockChanged(db: PrismaClient, shop: string, variantIds: readonly string[], now = new Date()): Promise<void> {
  if (variantIds.length === 0) return;
  const channels = (await db.channelConnection.findMany({ where: { shop, status: "connected" }, select: { channel: true } }))
    .map((c) => c.channel)
    .filter((c) => isOrderChannel(c) && getChannelAdapter(c)?.orders?.takesStockPushes);
  const due = new Date(now.getTime() + STOCK_WINDOW_MS);
  for (const channel of channels) {
    for (const variantId of variantIds) {
      await db.$executeRaw`INSERT INTO "StockPush" ("shop", "channel", "variantId", "dueAt", "changedAt") VALUES (${shop}, ${channel}, ${variantId}, ${due}, ${now})
        ON CONFLICT ("shop", "channel", "variantId") DO UPDATE SET "dueAt" = COALESCE("StockPush"."dueAt", excluded."dueAt"), "changedAt" = excluded."changedAt"`;
    }
  }
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

/** Pushes every due (shop, channel) batch; returns the number of items sent. */
export async function flushStockPushes(deps: OrderDeps, now = new Date()): Promise<number> {
  // Rows changed after this instant were marked during the flush: they stay due.
  const due = await deps.db.stockPush.findMany({ where: { dueAt: { lte: now } }, orderBy: { dueAt: "asc" }, take: 20_000 });
  const groups = new Map<string, typeof due>();
  for (const row of due) {
    const key = `${row.shop}\n${row.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  let sent = 0;
  for (const rows of groups.values()) sent += await flushGroup(deps, rows, now);
  return sent;
}

async function flushGroup(deps: OrderDeps, rows: { shop: string; channel: string; variantId: string; pushedQty: number | null }[], now: Date): Promise<number> {
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
  try {
    for (let i = 0; i < updates.length; i += adapter.stockBatchLimit) {
      const batch = updates.slice(i, i + adapter.stockBatchLimit);
      try {
        await client.updateStock(batch.map(({ itemId, sku, quantity }) => ({ itemId, sku, quantity })));
      } catch (error) {
        // The channel does not list some items of this batch (not published there; the others were
        // sent): nothing to keep trying for them, and the next batches go on.
        if (!(error instanceof ChannelApiError && error.status === 404 && !error.retryable)) throw error;
        continue;
      }
      for (const u of batch) {
        await deps.db.stockPush.update({ where: { shop_channel_variantId: { shop, channel, variantId: u.variantId } }, data: { pushedQty: u.quantity } });
      }
    }
  } catch (error) {
    // What was not sent stays due and is tried again later (the latest quantity wins then).
    await deps.db.stockPush.updateMany({ where: { ...where, dueAt: { lte: now } }, data: { dueAt: new Date(now.getTime() + RETRY_MS) } });
    console.error(`stock push to ${channel} for ${shop}:`, error instanceof Error ? error.message : error);
    return 0;
  }
  // Done: rows not marked again meanwhile leave the queue until the next change.
  await deps.db.stockPush.updateMany({ where: { ...where, dueAt: { lte: now }, changedAt: { lte: now } }, data: { dueAt: null } });
  return updates.length;
}
