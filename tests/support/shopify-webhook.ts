import { createHmac, randomUUID } from "node:crypto";
import { TEST_API_SECRET, TEST_APP_URL } from "./env";

export interface SignedWebhook {
  topic: string;
  shop: string;
  body: string;
  webhookId?: string;
  eventId?: string;
  secret?: string;
  path: string;
  apiVersion?: string;
}

/** A webhook request exactly as Shopify sends it: HMAC-SHA256 of the raw body, base64. */
export function shopifyWebhookRequest(w: SignedWebhook): Request {
  const hmac = createHmac("sha256", w.secret ?? TEST_API_SECRET).update(w.body, "utf8").digest("base64");
  return new Request(`${TEST_APP_URL}${w.path}`, {
    method: "POST",
    body: w.body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Topic": w.topic,
      "X-Shopify-Hmac-Sha256": hmac,
      "X-Shopify-Shop-Domain": w.shop,
      "X-Shopify-API-Version": w.apiVersion ?? "2026-10",
      "X-Shopify-Webhook-Id": w.webhookId ?? randomUUID(),
      "X-Shopify-Event-Id": w.eventId ?? randomUUID(),
      "X-Shopify-Triggered-At": new Date().toISOString(),
    },
  });
}
