import { getChannelAdapter } from "~/channels/registry";
import { findConnection, findConnectionCached, isOrderChannel } from "~/services/connections/connections.server";
import type { OrderDeps } from "~/services/orders/deps.server";
import { syncFromChannel, syncOrder } from "~/services/orders/import.server";
import { pullMetaOrders } from "~/services/orders/meta-pull.server";
import { shopifyOrderEvent } from "~/services/orders/to-channel.server";
import type { InboxRow } from "../process-event.server";

type Outcome = "processed" | "ignored";

/** A pushed channel event (TikTok Shop webhook): read the order it names from the channel, sync it. */
export async function channelPush(deps: OrderDeps, event: InboxRow): Promise<Outcome> {
  if (!isOrderChannel(event.source)) return "ignored";
  const parsed = getChannelAdapter(event.source)?.orders?.parsePush?.(event.payload);
  if (!parsed?.ok || parsed.value.kind !== "order") return "ignored";
  const connection = await findConnectionCached(deps.db, { shop: event.shop, channel: event.source });
  if (!connection) return "ignored"; // disconnected since: nothing to import into
  await syncFromChannel(deps, connection, parsed.value.orderId);
  return "processed";
}

/** A pulled Meta order (stored by the pull as it came). */
export async function pulledOrder(deps: OrderDeps, event: InboxRow): Promise<Outcome> {
  const connection = await findConnection(deps.db, { shop: event.shop, channel: "meta" });
  if (!connection) return "ignored";
  const raw = JSON.parse(event.payload) as { id?: unknown };
  await syncOrder(deps, connection, raw, []);
  // The pulled copy names the buyer: once the customer was redacted, it must not stay here either.
  const row = typeof raw.id === "string" ? await deps.db.channelOrder.findFirst({ where: { shop: event.shop, channel: "meta", externalId: raw.id } }) : null;
  if (row?.redactedAt) await deps.db.inboxEvent.update({ where: { id: event.id }, data: { payload: "{}" } });
  return "processed";
}

export async function metaPull(deps: OrderDeps, event: InboxRow): Promise<Outcome> {
  const connection = await findConnection(deps.db, { shop: event.shop, channel: "meta" });
  if (!connection) return "ignored";
  await pullMetaOrders(deps, connection);
  return "processed";
}

/** The merchant pressed Retry on a held order: read it again from its channel and sync. */
export async function retryOrder(deps: OrderDeps, event: InboxRow): Promise<Outcome> {
  const { id } = JSON.parse(event.payload) as { id?: number };
  const row = id ? await deps.db.channelOrder.findFirst({ where: { id, shop: event.shop } }) : null;
  if (!row || row.shopifyOrderId || !isOrderChannel(row.channel)) return "ignored";
  const connection = await findConnection(deps.db, { shop: event.shop, channel: row.channel });
  if (!connection) return "ignored";
  await syncFromChannel(deps, connection, row.externalId);
  return "processed";
}

export function shopifyOrderWebhook(deps: OrderDeps, event: InboxRow): Promise<Outcome> {
  return shopifyOrderEvent(deps, event.shop, event.topic, event.payload);
}
