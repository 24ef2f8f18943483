import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import cancelled from "../../../../tests/fixtures/channels/meta/order-cancelled.json";
import completed from "../../../../tests/fixtures/channels/meta/order-completed-refund.json";
import created from "../../../../tests/fixtures/channels/meta/order-created.json";
import processing from "../../../../tests/fixtures/channels/meta/order-fb-processing.json";
import refunds from "../../../../tests/fixtures/channels/meta/refunds-completed-refund.json";
import { normalizeMetaOrder } from "./normalize";
import { verifyMetaPush } from "./verify";

const secret = { appKey: "1234567890123456", appSecret: "0d1f2e3c4b5a69788796a5b4c3d2e1f0" };
const header = (value: string | null) => (name: string) => (name.toLowerCase() === "x-hub-signature-256" ? value : null);

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe("verifyMetaPush", () => {
  const body = JSON.stringify({ object: "page", entry: [{ id: "1", time: 1763647391, changes: [] }] });
  const raw = new TextEncoder().encode(body);
  const good = `sha256=${createHmac("sha256", secret.appSecret).update(body).digest("hex")}`;

  it("accepts X-Hub-Signature-256 over the raw body", () => {
    expect(verifyMetaPush(raw, header(good), secret)).toBe(true);
  });

  it("rejects a tampered body, another secret, a missing or garbled header", () => {
    expect(verifyMetaPush(new TextEncoder().encode(body.replace("page", "user")), header(good), secret)).toBe(false);
    expect(verifyMetaPush(raw, header(good), { ...secret, appSecret: "other" })).toBe(false);
    expect(verifyMetaPush(raw, header(null), secret)).toBe(false);
    expect(verifyMetaPush(raw, header(good.slice("sha256=".length)), secret)).toBe(false);
    expect(verifyMetaPush(raw, header(`sha1=${good.slice(7)}`), secret)).toBe(false);
    expect(verifyMetaPush(raw, header(good.slice(0, 30)), secret)).toBe(false);
  });
});

describe("normalizeMetaOrder", () => {
  it("reads a CREATED order as open, with items, shipping, tax and address", () => {
    const order = ok(normalizeMetaOrder(created, []));
    expect(order).toMatchObject({ channel: "meta", externalId: "10229876543210987", state: "open", channelStatus: "CREATED", currency: "USD" });
    expect(order.createdAt).toBe("2025-11-20T14:03:11+00:00");
    expect(order.lines).toEqual([
      { lineId: "1072036541280155", itemId: "45210987654321", sku: null, title: "Organic Cotton Tee - Black, M", quantity: 2, unitPrice: 2400, discount: 0 },
      { lineId: "1072036541280156", itemId: "45210987650002", sku: null, title: "Canvas Cap - Navy", quantity: 1, unitPrice: 1850, discount: 0 },
    ]);
    expect(order.shipping).toEqual({ title: "Standard", amount: 599 });
    expect(order.tax).toBe(580);
    expect(order.total).toBe(7829);
    expect(order.buyer).toEqual({ name: "Morgan Lee", email: "morgan.lee.4711@example.com", phone: null });
    expect(order.shippingAddress).toEqual({
      firstName: "Morgan",
      lastName: "Lee",
      address1: "77 Massachusetts Ave",
      address2: "Room 3-101",
      city: "Cambridge",
      province: "MA",
      zip: "02139",
      countryCode: "US",
      phone: null,
    });
    expect(order.refunds).toEqual([]);
  });

  it("reads FB_PROCESSING as pending, with amounts as plain strings", () => {
    const order = ok(normalizeMetaOrder(processing, []));
    expect(order).toMatchObject({ state: "pending", currency: "USD", total: 4900, tax: 0, shipping: { title: "Free shipping", amount: 0 } });
  });

  it("falls back to item and shipping taxes when the payment details have none", () => {
    const order = ok(normalizeMetaOrder({ ...created, estimated_payment_details: undefined }, []));
    expect(order.tax).toBe(384 + 148 + 48);
  });

  it("reads any cancellation as cancelled, with its reason", () => {
    const order = ok(normalizeMetaOrder(cancelled, []));
    expect(order).toMatchObject({ state: "cancelled", channelStatus: "IN_PROGRESS", cancelReason: "Buyer asked to cancel", total: 6533 });
    expect(order.lines[0]).toMatchObject({ quantity: 3, unitPrice: 1850 });
  });

  it("subtracts merchant promotions only and reads refunds from the edge, or from the argument first", () => {
    const order = ok(normalizeMetaOrder(completed, []));
    expect(order).toMatchObject({ state: "completed", currency: "EUR", discount: 500, shipping: { title: "DHL Paket", amount: 490 } });
    expect(order.total).toBe(4590 + 200); // buyer paid 45.90; Meta funds the 2.00 promotion
    expect(order.refunds).toEqual([
      { id: "887766554433221", amount: 2150, lines: [{ lineId: "1072036541270001", itemId: "45210987654321", sku: null, quantity: 1 }], reason: "Too small" },
    ]);
    const fromArgument = ok(normalizeMetaOrder(completed, refunds));
    expect(fromArgument.refunds.map((r) => [r.id, r.amount, r.lines.length])).toEqual([
      ["887766554433221", 2150, 1],
      ["887766554433299", 490, 0],
    ]);
  });

  it("rejects orders it cannot import, saying why", () => {
    const item = created.items.data[0];
    const broken: [unknown, RegExp][] = [
      ["x", /not an object/],
      [{ ...created, id: undefined }, /no id/],
      [{ ...created, order_status: { state: "SHIPPED" } }, /unknown order_status/],
      [{ ...created, items: { data: [] } }, /no items/],
      [{ ...created, items: { data: [{ ...item, quantity: 0 }] } }, /positive integer quantity/],
      [{ ...created, items: { data: [{ ...item, price_per_unit: undefined }] } }, /no ISO 4217 currency|no price_per_unit/],
      [{ ...created, items: { data: [{ ...item, price_per_unit: { amount: "1.2.3", currency: "USD" } }] } }, /not a non-negative decimal/],
      [{ ...created, selected_shipping_option: { price: { amount: "5.99", currency: "CAD" } } }, /in CAD/],
      [{ ...created, refunds: { data: [{ id: "r1" }] } }, /no refund_amount/],
    ];
    for (const [raw, message] of broken) {
      const result = normalizeMetaOrder(raw, []);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });
});
