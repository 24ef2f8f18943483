import { createHash } from "node:crypto";
import type { ChannelOrder, ChannelRefund } from "~/core/orders/types";
import { matchLines, type OrderRow } from "~/persistence/channel-orders.server";
import { upsertRetried } from "~/persistence/inbox.server";
import type { Connection } from "../connections/connections.server";
import type { OrderDeps } from "./deps.server";
import type { ShopifyOrdersPort } from "./ports";

// What happens to an order already in Shopify when its channel moves on: a cancellation on the
// channel cancels the Shopify order (restocking), each channel refund becomes one Shopify refund
// (keyed so a retry cannot refund twice), and a new Meta order is acknowledged.

export async function followUp(deps: OrderDeps, connection: Connection, row: OrderRow, order: ChannelOrder): Promise<"followed_up"> {
  const orderId = row.shopifyOrderId!;
  const shopify = await deps.shopify(connection.shop);
  const notes: string[] = [];
  for (const refund of order.refunds) {
    const note = await carryRefund(deps, shopify, row, order, refund);
    if (note) notes.push(note);
  }
  if (order.state === "cancelled" && !row.cancelledAt) {
    const result = await shopify.cancel(orderId, order.cancelReason ?? `Cancelled on ${connection.channel}`);
    if (result.ok || result.errors.some((e) => /already.*cancel/i.test(e.message))) {
      await deps.db.channelOrder.update({ where: { id: row.id }, data: { cancelledAt: new Date() } });
    } else {
      notes.push(`Shopify did not cancel the order: ${result.errors.map((e) => e.message).join("; ")}`);
    }
  }
  if (order.channel === "meta" && order.channelStatus === "CREATED") {
    await deps.client(connection).acknowledge(order.externalId, uuidFrom(`${row.shop}|meta|ack|${order.externalId}`));
  }
  if (notes.length) await deps.db.channelOrder.update({ where: { id: row.id }, data: { holdDetail: notes.join(" ") } });
  return "followed_up";
}

/** One channel refund → one Shopify refund; returns a note for the merchant when Shopify refuses it. */
async function carryRefund(deps: OrderDeps, shopify: ShopifyOrdersPort, row: OrderRow, order: ChannelOrder, refund: ChannelRefund): Promise<string | null> {
  const key = { shop_channel_refundId: { shop: row.shop, channel: row.channel, refundId: refund.id } };
  if (await deps.db.channelRefund.findUnique({ where: key })) return null;
  const lines = await refundLines(deps, shopify, row, order, refund);
  const result = await shopify.refund({
    orderId: row.shopifyOrderId!,
    idempotencyKey: uuidFrom(`${row.shop}|${row.channel}|refund|${refund.id}`),
    currency: order.currency,
    amount: refund.amount,
    lines,
    note: `${row.channel} refund ${refund.id}${refund.reason ? `: ${refund.reason}` : ""}`,
  });
  if (!result.ok) return `Shopify did not record refund ${refund.id}: ${result.errors.map((e) => e.message).join("; ")}`;
  await upsertRetried(() =>
    deps.db.channelRefund.upsert({
      where: key,
      create: { shop: row.shop, channel: row.channel, refundId: refund.id, externalOrderId: row.externalId, shopifyRefundId: result.value.id, amount: refund.amount },
      update: {},
    }),
  );
  return null;
}

/** Channel refund lines → Shopify line items of the same variant. */
async function refundLines(deps: OrderDeps, shopify: ShopifyOrdersPort, row: OrderRow, order: ChannelOrder, refund: ChannelRefund) {
  if (refund.lines.length === 0) return [];
  const match = await matchLines(deps.db, row.shop, order.lines);
  const items = await shopify.lineItems(row.shopifyOrderId!);
  const out: { lineItemId: string; quantity: number }[] = [];
  for (const given of refund.lines) {
    const line = order.lines.find((l) => l.lineId === given.lineId) ?? { ...given, lineId: "", title: "", quantity: given.quantity, unitPrice: 0, discount: 0 };
    const variantId = match(line)?.variantId;
    const item = items.find((i) => (variantId && i.variantId === variantId) || (given.sku && i.sku === given.sku));
    if (item) out.push({ lineItemId: item.id, quantity: Math.min(given.quantity, item.quantity) });
  }
  return out;
}

/** A stable UUID (RFC 4122 layout, version 5 bits) from a name: the same operation, the same key. */
export function uuidFrom(name: string): string {
  const h = createHash("sha256").update(name).digest("hex").slice(0, 32).split("");
  h[12] = "5";
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
