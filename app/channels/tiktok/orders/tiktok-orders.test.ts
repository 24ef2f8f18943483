import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import awaiting from "../../../../tests/fixtures/channels/tiktok/order-awaiting-shipment.json";
import cancelled from "../../../../tests/fixtures/channels/tiktok/order-cancelled.json";
import onHold from "../../../../tests/fixtures/channels/tiktok/order-on-hold.json";
import cancellationPush from "../../../../tests/fixtures/channels/tiktok/push-cancellation.json";
import cancelPush from "../../../../tests/fixtures/channels/tiktok/push-order-cancel.json";
import statusPush from "../../../../tests/fixtures/channels/tiktok/push-order-status.json";
import productPush from "../../../../tests/fixtures/channels/tiktok/push-product-status.json";
import returnPush from "../../../../tests/fixtures/channels/tiktok/push-return.json";
import truncated from "../../../../tests/fixtures/channels/tiktok/push-truncated.txt?raw";
import returns from "../../../../tests/fixtures/channels/tiktok/refunds-awaiting-shipment.json";
import { normalizeTikTokOrder } from "./normalize";
import { parseTikTokPush } from "./parse-push";
import { verifyTikTokPush } from "./verify";

const secret = { appKey: "6a1b2c3d4e5f6", appSecret: "f3e2d1c0b9a8f3e2d1c0b9a8f3e2d1c0b9a8f3e2" };
const bytes = (s: string) => new TextEncoder().encode(s);
const headers = (h: Record<string, string>) => (name: string) => h[Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase()) ?? ""] ?? null;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe("verifyTikTokPush", () => {
  const body = JSON.stringify(statusPush);
  // Computed independently of the code under test: HMAC(secret, app_key + body) as TikTok documents it.
  const good = createHmac("sha256", secret.appSecret).update(`${secret.appKey}${body}`).digest("hex");

  it("accepts TikTok's signature over app key + raw body, in any header case", () => {
    expect(verifyTikTokPush(bytes(body), headers({ Authorization: good }), secret)).toBe(true);
    expect(verifyTikTokPush(bytes(body), headers({ authorization: good.toUpperCase() }), secret)).toBe(true);
  });

  it("rejects a tampered body, another key, a missing or garbled header", () => {
    expect(verifyTikTokPush(bytes(body.replace("AWAITING_SHIPMENT", "CANCEL")), headers({ Authorization: good }), secret)).toBe(false);
    expect(verifyTikTokPush(bytes(body), headers({ Authorization: good }), { ...secret, appKey: "other" })).toBe(false);
    const bodyOnly = createHmac("sha256", secret.appSecret).update(body).digest("hex");
    expect(verifyTikTokPush(bytes(body), headers({ Authorization: bodyOnly }), secret)).toBe(false);
    expect(verifyTikTokPush(bytes(body), headers({}), secret)).toBe(false);
    expect(verifyTikTokPush(bytes(body), headers({ Authorization: good.slice(0, 40) }), secret)).toBe(false);
    expect(verifyTikTokPush(bytes(body), headers({ Authorization: `sha256=${good}` }), secret)).toBe(false);
    expect(verifyTikTokPush(bytes(body), headers({ Authorization: "z".repeat(64) }), secret)).toBe(false);
  });
});

