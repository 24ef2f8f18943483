// The product page link with this variant selected, tagged with the channel's UTM parameters.

import type { FeedVariant } from "../channel-adapter";
import { numericId } from "./ids";

/**
 * Base: the product's onlineStoreUrl, else `storefrontUrl/products/<handle>`. When the market's
 * language has a translated handle (translations.handle, only present for a non-primary language),
 * the link is built from storefrontUrl with that handle, because onlineStoreUrl carries the primary one.
 * Returns null when no absolute http(s) URL can be built (product not on the Online Store).
 */
export function productLink(v: Pick<FeedVariant, "shop" | "product" | "variant" | "utm">): string | null {
  const translatedHandle = v.product.translations.handle?.trim();
  const storefront = v.shop.storefrontUrl.replace(/\/+$/, "");
  let base: string | null;
  if (translatedHandle) base = `${storefront}/products/${encodeURIComponent(translatedHandle)}`;
  else if (v.product.onlineStoreUrl) base = v.product.onlineStoreUrl;
  else base = v.product.handle ? `${storefront}/products/${encodeURIComponent(v.product.handle)}` : null;
  if (!base) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const variantId = numericId(v.variant.id);
  if (variantId) url.searchParams.set("variant", variantId);
  if (v.utm.source) url.searchParams.set("utm_source", v.utm.source);
  if (v.utm.medium) url.searchParams.set("utm_medium", v.utm.medium);
  if (v.utm.campaign) url.searchParams.set("utm_campaign", v.utm.campaign);
  return url.toString();
}

/** An absolute http(s) URL without whitespace (what every channel accepts as a link). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
