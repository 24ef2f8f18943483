import { getChannelAdapter } from "~/channels/registry";
import { planShopifyOrder, type HoldReason } from "~/core/orders/plan";
import type { ShopifyWriteResult } from "~/core/orders/plan-types";
import type { ChannelOrder } from "~/core/orders/types";
import {
  linkShopifyOrder,
  matchLines,
  notePendingOrder,
  recordChannelOrder,
  recordUnreadableOrder,
  setOrderStatus,
  shopCurrencies,
  type OrderRow,
} from "~/persistence/channel-orders.server";
import type { Connection } from "../connections/connections.server";
import type { OrderDeps } from "./deps.server";
import { followUp } from "./follow-up.server";

// Brings Shopify in line with one channel order: exactly one Shopify order per channel order.
// The row (unique per channel order) is written first; before any orderCreate the app asks Shopify
// whether it already holds an order with this source identifier (a crash between create and link
// leaves exactly that); only then does it create, and it links in the next write.

export type SyncOutcome = "imported" | "linked" | "waiting" | "held" | "cancelled" | "dismissed" | "followed_up";

/** Reads the order (and its refunds) from the channel's API, then syncs it. */
export async function syncFromChannel(deps: OrderDeps, connection: Connection, orderId: string): Promise<SyncOutcome> {
  // A row first: should every try below fail, the periodic re-read still finds the order.
  await notePendingOrder(deps.db, connection.shop, connection.channel, orderId);
  const client = deps.client(connection);
  const raw = await client.getOrder(orderId);
  if (raw === null) {
    await recordUnreadableOrder(deps.db, connection.shop, connection.channel, orderId, `${connection.channel} does not know order ${orderId} (yet). Retry once it shows on the channel.`);
    return "held";
  }
  const refunds = connection.channel === "tiktok" ? await client.getRefunds(orderId) : [];
  return syncOrder(deps, connection, raw, refunds, orderId);
}

/** Syncs an order already read from the channel (raw, as its API returns it). */
export async function syncOrder(deps: OrderDeps, connection: Connection, raw: unknown, refunds: unknown[], knownId?: string): Promise<SyncOutcome> {
  const adapter = getChannelAdapter(connection.channel)?.orders;
  if (!adapter) throw new Error(`${connection.channel} has no order adapter`);
  const parsed = adapter.normalizeOrder(raw, refunds);
  if (!parsed.ok) {
    const id = knownId ?? idOf(raw);
    if (!id) throw new Error(`${connection.channel} returned an order the app cannot read: ${parsed.message}`);
    await recordUnreadableOrder(deps.db, connection.shop, connection.channel, id, `The ${connection.channel} order cannot be read: ${parsed.message}`);
    return "held";
  }
  const order = parsed.value;
  const known = await deps.db.channelOrder.findUnique({ where: { shop_channel_externalId: { shop: connection.shop, channel: order.channel, externalId: order.externalId } } });
  // A cancellation is final: an older copy of the order (a retried event, an earlier pull) cannot undo it.
  if (known?.channelState === "cancelled" && order.state !== "cancelled") return known.shopifyOrderId ? "followed_up" : "cancelled";
  const row = await recordChannelOrder(deps.db, connection.shop, order, known);
  if (row.shopifyOrderId) return followUp(deps, connection, row, order);
  if (row.status === "dismissed") return "dismissed";
  if (order.state === "cancelled") {
    await setOrderStatus(deps.db, row.id, "cancelled");
    return "cancelled";
  }
  if (order.state === "pending" || order.state === "on_hold") {
    await setOrderStatus(deps.db, row.id, "waiting");
    return "waiting";
  }
  return place(deps, connection, row, order);
}

/**
 * Shopify's order search sees a new order within seconds, not at once. After an orderCreate whose
 * outcome is unknown (a crash, a lost answer), the lookup is trusted only once this much has passed.
 */
export const ORDER_SEARCH_LAG_MS = 10_000;

async function place(deps: OrderDeps, connection: Connection, row: OrderRow, order: ChannelOrder): Promise<SyncOutcome> {
  const shopify = await deps.shopify(connection.shop);
  const existing = await shopify.findBySource(order.channel, order.externalId);
  if (existing) {
    const linked = await linkShopifyOrder(deps.db, row.id, existing);
    await followUp(deps, connection, linked, order);
    return "linked";
  }
  if (row.createTriedAt && Date.now() - row.createTriedAt.getTime() < ORDER_SEARCH_LAG_MS) {
    throw new Error(`An earlier orderCreate for ${order.channel} order ${order.externalId} may still be on its way into Shopify's search; trying again shortly`);
  }
  const decision = planShopifyOrder(order, {
    currencies: await shopCurrencies(deps.db, connection.shop),
    match: await matchLines(deps.db, connection.shop, order.lines),
  });
  if (decision.kind === "hold") {
    await setOrderStatus(deps.db, row.id, "held", decision);
    return "held";
  }
  // Claim the create: only one worker gets past this for the same row and earlier attempt.
  const claimed = await deps.db.channelOrder.updateMany({ where: { id: row.id, shopifyOrderId: null, createTriedAt: row.createTriedAt }, data: { createTriedAt: new Date() } });
  if (claimed.count !== 1) throw new Error(`${order.channel} order ${order.externalId} is being placed by another worker; trying again shortly`);
  const created = await shopify.create(decision.plan);
  if (!created.ok) {
    await setOrderStatus(deps.db, row.id, "held", refusal(created));
    return "held";
  }
  const linked = await linkShopifyOrder(deps.db, row.id, created.value);
  await followUp(deps, connection, linked, order);
  return "imported";
}

/** Shopify's refusal of an orderCreate, in review-queue terms. */
function refusal(result: Extract<ShopifyWriteResult<unknown>, { ok: false }>): { reason: HoldReason; detail: string } {
  const detail = `Shopify refused the order: ${result.errors.map((e) => e.message).join("; ")}`;
  if (result.errors.some((e) => e.code === "INVENTORY_CLAIM_FAILED")) return { reason: "out_of_stock", detail };
  if (result.errors.some((e) => e.field?.includes("shippingAddress") || e.field?.includes("billingAddress"))) return { reason: "invalid_address", detail };
  return { reason: "rejected_by_shopify", detail };
}

function idOf(raw: unknown): string | null {
  const id = raw && typeof raw === "object" ? (raw as { id?: unknown }).id : null;
  return typeof id === "string" && id ? id : null;
}
