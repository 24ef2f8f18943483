// A variant-aware title: "<product title> - <option values>", except for Shopify's single default
// variant ("Default Title"), whose title is the product's. Uses the market language's title when translated.

import type { FeedVariant } from "../channel-adapter";

export const DEFAULT_VARIANT_TITLE = "Default Title";

export function productTitle(v: Pick<FeedVariant, "product">): string {
  return (v.product.translations.title?.trim() || v.product.title).trim();
}

export function variantTitle(v: Pick<FeedVariant, "product" | "variant">): string {
  const title = productTitle(v);
  const values = v.variant.selectedOptions
    .map((o) => o.value.trim())
    .filter((value) => value.length > 0 && value !== DEFAULT_VARIANT_TITLE);
  if (v.variant.title === DEFAULT_VARIANT_TITLE || values.length === 0) return title;
  return `${title} - ${values.join(" / ")}`;
}
