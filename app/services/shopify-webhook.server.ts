import type { PrismaClient } from "@prisma/client";
import { storeInboundEvent } from "~/persistence/inbox.server";
import { acknowledge, MAX_WEBHOOK_BYTES, plainText as text, readAtMost } from "./http-body.server";

// Intake of Shopify webhooks: verify (through the library, on the raw body), store under a unique
// key, answer. No work happens here: the inbox worker does it, so the answer stays well inside
// Shopify's 5 s and a crash after the 200 loses nothing.


export interface VerifiedWebhook {
  shop: string;
  topic: string;
  webhookId: string;
  eventId?: string;
  apiVersion: string;
  triggeredAt?: string;
}

export type Authenticate = (request: Request) => Promise<VerifiedWebhook>;

export interface IntakeDeps {
  db: PrismaClient;
  authenticate: Authenticate;
  /** Called with the stored event's id (the worker is woken for it); not for a redelivery. */
  onStored?: (id: number) => void;
}


export async function receiveShopifyWebhook(
  request: Request,
  allowedTopics: readonly string[],
  deps: IntakeDeps,
): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_WEBHOOK_BYTES) return text(413, "Payload too large");
  const bytes = await readAtMost(request.clone(), MAX_WEBHOOK_BYTES);
  if (!bytes) return text(413, "Payload too large");
  const raw = new TextDecoder().decode(bytes);

  let verified: VerifiedWebhook;
  try {
    verified = await deps.authenticate(request);
  } catch (thrown) {
    if (thrown instanceof Response) {
      // 401 for a bad HMAC, 400 for missing headers, 405 for a non-POST: as the library decides.
      const reason = thrown.status === 401 ? "Invalid webhook signature" : "Invalid webhook request";
      return text(thrown.status, reason);
    }
    if (thrown instanceof SyntaxError) return text(400, "Webhook body is not valid JSON");
    throw thrown;
  }

  // The library reports the topic as an enum-like name (PRODUCTS_UPDATE); keep Shopify's own
  // form ("products/update") from the header, which the HMAC check has just vouched for.
  const topic = (request.headers.get("x-shopify-topic") ?? verified.topic).toLowerCase();
  if (!allowedTopics.includes(topic)) return text(400, `Topic ${topic} is not handled at this address`);

  const stored = await storeInboundEvent(deps.db, {
    source: "shopify",
    eventKey: verified.eventId || verified.webhookId,
    shop: verified.shop,
    topic,
    webhookId: verified.webhookId,
    apiVersion: verified.apiVersion,
    triggeredAt: verified.triggeredAt ? new Date(verified.triggeredAt) : null,
    payload: raw,
  });
  return acknowledge(stored, deps.onStored);
}
