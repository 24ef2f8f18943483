import type { ActionFunctionArgs } from "@remix-run/node";
import prisma from "~/db.server";
import { authenticate } from "~/shopify.server";
import { wakeWorker } from "~/jobs/index.server";
import { receiveShopifyWebhook } from "./shopify-webhook.server";
import { WEBHOOK_ROUTES, type WebhookPath } from "./webhook-topics";

/** The action every webhook route exports: the same intake, with that address's topics. */
export function webhookAction(path: WebhookPath) {
  return async ({ request }: ActionFunctionArgs) =>
    receiveShopifyWebhook(request, WEBHOOK_ROUTES[path], {
      db: prisma,
      authenticate: (req) => authenticate.webhook(req),
      onStored: wakeWorker,
    });
}
