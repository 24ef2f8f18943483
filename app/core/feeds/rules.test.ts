import { describe, expect, it } from "vitest";
import type { FeedVariant } from "~/channels/channel-adapter";
import { applyRules, DEFAULT_RULES, parseRules, renderTemplate, type FeedRules } from "./rules";

function variant(over: { status?: string; tags?: string[]; vendor?: string; quantity?: number; policy?: string; collections?: string[] } = {}): FeedVariant {
  return {
    shop: { domain: "s.myshopify.com", name: "S", storefrontUrl: "https://s.example" },
    market: { handle: "eu", countries: ["DE"], currency: "EUR", language: "en" },
    product: {
      id: "gid://shopify/Product/1", handle: "shirt", title: "Linen Shirt", descriptionHtml: "<p>Soft</p>", vendor: over.vendor ?? "Acme",
      productType: "Shirts", tags: over.tags ?? ["summer"], status: over.status ?? "ACTIVE", onlineStoreUrl: null, category: null,
      seoTitle: null, seoDescription: null, options: [{ name: "Size", values: ["S"] }], images: [],
      collections: (over.collections ?? ["Summer Sale"]).map((title, i) => ({ id: `gid://shopify/Collection/${i}`, handle: title.toLowerCase().replace(/\s+/g, "-"), title })),
      translations: {}, attributes: {},
    },
    variant: {
      id: "gid://shopify/ProductVariant/10", title: "S", sku: "LS-S", barcode: null, price: { amount: 2900, currency: "EUR" }, compareAtPrice: null,
      quantity: over.quantity ?? 3, inventoryPolicy: over.policy ?? "DENY", tracked: true, selectedOptions: [{ name: "Size", value: "S" }], imageUrl: null, weight: null,
    },
    googleCategory: null,
    customLabels: [],
    utm: { source: "meta", medium: "product_feed", campaign: "x" },
  };
}

const rules = (over: Partial<FeedRules>): FeedRules => ({ ...DEFAULT_RULES, ...over });

describe("feed rules", () => {
  it("publishes active products only by default", () => {
    expect(applyRules(variant(), DEFAULT_RULES).variant).toBeDefined();
    expect(applyRules(variant({ status: "DRAFT" }), DEFAULT_RULES).excludedBy).toBe("excluded_status");
  });

  it("includes and excludes by collection (handle or title), tag, vendor and product type", () => {
    expect(applyRules(variant(), rules({ include: [{ field: "collection", value: "summer-sale" }] })).variant).toBeDefined();
    expect(applyRules(variant(), rules({ include: [{ field: "collection", value: "Winter" }] })).excludedBy).toBe("not_included");
    expect(applyRules(variant(), rules({ exclude: [{ field: "tag", value: "SUMMER" }] })).excludedBy).toBe("excluded_tag");
    expect(applyRules(variant(), rules({ exclude: [{ field: "vendor", value: "acme" }] })).excludedBy).toBe("excluded_vendor");
    expect(applyRules(variant(), rules({ exclude: [{ field: "productType", value: "Shirts" }] })).excludedBy).toBe("excluded_product_type");
  });

  it("leaves out what cannot be sold when asked, but not what continues selling", () => {
    const r = rules({ excludeOutOfStock: true });
    expect(applyRules(variant({ quantity: 0 }), r).excludedBy).toBe("excluded_out_of_stock");
    expect(applyRules(variant({ quantity: 0, policy: "CONTINUE" }), r).variant).toBeDefined();
  });

  it("applies a title template, custom labels and per-product overrides", () => {
    const v = variant();
    expect(renderTemplate("{title} | {vendor} | {option:size}", v)).toBe("Linen Shirt | Acme | S");
    expect(renderTemplate("{title} - {product_type} - {collection}", { ...v, product: { ...v.product, collections: [] } })).toBe("Linen Shirt - Shirts");
    const out = applyRules(v, rules({
      titleTemplate: "{title} by {vendor}",
      customLabels: [{ index: 0, value: "{vendor}" }, { index: 2, value: "sale", when: { field: "tag", value: "summer" } }],
    })).variant!;
    expect(out.product.title).toBe("Linen Shirt by Acme");
    expect(out.customLabels).toEqual(["Acme", "", "sale", "", ""]);
    const overridden = applyRules(v, rules({ overrides: { [v.product.id]: { title: "Best linen shirt", customLabels: ["", "hero"] } } })).variant!;
    expect(overridden.product.title).toBe("Best linen shirt");
    expect(overridden.customLabels[1]).toBe("hero");
    expect(applyRules(v, rules({ overrides: { [v.product.id]: { exclude: true } } })).excludedBy).toBe("excluded_product");
  });

  it("reads stored rules with defaults for what is missing", () => {
    expect(parseRules(null)).toEqual(DEFAULT_RULES);
    expect(parseRules(JSON.stringify({ excludeOutOfStock: true })).statuses).toEqual(["ACTIVE"]);
  });
});