describe("parseTikTokPush", () => {
  it("reads an order status change, keyed by tts_notification_id", () => {
    expect(ok(parseTikTokPush(JSON.stringify(statusPush)))).toEqual({
      kind: "order",
      eventId: "7327112393057371910",
      externalShopId: "7494049642642441621",
      orderId: "576461413038785752",
      topic: "ORDER_STATUS_CHANGE",
      hint: "AWAITING_SHIPMENT",
    });
  });

  it("says CANCELLED where the webhook says CANCEL", () => {
    expect(ok(parseTikTokPush(JSON.stringify(cancelPush)))).toMatchObject({ kind: "order", hint: "CANCELLED" });
  });

  it("reads cancellation and return changes as order events", () => {
    expect(ok(parseTikTokPush(JSON.stringify(cancellationPush)))).toMatchObject({
      kind: "order",
      topic: "CANCELLATION_STATUS_CHANGE",
      orderId: "576470032881012773",
      hint: "CANCELLATION_REQUEST_COMPLETE",
    });
    expect(ok(parseTikTokPush(JSON.stringify(returnPush)))).toMatchObject({
      kind: "order",
      topic: "RETURN_STATUS_CHANGE",
      orderId: "576461413038785752",
      hint: "RETURN_OR_REFUND_REQUEST_COMPLETE",
    });
  });

  it("answers unsupported for other valid events", () => {
    expect(ok(parseTikTokPush(JSON.stringify(productPush)))).toEqual({
      kind: "unsupported",
      eventId: "7327112393057374455",
      externalShopId: "7494049642642441621",
      topic: "PRODUCT_STATUS_CHANGE",
    });
  });

  it("rejects malformed bodies with what is wrong, never throwing", () => {
    const cases: [string, RegExp][] = [
      [truncated, /not valid JSON/],
      ["", /not valid JSON/],
      ["[1,2]", /not a JSON object/],
      [JSON.stringify({ ...statusPush, tts_notification_id: undefined }), /tts_notification_id/],
      [JSON.stringify(statusPush).replace(`"shop_id":"7494049642642441621"`, `"shop_id":7494049642642441621`), /shop_id/],
      [JSON.stringify({ ...statusPush, type: "1" }), /integer type/],
      [JSON.stringify({ ...statusPush, data: { order_status: "CANCEL" } }), /data\.order_id/],
      [JSON.stringify({ ...statusPush, data: "x" }), /no data object/],
      [JSON.stringify({ ...statusPush, data: { order_id: "1", order_status: 5 } }), /order_status is not a string/],
    ];
    for (const [raw, message] of cases) {
      const result = parseTikTokPush(raw);
      expect(result.ok, raw).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });
});

describe("normalizeTikTokOrder", () => {
  it("groups one-unit line items into lines with quantities and keeps the merchant's view of money", () => {
    const order = ok(normalizeTikTokOrder(awaiting, []));
    expect(order).toMatchObject({ channel: "tiktok", externalId: "576461413038785752", state: "open", channelStatus: "AWAITING_SHIPMENT", currency: "USD" });
    expect(order.createdAt).toBe("2025-11-20T14:03:11.000Z");
    expect(order.lines).toEqual([
      { lineId: "576461413038851288", itemId: "45210987654321", sku: "TEE-BLK-M", title: "Organic Cotton Tee - Black, M", quantity: 2, unitPrice: 2400, discount: 480 },
      { lineId: "576461413038982360", itemId: "45210987650002", sku: "CAP-NVY", title: "Canvas Cap - Navy", quantity: 1, unitPrice: 1850, discount: 0 },
    ]);
    // Seller discounts (4.80) are discounts; TikTok's platform discount (3.20) and shipping subsidy (2.00) are paid to the seller.
    expect(order.shipping).toEqual({ title: "USPS", amount: 599 });
    expect(order.tax).toBe(500);
    expect(order.discount).toBe(0);
    expect(order.total).toBe(6749 + 320 + 200);
    expect(order.shippingAddress).toEqual({
      firstName: "Jamie",
      lastName: "Rivera",
      address1: "2100 Guadalupe St",
      address2: "Apt 4B",
      city: "Austin",
      province: "Texas",
      zip: "78705",
      countryCode: "US",
      phone: "(+1)512*****87",
    });
    expect(order.buyer).toEqual({ name: "Jamie Rivera", email: "v2_0aB3xK9qPm@scs.tiktokw.us", phone: "(+1)512*****87" });
    expect(order.cancelReason).toBeNull();
  });

  it("counts only completed refunds, mapped back to the grouped line", () => {
    const order = ok(normalizeTikTokOrder(awaiting, returns));
    expect(order.refunds).toEqual([
      {
        id: "4035318504086491234",
        amount: 2160,
        lines: [{ lineId: "576461413038851288", itemId: "45210987654321", sku: "TEE-BLK-M", quantity: 1 }],
        reason: "Wrong size",
      },
    ]);
  });

  it("marks ON_HOLD orders on_hold and reads GBP money and UK addresses", () => {
    const order = ok(normalizeTikTokOrder(onHold, []));
    expect(order.state).toBe("on_hold");
    expect(order.currency).toBe("GBP");
    expect(order.lines).toMatchObject([{ quantity: 1, unitPrice: 3990, discount: 399 }]);
    expect(order.total).toBe(3890);
    expect(order.shippingAddress).toMatchObject({ firstName: "Priya", lastName: "Shah", city: "Manchester", province: null, countryCode: "GB" });
    expect(order.shipping.title).toBe("Standard delivery");
  });

  it("reads a cancelled order with its reason and keeps its cancelled units", () => {
    const order = ok(normalizeTikTokOrder(cancelled, []));
    expect(order).toMatchObject({ state: "cancelled", cancelReason: "No longer needed", total: 2003, tax: 153 });
    expect(order.lines).toHaveLength(1);
    expect(order.shippingAddress?.countryCode).toBe("US");
  });

  it("leaves out units cancelled inside a live order", () => {
    const partial = clone(awaiting);
    partial.line_items[2].display_status = "CANCELLED";
    const order = ok(normalizeTikTokOrder(partial, []));
    expect(order.lines.map((l) => l.sku)).toEqual(["TEE-BLK-M"]);
  });

  it("maps every order status", () => {
    const states: Record<string, string> = {
      UNPAID: "pending",
      ON_HOLD: "on_hold",
      AWAITING_SHIPMENT: "open",
      PARTIALLY_SHIPPING: "open",
      AWAITING_COLLECTION: "open",
      IN_TRANSIT: "open",
      DELIVERED: "completed",
      COMPLETED: "completed",
      CANCELLED: "cancelled",
    };
    for (const [status, state] of Object.entries(states)) expect(ok(normalizeTikTokOrder({ ...awaiting, status }, [])).state).toBe(state);
  });

  it("tolerates missing optional fields", () => {
    const bare = {
      id: "1",
      status: "AWAITING_SHIPMENT",
      payment: { currency: "jpy" },
      line_items: [{ id: "11", sale_price: "1200" }],
    };
    const order = ok(normalizeTikTokOrder(bare, []));
    expect(order).toMatchObject({ currency: "JPY", total: 1200, tax: 0, createdAt: null, shippingAddress: null, buyer: { name: null, email: null, phone: null } });
    expect(order.lines[0]).toMatchObject({ lineId: "11", itemId: null, sku: null, title: "TikTok Shop item", quantity: 1, unitPrice: 1200 });
  });

  it("rejects orders it cannot import, saying why", () => {
    const broken: [unknown, RegExp][] = [
      [null, /not an object/],
      [{ ...awaiting, id: "" }, /no id/],
      [{ ...awaiting, status: "SHIPPED" }, /unknown status/],
      [{ ...awaiting, payment: { ...awaiting.payment, currency: "US$" } }, /ISO 4217/],
      [{ ...awaiting, line_items: [] }, /no line_items/],
      [{ ...awaiting, line_items: [{ ...awaiting.line_items[0], original_price: "", sale_price: undefined }] }, /no price/],
      [{ ...awaiting, line_items: [{ ...awaiting.line_items[0], original_price: "12,00" }] }, /not a decimal amount/],
      [{ ...awaiting, line_items: [{ ...awaiting.line_items[0], currency: "EUR" }] }, /in EUR/],
      [{ ...awaiting, payment: { ...awaiting.payment, seller_discount: "-1.00" } }, /negative/],
    ];
    for (const [raw, message] of broken) {
      const result = normalizeTikTokOrder(raw, []);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    const foreign = clone(returns);
    foreign[0].refund_amount.currency = "EUR";
    expect(normalizeTikTokOrder(awaiting, foreign)).toMatchObject({ ok: false, message: expect.stringMatching(/refunded in EUR/) });
  });
});
