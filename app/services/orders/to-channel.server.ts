import { exactIntegerField, gid } from "~/core/exact-json";
import { matchLines, orderOf } from "~/persistence/channel-orders.server";
import { findConnection, isOrderChannel } from "../connections/connections.server";
import type { OrderDeps } from "./deps.server";
import { uuidFrom } from "./follow-up.server";

// Shopify → channel: a channel order cancelled or fulfilled in Shopify is cancelled or shipped
// on its channel. Orders the app did not import, and cancellations the channel itself asked for,
// are left alone.

export async function shopifyOrderEvent(deps: OrderDeps, shop: string, topic: string, payload: string): Promise<"processed" | "ignored"> {
  const orderId = topic === "orders/cancelled" ? (JSON.parse(payload) as { admin_graphql_api_id?: string }).admin_graphql_api_id : gidOf(exactIntegerField(payload, "order_id"));
  if (!orderId) throw new Error(`${topic} without an order id`);
  const row = await deps.db.channelOrder.findFirst({ where: { shop, shopifyOrderId: orderId } });
  if (!row || !isOrderChannel(row.channel)) return "ignored";
  const connection = await findConnection(deps.db, { shop, channel: row.channel });
  if (!connection) return "ignored";
  const client = deps.client(connection);

  if (topic === "orders/cancelled") {
    if (row.channelState === "cancelled") return "ignored"; // the channel cancelled it first
    const body = JSON.parse(payload) as { cancel_reason?: string | null };
    await client.cancel(row.externalId, body.cancel_reason ?? "other", uuidFrom(`${shop}|${row.channel}|cancel|${row.externalId}`));
    await deps.db.channelOrder.update({ where: { id: row.id }, data: { cancelledAt: row.cancelledAt ?? new Date() } });
    return "processed";
  }

  const body = JSON.parse(payload) as { tracking_number?: string | null; tracking_numbers?: string[]; tracking_company?: string | null };
  const fulfillmentId = exactIntegerField(payload, "id") ?? "";
  const variants = new Set([...payload.matchAll(/"variant_id"\s*:\s*(\d+)/g)].map((m) => gid("ProductVariant", m[1])));
  const order = orderOf(row);
  const match = await matchLines(deps.db, shop, order.lines);
  const shipped = order.lines.filter((l) => variants.has(match(l)?.variantId ?? ""));
  await client.ship(
    row.externalId,
    {
      trackingNumber: body.tracking_number ?? body.tracking_numbers?.[0] ?? null,
      carrier: body.tracking_company ?? null,
      lineIds: (shipped.length ? shipped : order.lines).map((l) => l.lineId),
    },
    uuidFrom(`${shop}|${row.channel}|ship|${fulfillmentId}`),
  );
  await deps.db.channelOrder.update({ where: { id: row.id }, data: { shippedAt: new Date() } });
  return "processed";
}

const gidOf = (numeric: string | null) => (numeric ? gid("Order", numeric) : undefined);
