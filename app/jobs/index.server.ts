import prisma from "~/db.server";
import { createWorker, type HandlerFor, type InboxRow, type Worker } from "./worker.server";
import { appScopesUpdate, appUninstalled } from "./handlers/app-lifecycle.server";
import { customersDataRequest, customersRedact, shopRedact } from "./handlers/compliance.server";

type Handler = (event: InboxRow) => Promise<"processed" | "ignored">;

const shopifyHandlers: Record<string, Handler> = {
  "app/uninstalled": (e) => appUninstalled(prisma, e),
  "app/scopes_update": (e) => appScopesUpdate(prisma, e),
  "shop/redact": (e) => shopRedact(prisma, e),
  "customers/redact": (e) => customersRedact(prisma, e),
  "customers/data_request": (e) => customersDataRequest(prisma, e),
};

export const handlerFor: HandlerFor = (source, topic) =>
  source === "shopify" ? shopifyHandlers[topic] : undefined;

declare global {
  var __worker: Worker | undefined;
}

export function worker(): Worker {
  globalThis.__worker ??= createWorker(prisma, handlerFor);
  return globalThis.__worker;
}

export function wakeWorker(): void {
  worker().wake();
}
