import prisma from "~/db.server";
import { createWorker, type HandlerFor, type InboxRow, type Worker } from "./worker.server";
import { appScopesUpdate, appUninstalled } from "./handlers/app-lifecycle.server";
import { customersDataRequest, customersRedact, shopRedact } from "./handlers/compliance.server";
import { bulkOperationFinished, catalogWebhook } from "./handlers/catalog.server";
import { catalogDeps } from "~/services/catalog/default-deps.server";
import { startScheduler } from "./scheduler.server";
import { startFullRead } from "~/services/catalog/full-read.server";
import { orderDeps } from "~/services/orders/default-deps.server";
import { channelPush, metaPull, pulledOrder, retryOrder, shopifyOrderWebhook } from "./handlers/orders.server";
import { startOrderScheduler } from "./order-scheduler.server";

type Handler = (event: InboxRow) => Promise<"processed" | "ignored">;

const shopifyHandlers: Record<string, Handler> = {
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
  "orders/cancelled": (e) => shopifyOrderWebhook(orderDeps(), e),
  "fulfillments/create": (e) => shopifyOrderWebhook(orderDeps(), e),
};

const appJobs: Record<string, Handler> = {
  "catalog/full_read": async (e) => {
    await startFullRead(catalogDeps(), e.shop);
    return "processed";
  },
  "orders/meta_pull": (e) => metaPull(orderDeps(), e),
  "orders/retry": (e) => retryOrder(orderDeps(), e),
};

/** Channel events: TikTok pushes (any topic), Meta orders stored by the pull. */
const channelHandlers: Record<string, Handler> = {
  tiktok: (e) => channelPush(orderDeps(), e),
  meta: (e) => (e.topic === "order" ? pulledOrder(orderDeps(), e) : Promise.resolve("ignored")),
};

const own = (table: Record<string, Handler>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

export const handlerFor: HandlerFor = (source, topic) =>
  source === "shopify" ? own(shopifyHandlers, topic) : source === "app" ? own(appJobs, topic) : own(channelHandlers, source);

declare global {
  var __worker: Worker | undefined;
}

export function worker(): Worker {
  if (!globalThis.__worker) {
    globalThis.__worker = createWorker(prisma, handlerFor);
    startScheduler(catalogDeps());
    startOrderScheduler(orderDeps(), wakeWorker);
  }
  return globalThis.__worker;
}

export function wakeWorker(): void {
  worker().wake();
}
