/**
 * Per-locale and per-country aliases in the bulk catalog queries, and reading them back from
 * JSONL lines shaped as Shopify writes them.
 */
import { describe, expect, it } from "vitest";
import {
  contextualPricingAlias,
  contextualPricingByCountry,
  parseCatalogAlias,
  translationsAlias,
  translationsByLocale,
  type PricesBulkVariantLine,
} from "../../app/shopify/documents";

describe("catalog aliases", () => {
  it("round-trips locales and countries", () => {
    for (const locale of ["en", "pt-BR", "zh-TW", "es-419"]) {
      expect(parseCatalogAlias(translationsAlias(locale))).toEqual({ kind: "translations", locale });
    }
    expect(contextualPricingAlias("HU")).toBe("contextualPricing_HU");
    expect(parseCatalogAlias("contextualPricing_HU")).toEqual({ kind: "contextualPricing", country: "HU" });
    expect(parseCatalogAlias("title")).toBeUndefined();
    expect(parseCatalogAlias("contextualPricing_hu")).toBeUndefined();
  });

  it("reads translations and contextual prices from bulk lines", () => {
    const product = JSON.parse(
      '{"id":"gid://shopify/Product/10","title":"Linen Shirt",' +
        '"translations_hu":[{"key":"title","value":"Lenvászon ing","locale":"hu"}],"translations_pt_BR":[]}',
    ) as Record<string, unknown>;
    expect(translationsByLocale(product)).toEqual(
      new Map([
        ["hu", [{ key: "title", value: "Lenvászon ing", locale: "hu" }]],
        ["pt-BR", []],
      ]),
    );
    const variant: PricesBulkVariantLine = {
      id: "gid://shopify/ProductVariant/100",
      product: { id: "gid://shopify/Product/10" },
      price: "29.00",
      compareAtPrice: null,
      contextualPricing_HU: { price: { amount: "11990.0", currencyCode: "HUF" }, compareAtPrice: null },
    };
    expect(contextualPricingByCountry(variant)).toEqual(
      new Map([["HU", { price: { amount: "11990.0", currencyCode: "HUF" }, compareAtPrice: null }]]),
    );
  });
});
