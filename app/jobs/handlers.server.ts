import prisma from "~/db.server";
import { catalogDeps } from "~/services/catalog/default-deps.server";
import { startFullRead } from "~/services/catalog/full-read.server";
import { orderDeps } from "~/services/orders/default-deps.server";
import type { OrderDeps } from "~/services/orders/deps.server";
import { appScopesUpdate, appUninstalled } from "./handlers/app-lifecycle.server";
import { bulkOperationFinished, catalogWebhook } from "./handlers/catalog.server";
import { customersDataRequest, customersRedact, shopRedact } from "./handlers/compliance.server";
import { channelPush, metaPull, pulledOrder, retryOrder, shopifyOrderWebhook } from "./handlers/orders.server";
import type { HandlerFor, InboxHandler } from "./process-event.server";

// Which handler runs an inbox event: Shopify webhooks by topic, the app's own jobs by topic,
// channel events by channel. `send` hands the queue the events a handler stores itself (the
// orders a Meta pull finds).

export function inboxHandlers(send: (eventId: number) => void): HandlerFor {
  let ordersDeps: OrderDeps | undefined;
  const orders = () => (ordersDeps ??= { ...orderDeps(), onStored: send });

  const shopifyHandlers: Record<string, InboxHandler> = {
    "app/uninstalled": (e) => appUninstalled(prisma, e),
    "app/scopes_update": (e) => appScopesUpdate(prisma, e),
    "shop/redact": (e) => shopRedact(prisma, e),
    "customers/redact": (e) => customersRedact(prisma, e),
    "customers/data_request": (e) => customersDataRequest(prisma, e),
    "products/create": (e) => catalogWebhook(catalogDeps(), e),
    "products/update": (e) => catalogWebhook(catalogDeps(), e),
    "products/delete": (e) => catalogWebhook(catalogDeps(), e),
    "inventory_levels/update": (e) => catalogWebhook(catalogDeps(), e),
    "bulk_operations/finish": (e) => bulkOperationFinished(catalogDeps(), e),
    "orders/cancelled": (e) => shopifyOrderWebhook(orders(), e),
    "fulfillments/create": (e) => shopifyOrderWebhook(orders(), e),
  };

  const appJobs: Record<string, InboxHandler> = {
    "catalog/full_read": async (e) => {
      await startFullRead(catalogDeps(), e.shop);
      return "processed";
    },
    "orders/meta_pull": (e) => metaPull(orders(), e),
    "orders/retry": (e) => retryOrder(orders(), e),
  };

  /** Channel events: TikTok pushes (any topic), Meta orders stored by the pull. */
  const channelHandlers: Record<string, InboxHandler> = {
    tiktok: (e) => channelPush(orders(), e),
    meta: (e) => (e.topic === "order" ? pulledOrder(orders(), e) : Promise.resolve("ignored")),
  };

  const own = (table: Record<string, InboxHandler>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);
  return (source, topic) => (source === "shopify" ? own(shopifyHandlers, topic) : source === "app" ? own(appJobs, topic) : own(channelHandlers, source));
}
