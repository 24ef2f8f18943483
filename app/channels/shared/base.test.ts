import { describe, expect, it } from "vitest";
import type { FeedVariant } from "../channel-adapter";
import { buildBase, commonValues } from "./base";

const variant = {
  shop: { domain: "d.myshopify.com", name: "D", storefrontUrl: "https://d.example" },
  market: { handle: "eu", countries: ["DE"], currency: "EUR", language: "de" },
  product: {
    id: "gid://shopify/Product/10", handle: "h", title: "Jacke", descriptionHtml: "", vendor: " Acme ", productType: "",
    tags: [], status: "ACTIVE", onlineStoreUrl: null, category: { id: "x", fullName: "Apparel > Jackets" }, seoTitle: null,
    seoDescription: "Warm &amp; dry", options: [], images: [], collections: [], translations: { body_html: "<p>Warm &amp; trocken</p>" }, attributes: {},
  },
  variant: {
    id: "gid://shopify/ProductVariant/20", title: "Default Title", sku: null, barcode: " 4006381333931 ", price: { amount: 1999, currency: "EUR" },
    compareAtPrice: null, quantity: 1, inventoryPolicy: "DENY", tracked: true, selectedOptions: [], imageUrl: "https://cdn.example/v.png", weight: null,
  },
  googleCategory: null,
  customLabels: ["a", "b", "c", "d", "e", "f"],
  utm: { source: "s", medium: "m", campaign: "c" },
} as FeedVariant;

describe("buildBase", () => {
  it("derives the shared fields", () => {
    const { base, issues } = buildBase(variant, { maxAdditionalImages: 10 });
    expect(issues).toEqual([]);
    expect(base).toMatchObject({ id: "20", itemGroupId: "10", title: "Jacke", description: "Warm & trocken", brand: "Acme", gtin: "4006381333931", mpn: "", productType: "Apparel > Jackets", price: "19.99 EUR", salePrice: "", googleProductCategory: "" });
    expect(commonValues(base).custom_label_4).toBe("e");
    expect(commonValues(base)).not.toHaveProperty("custom_label_5");
  });
  it("falls back to the SEO description", () => {
    const { base } = buildBase({ ...variant, product: { ...variant.product, translations: {} } }, { maxAdditionalImages: 10 });
    expect(base.description).toBe("Warm & dry");
  });
});
