// TikTok Shop webhook bodies → ParsedPush. The body is `{type, tts_notification_id, shop_id,
// timestamp, data}`; the order-related types name an order in `data.order_id`. Every other valid
// event is "unsupported" (stored and acknowledged, nothing to do). Never throws: a body that is not
// JSON or not the event shape is `{ok: false}` with what is wrong.

import type { Parsed, ParsedPush } from "../../../core/orders/types";

/** TikTok Shop webhook event types (Partner Center → Webhooks). */
export const TIKTOK_EVENT_TYPES: Readonly<Record<number, string>> = {
  1: "ORDER_STATUS_CHANGE",
  2: "REVERSE_ORDER_STATUS_CHANGE",
  3: "RECIPIENT_ADDRESS_UPDATE",
  4: "PACKAGE_UPDATE",
  5: "PRODUCT_STATUS_CHANGE",
  6: "SELLER_DEAUTHORIZATION",
  7: "UPCOMING_AUTHORIZATION_EXPIRATION",
  11: "CANCELLATION_STATUS_CHANGE",
  12: "RETURN_STATUS_CHANGE",
  13: "NEW_CONVERSATION",
  14: "NEW_MESSAGE",
  15: "PRODUCT_INFORMATION_CHANGE",
  16: "PRODUCT_CREATION",
  17: "PRODUCT_CATEGORY_CHANGE",
};

/** The order-related types and the `data` field that says where the order now stands. */
const ORDER_EVENTS: Readonly<Record<number, string>> = {
  1: "order_status",
  11: "cancel_status",
  12: "return_status",
};

/** The webhook spells the order API's CANCELLED as CANCEL. */
const WEBHOOK_STATUS: Readonly<Record<string, string>> = { CANCEL: "CANCELLED" };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const fail = (message: string): Parsed<ParsedPush> => ({ ok: false, message });

export function parseTikTokPush(raw: string): Parsed<ParsedPush> {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    return fail(`TikTok Shop push is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(body)) return fail("TikTok Shop push is not a JSON object");
  const { type, tts_notification_id: eventId, shop_id: shopId, data } = body;
  if (!nonEmpty(eventId)) return fail("TikTok Shop push has no tts_notification_id (a non-empty string)");
  // Shop ids are 64-bit: a JSON number may already have lost digits, so only strings are accepted.
  if (!nonEmpty(shopId)) return fail("TikTok Shop push has no shop_id (a non-empty string)");
  if (typeof type !== "number" || !Number.isInteger(type)) return fail("TikTok Shop push has no integer type");
  if (body.timestamp !== undefined && typeof body.timestamp !== "number") return fail("TikTok Shop push timestamp is not a number");
  const topic = TIKTOK_EVENT_TYPES[type] ?? `TYPE_${type}`;
  const statusField = ORDER_EVENTS[type];
  if (statusField === undefined) return { ok: true, value: { kind: "unsupported", eventId, externalShopId: shopId, topic } };

  if (!isRecord(data)) return fail(`TikTok Shop ${topic} push has no data object`);
  if (!nonEmpty(data.order_id)) return fail(`TikTok Shop ${topic} push has no data.order_id (a non-empty string)`);
  const status = data[statusField];
  if (status !== undefined && status !== null && typeof status !== "string") return fail(`TikTok Shop ${topic} push data.${statusField} is not a string`);
  let hint = nonEmpty(status) ? (WEBHOOK_STATUS[status] ?? status) : null;
  if (hint === null && type === 1 && data.is_on_hold_order === true) hint = "ON_HOLD";
  return { ok: true, value: { kind: "order", eventId, externalShopId: shopId, orderId: data.order_id, topic, hint } };
}
