import { describe, expect, it } from "vitest";
import { flattenNode, recordsFromLine } from "./from-graphql";

const product = {
  id: "gid://shopify/Product/10",
  handle: "linen-shirt",
  title: "Linen Shirt",
  descriptionHtml: "<p>Soft</p>",
  vendor: "Acme",
  productType: "Shirts",
  tags: ["summer"],
  status: "ACTIVE",
  updatedAt: "2026-01-01T00:00:00Z",
  category: { id: "gid://shopify/TaxonomyCategory/aa-1-13-7", fullName: "Apparel > Shirts" },
  featuredMedia: { preview: { image: { url: "https://cdn.example/ls.jpg" } } },
  translations_hu: [{ key: "title", value: "Lenvászon ing", locale: "hu" }],
  translations_pt_BR: [{ key: "title", value: "Camisa de linho", locale: "pt-BR" }],
};

describe("bulk lines → catalog records", () => {
  it("maps a product line with its per-locale translation aliases", () => {
    const records = recordsFromLine(product, "catalog", "EUR", 1);
    expect(records[0]).toMatchObject({ kind: "product", record: { id: product.id, title: "Linen Shirt", categoryId: product.category.id, featuredImageUrl: "https://cdn.example/ls.jpg" } });
    expect(records.slice(1).map((r) => r.record)).toEqual([
      { productId: product.id, locale: "hu", key: "title", value: "Lenvászon ing" },
      { productId: product.id, locale: "pt-BR", key: "title", value: "Camisa de linho" },
    ]);
  });

  it("maps a variant with money in minor units, and needs its parent", () => {
    const line = { id: "gid://shopify/ProductVariant/100", price: "29.90", compareAtPrice: "35.00", sku: "LS-S", barcode: "", inventoryQuantity: 4, inventoryPolicy: "DENY", __parentId: product.id };
    expect(recordsFromLine(line, "catalog", "EUR", 2)[0]).toMatchObject({ kind: "variant", record: { productId: product.id, price: 2990, compareAtPrice: 3500, barcode: null } });
    const { __parentId: _, ...orphan } = line;
    expect(() => recordsFromLine(orphan, "catalog", "EUR", 2)).toThrow(/__parentId is missing/);
  });

  it("carries the mm-google-shopping metafields of product and variant lines as attributes", () => {
    const productLine = { ...product, mmGoogleShopping_gender: { value: "female" }, mmGoogleShopping_material: null };
    expect(recordsFromLine(productLine, "catalog", "EUR", 1)[0]).toMatchObject({ kind: "product", record: { attributes: { gender: "female" } } });
    const variantLine = { id: "gid://shopify/ProductVariant/100", price: "1.00", mmGoogleShopping_color: { value: "Navy" }, __parentId: product.id };
    expect(recordsFromLine(variantLine, "catalog", "EUR", 2)[0]).toMatchObject({ kind: "variant", record: { attributes: { color: "Navy" } } });
    expect(recordsFromLine({ ...variantLine, mmGoogleShopping_color: null }, "catalog", "EUR", 2)[0]).toMatchObject({ record: { attributes: {} } });
  });

  it("reads contextual prices per country from a prices line, in the market's currency", () => {
    const line = { id: "gid://shopify/ProductVariant/100", contextualPricing_HU: { price: { amount: "11990.0", currencyCode: "HUF" }, compareAtPrice: null }, contextualPricing_JP: { price: { amount: "4500", currencyCode: "JPY" }, compareAtPrice: { amount: "5000", currencyCode: "JPY" } } };
    expect(recordsFromLine(line, "prices", "EUR", 1)).toEqual([
      {
        kind: "prices",
        record: {
          variantId: line.id,
          prices: {
            HU: { currency: "HUF", price: 11990, compareAtPrice: null }, // HUF has no minor unit in CLDR
            JP: { currency: "JPY", price: 4500, compareAtPrice: 5000 },
          },
        },
      },
    ]);
  });

  it("keeps inventory levels of the inventory query under their variant, and skips its variant lines", () => {
    const level = { id: "gid://shopify/InventoryLevel/1?inventory_item_id=5", location: { id: "gid://shopify/Location/1" }, quantities: [{ name: "available", quantity: 7 }], __parentId: "gid://shopify/ProductVariant/100" };
    expect(recordsFromLine(level, "inventory", "EUR", 1)).toEqual([{ kind: "level", record: { variantId: "gid://shopify/ProductVariant/100", locationId: "gid://shopify/Location/1", available: 7, updatedAt: null } }]);
    expect(recordsFromLine({ id: "gid://shopify/ProductVariant/100", inventoryItem: { id: "gid://shopify/InventoryItem/5" } }, "inventory", "EUR", 1)).toEqual([]);
  });

  it("flattens a paged node into the lines a bulk operation would give", () => {
    const node = { id: "gid://shopify/ProductVariant/100", inventoryItem: { id: "gid://shopify/InventoryItem/5", inventoryLevels: { pageInfo: { hasNextPage: false }, nodes: [{ id: "gid://shopify/InventoryLevel/1", location: { id: "gid://shopify/Location/1" } }] } } };
    expect([...flattenNode(node)]).toEqual([
      { id: node.id, inventoryItem: { id: "gid://shopify/InventoryItem/5" } },
      { id: "gid://shopify/InventoryLevel/1", location: { id: "gid://shopify/Location/1" }, __parentId: node.id },
    ]);
  });
});
