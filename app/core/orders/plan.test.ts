import { describe, expect, it } from "vitest";
import { addressProblem, planShopifyOrder, type VariantMatch } from "./plan";
import type { ChannelOrder, ChannelOrderLine } from "./types";

const address = { firstName: "Ada", lastName: "Lovelace", address1: "1 Main St", address2: null, city: "Austin", province: "TX", zip: "73301", countryCode: "US", phone: null };

function order(lines: Partial<ChannelOrderLine>[], over: Partial<ChannelOrder> = {}): ChannelOrder {
  return {
    channel: "tiktok",
    externalId: "576461413038785752",
    state: "open",
    channelStatus: "AWAITING_SHIPMENT",
    createdAt: "2026-11-23T10:00:00.000Z",
    currency: "USD",
    lines: lines.map((l, i) => ({ lineId: `L${i}`, itemId: null, sku: null, title: `Line ${i}`, quantity: 1, unitPrice: 1000, discount: 0, ...l })),
    shipping: { title: "Standard", amount: 500 },
    tax: 0,
    discount: 0,
    total: 1500,
    buyer: { name: "Ada Lovelace", email: "ada@example.com", phone: null },
    shippingAddress: address,
    cancelReason: null,
    refunds: [],
    ...over,
  };
}

const catalog: Record<string, VariantMatch> = {
  "100": { variantId: "gid://shopify/ProductVariant/100", sku: "LS-S", available: 4, inventoryPolicy: "DENY", tracked: true },
  "101": { variantId: "gid://shopify/ProductVariant/101", sku: "LS-M", available: 0, inventoryPolicy: "CONTINUE", tracked: true },
};
const ctx = {
  currencies: new Set(["USD", "EUR"]),
  match: (l: ChannelOrderLine) => (l.itemId && catalog[l.itemId]) || Object.values(catalog).find((v) => v.sku === l.sku) || null,
};

describe("planShopifyOrder", () => {
  it("plans one Shopify order tagged with its channel, in the buyer's currency", () => {
    const decision = planShopifyOrder(order([{ itemId: "100", quantity: 2 }, { sku: "LS-M", quantity: 3 }]), ctx);
    expect(decision.kind).toBe("create");
    if (decision.kind !== "create") return;
    expect(decision.plan).toMatchObject({ sourceName: "tiktok", sourceIdentifier: "576461413038785752", currency: "USD", tags: ["TikTok Shop", "Social Selling Hub"] });
    expect(decision.plan.lines.map((l) => [l.variantId, l.quantity, l.sku])).toEqual([
      ["gid://shopify/ProductVariant/100", 2, "LS-S"],
      ["gid://shopify/ProductVariant/101", 3, "LS-M"],
    ]);
  });

  it("holds an order whose line matches nothing, naming the line", () => {
    const decision = planShopifyOrder(order([{ itemId: "100" }, { itemId: "999", sku: "NOPE", title: "Ghost" }]), ctx);
    expect(decision).toMatchObject({ kind: "hold", reason: "unknown_sku" });
    expect(decision.kind === "hold" && decision.detail).toContain('"Ghost" (item 999, SKU NOPE)');
  });

  it("holds when a DENY variant is short, counting repeated lines of one variant together", () => {
    expect(planShopifyOrder(order([{ itemId: "100", quantity: 3 }, { sku: "LS-S", quantity: 2 }]), ctx)).toMatchObject({ kind: "hold", reason: "out_of_stock" });
    expect(planShopifyOrder(order([{ itemId: "101", quantity: 50 }]), ctx).kind).toBe("create");
  });

  it("holds a currency the shop does not sell in, and an unusable address", () => {
    expect(planShopifyOrder(order([{ itemId: "100" }], { currency: "JPY" }), ctx)).toMatchObject({ kind: "hold", reason: "currency_mismatch" });
    expect(planShopifyOrder(order([{ itemId: "100" }], { shippingAddress: { ...address, city: " " } }), ctx)).toMatchObject({ kind: "hold", reason: "invalid_address" });
    expect(planShopifyOrder(order([]), ctx)).toMatchObject({ kind: "hold", reason: "invalid_order" });
  });
});

describe("addressProblem", () => {
  it("names every missing part", () => {
    expect(addressProblem(null)).toMatch(/no shipping address/);
    expect(addressProblem({ ...address, address1: null, countryCode: "USA" })).toBe("The shipping address lacks: street, country (ISO code).");
    expect(addressProblem(address)).toBeNull();
  });
});
