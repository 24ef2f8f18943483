// The sample order events file (scripts/demo/sample-orders.jsonl), built from the channels' own
// shapes (tests/support/channel-orders.ts). Its orders name items of the demo's generated catalog
// by feed item id (the variant's numeric Shopify id; the generated catalog's first products are the
// same for any --products ≥ 2 with the default seed) or by SKU, in the shop's currency (EUR).
//
//   npx tsx scripts/demo/sample-orders.ts > scripts/demo/sample-orders.jsonl
//
// What the demo makes of it (README "Demo"): 17 received, 2 duplicates, 7 Shopify orders (2 of
// them cancelled, 2 refunded), 1 held for an unknown SKU, 1 rejected as malformed, 1 for its
// signature.

import { pathToFileURL } from "node:url";
import { metaOrder, tiktokOrder, tiktokReturn, tiktokReturnPush, tiktokStatusPush, type OrderSpec } from "../../tests/support/channel-orders";
import { TIKTOK } from "../../tests/support/order-stack";

type Json = Record<string, unknown>;
const CURRENCY = "EUR";
const BERLIN = { name: "Lena Vogel", line1: "Torstraße 125", city: "Berlin", zip: "10119", region: "DE", state: "Berlin" };

/** A TikTok order detail; `status` as the order API spells it. */
const tiktok = (id: string, lines: OrderSpec["lines"], status = "AWAITING_SHIPMENT") => tiktokOrder({ id, currency: CURRENCY, lines, status, address: BERLIN, shipping: "4.90" });
/** A Meta commerce order without last_updated: Meta stamps it when the order changes (the fake does too). */
function meta(id: string, lines: OrderSpec["lines"], extra: Json = {}): Json {
  const { last_updated: _, ...order } = metaOrder({ id, currency: CURRENCY, lines, shipping: "4.90" });
  return { ...order, ...extra };
}
const status = (orderId: string, orderStatus: string, eventId: string) => tiktokStatusPush(TIKTOK.shopId, orderId, orderStatus, eventId);

export function sampleOrderLines(): Json[] {
  // TikTok Shop: the order is put on the fake, then TikTok pushes a signed ORDER_STATUS_CHANGE.
  const t1 = tiktok("577010000000000001", [
    { itemId: "45000000000001", sku: "XXX-00001-1", title: "Minimal Oak Joggers - XS", quantity: 2, price: "125.99" },
    { itemId: "1729500000000000005", sku: "XXX-00002-1", title: "Item by SKU only", quantity: 1, price: "262.99" }, // a TikTok-side id: matched by its SKU
  ]);
  const t2 = (s: string) => tiktok("577010000000000002", [{ itemId: "45000000000003", sku: "XXX-00001-3", quantity: 1, price: "129.99" }], s);
  const t3 = tiktok("577010000000000003", [{ itemId: "45000000000006", sku: "XXX-00002-2", quantity: 1, price: "264.99" }]);
  const t4 = tiktok("577010000000000004", [{ itemId: "45000000000007", sku: "XXX-00002-3", quantity: 2, price: "266.99" }]);
  const t5 = tiktok("577010000000000005", [{ itemId: "1729599999999999999", sku: "NO-SUCH-SKU", title: "Mystery item", quantity: 1, price: "19.99" }]);
  const t4Refund = tiktokReturn("577010000000000004", "4035318504086400001", CURRENCY, "266.99", [(t4.line_items as { id: string }[])[0].id]);

  // Meta: the order is put on the Graph fake; the app's pull brings it in.
  const m1 = meta("1029384756100001", [{ itemId: "45000000000009", quantity: 1, price: "264.99" }]);
  const m2Lines = [{ itemId: "45000000000010", quantity: 1, price: "266.99" }];
  const m3Lines = [{ itemId: "45000000000012", quantity: 2, price: "264.99" }];
  const m2Cancelled = meta("1029384756100002", m2Lines, {
    order_status: { state: "IN_PROGRESS" },
    cancellations: { data: [{ id: "5312600000000001", cancel_reason: { reason_code: "CUSTOMER_REQUESTED", reason_description: "Ordered the wrong colour" }, request_refund: true }] },
  });
  const m3Refunded = meta("1029384756100003", m3Lines, {
    order_status: { state: "IN_PROGRESS" },
    refunds: {
      data: [{ id: "6421300000000001", refund_amount: { amount: "264.99", currency: CURRENCY }, reason_code: "BUYERS_REMORSE", items: { data: [{ item_id: "10293847561000030", retailer_id: "45000000000012", item_refund_quantity: 1 }] } }],
    },
  });

  return [
    { channel: "tiktok", order: t1 },
    { channel: "tiktok", body: status("577010000000000001", "AWAITING_SHIPMENT", "7327100000000000001") },
    { channel: "tiktok", body: status("577010000000000001", "AWAITING_SHIPMENT", "7327100000000000001") }, // redelivered: a duplicate
    { channel: "tiktok", order: t2("ON_HOLD") },
    { channel: "tiktok", body: status("577010000000000002", "ON_HOLD", "7327100000000000002") },
    { channel: "tiktok", order: t3 },
    { channel: "tiktok", body: status("577010000000000003", "AWAITING_SHIPMENT", "7327100000000000003") },
    { channel: "tiktok", order: t4 },
    { channel: "tiktok", body: status("577010000000000004", "AWAITING_SHIPMENT", "7327100000000000004") },
    { channel: "tiktok", order: t5 },
    { channel: "tiktok", body: status("577010000000000005", "AWAITING_SHIPMENT", "7327100000000000005") },
    // As in some published examples: not valid JSON, delivered as these bytes.
    { channel: "tiktok", body: '{"type":1,"tts_notification_id":"7327100000000000006","shop_id":"7494560109732006238","data":{"order_id":"577010000000000001",}' },
    { channel: "tiktok", body: status("577010000000000001", "AWAITING_COLLECTION", "7327100000000000007"), signature: "invalid" },
    { channel: "meta", order: m1 },
    { channel: "meta", order: meta("1029384756100002", m2Lines) },
    { channel: "meta", order: meta("1029384756100003", m3Lines) },
    // The hold window ends: TikTok releases the order.
    { channel: "tiktok", order: t2("AWAITING_SHIPMENT") },
    { channel: "tiktok", body: status("577010000000000002", "AWAITING_SHIPMENT", "7327100000000000008") },
    { channel: "tiktok", order: { ...t3, status: "CANCELLED", cancel_reason: "Buyer changed mind" } },
    { channel: "tiktok", body: status("577010000000000003", "CANCEL", "7327100000000000009") },
    { channel: "tiktok", return: t4Refund },
    { channel: "tiktok", body: tiktokReturnPush(TIKTOK.shopId, "577010000000000004", "4035318504086400001", "7327100000000000010") },
    { channel: "meta", order: m2Cancelled },
    { channel: "meta", order: m3Refunded },
    { channel: "meta", order: m1 }, // unchanged on Meta: the pull finds nothing new
  ];
}

export const sampleOrdersJsonl = () => sampleOrderLines().map((line) => JSON.stringify(line)).join("\n") + "\n";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.stdout.write(sampleOrdersJsonl());
