import { describe, expect, it } from "vitest";
import type { ShopifyOrderPlan } from "~/core/orders/plan-types";
import { cancelReason, mailingAddress, orderCreateVariables, refundCreateVariables, refundLineItems, sourceIdentifierQuery, taxRate } from "./order-input";

const plan: ShopifyOrderPlan = {
  sourceName: "tiktok",
  sourceIdentifier: "576461413038785752",
  currency: "EUR",
  lines: [
    { variantId: "gid://shopify/ProductVariant/1", quantity: 2, unitPrice: 1990, discount: 300, title: "Mug", sku: "MUG-1" },
    { variantId: "gid://shopify/ProductVariant/2", quantity: 1, unitPrice: 500, discount: 0, title: "Cap", sku: null },
  ],
  shipping: { title: "Standard", amount: 450 },
  tax: 0,
  discount: 200,
  total: 4430,
  email: "buyer@example.com",
  phone: null,
  shippingAddress: null,
  tags: ["tiktok"],
  note: "TikTok Shop order 576461413038785752",
  processedAt: "2026-11-20T10:00:00Z",
};

describe("orderCreateVariables", () => {
  it("sends decimal strings in the plan currency, one paid SALE of the total, obeying stock policy", () => {
    const v = orderCreateVariables(plan);
    expect(v.options).toEqual({ inventoryBehaviour: "DECREMENT_OBEYING_POLICY", sendReceipt: false, sendFulfillmentReceipt: false });
    const o = v.order;
    expect(o).toMatchObject({ currency: "EUR", presentmentCurrency: "EUR", sourceName: "tiktok", sourceIdentifier: "576461413038785752", financialStatus: "PAID" });
    expect(o.lineItems?.[0]).toEqual({
      variantId: "gid://shopify/ProductVariant/1",
      quantity: 2,
      priceSet: { shopMoney: { amount: "19.90", currencyCode: "EUR" }, presentmentMoney: { amount: "19.90", currencyCode: "EUR" } },
    });
    expect(o.transactions).toEqual([expect.objectContaining({ kind: "SALE", status: "SUCCESS", gateway: "tiktok", amountSet: expect.objectContaining({ shopMoney: { amount: "44.30", currencyCode: "EUR" } }) })]);
    expect(o.shippingLines?.[0]).toMatchObject({ title: "Standard", priceSet: { shopMoney: { amount: "4.50", currencyCode: "EUR" } } });
    expect(o.taxLines).toBeUndefined();
    expect(o.email).toBe("buyer@example.com");
    expect("phone" in o).toBe(false);
  });

  it("folds line discounts into the order's fixed discount code (orderCreate has no line discount)", () => {
    expect(orderCreateVariables(plan).order.discountCode).toEqual({
      itemFixedDiscountCode: { code: "TIKTOK_DISCOUNT", amountSet: expect.objectContaining({ shopMoney: { amount: "5.00", currencyCode: "EUR" } }) },
    });
    const none = orderCreateVariables({ ...plan, discount: 0, lines: plan.lines.map((l) => ({ ...l, discount: 0 })) });
    expect(none.order.discountCode).toBeUndefined();
  });

  it("keeps zero-decimal currencies whole and adds a tax line with its rate", () => {
    const jpy = orderCreateVariables({ ...plan, currency: "JPY", lines: [{ ...plan.lines[1], unitPrice: 1200, discount: 0 }], discount: 0, tax: 120, total: 1320 });
    expect(jpy.order.lineItems?.[0].priceSet?.shopMoney.amount).toBe("1200");
    expect(jpy.order.taxLines).toEqual([{ title: "Tax", rate: "0.1000", priceSet: expect.objectContaining({ shopMoney: { amount: "120", currencyCode: "JPY" } }) }]);
  });

  it("maps the address, province names and codes apart", () => {
    const a = { firstName: "Ana", lastName: "Li", address1: "1 Main St", address2: null, city: "Austin", province: "TX", zip: "73301", countryCode: "US", phone: null };
    expect(mailingAddress(a)).toMatchObject({ provinceCode: "TX", countryCode: "US", city: "Austin" });
    expect(mailingAddress({ ...a, province: "Bavaria" })).toMatchObject({ province: "Bavaria" });
    expect(orderCreateVariables({ ...plan, shippingAddress: a }).order.shippingAddress).toMatchObject({ firstName: "Ana", zip: "73301" });
  });
});

describe("helpers", () => {
  it("quotes and escapes the source identifier for the orders search", () => {
    expect(sourceIdentifierQuery("576461413038785752")).toBe("source_identifier:'576461413038785752'");
    expect(sourceIdentifierQuery(`it's \\ odd`)).toBe(`source_identifier:'it\\'s \\\\ odd'`);
  });

  it("maps free-text cancel reasons to OrderCancelReason", () => {
    expect(cancelReason("Buyer changed mind")).toBe("CUSTOMER");
    expect(cancelReason("OUT_OF_STOCK")).toBe("INVENTORY");
    expect(cancelReason("Suspected fraud")).toBe("FRAUD");
    expect(cancelReason("payment declined")).toBe("DECLINED");
    expect(cancelReason("Seller cancelled")).toBe("STAFF");
    expect(cancelReason("")).toBe("OTHER");
  });

  it("computes a tax rate from integers", () => {
    expect(taxRate(200, 1000)).toBe("0.2000");
    expect(taxRate(1, 3)).toBe("0.3333");
    expect(taxRate(0, 1000)).toBe("0");
  });

  it("splits refund lines into CANCEL (unfulfilled units) and RETURN (shipped units)", () => {
    const unfulfilled = new Map([["L1", 1], ["L2", 0]]);
    expect(refundLineItems([{ lineItemId: "L1", quantity: 3 }, { lineItemId: "L2", quantity: 1 }], unfulfilled)).toEqual([
      { lineItemId: "L1", quantity: 1, restockType: "CANCEL" },
      { lineItemId: "L1", quantity: 2, restockType: "RETURN" },
      { lineItemId: "L2", quantity: 1, restockType: "RETURN" },
    ]);
  });

  it("refunds with the idempotency key and a REFUND child of the sale", () => {
    const v = refundCreateVariables(
      { orderId: "gid://shopify/Order/9", idempotencyKey: "k-1", currency: "EUR", amount: 1990, lines: [{ lineItemId: "L1", quantity: 1 }], note: "TikTok return R1" },
      { id: "gid://shopify/OrderTransaction/5", gateway: "tiktok" },
      new Map([["L1", 1]]),
    );
    expect(v.key).toBe("k-1");
    expect(v.input.transactions).toEqual([{ orderId: "gid://shopify/Order/9", amount: "19.90", gateway: "tiktok", kind: "REFUND", parentId: "gid://shopify/OrderTransaction/5" }]);
    expect(v.input.refundLineItems).toEqual([{ lineItemId: "L1", quantity: 1, restockType: "CANCEL" }]);
  });
});
