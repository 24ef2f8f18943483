// The product page link with this variant selected, tagged with the channel's UTM parameters.

import type { FeedVariant } from "../channel-adapter";
import { numericId } from "./ids";
import { memoLast } from "./memo";

/**
 * Base: the product's onlineStoreUrl, else `storefrontUrl/products/<handle>`. When the market's
 * language has a translated handle (translations.handle, only present for a non-primary language),
 * the link is built from storefrontUrl with that handle, because onlineStoreUrl carries the primary one.
 * Returns null when no absolute http(s) URL can be built (product not on the Online Store).
 */
export function productLink(v: Pick<FeedVariant, "shop" | "product" | "variant" | "utm">): string | null {
  const base = linkBase(v);
  if (!base) return null;
  const variantId = numericId(v.variant.id);
  if (!variantId) return tagged(base, null, v.utm)?.toString() ?? null;
  const template = variantLinkTemplate(base, v.utm.source, v.utm.medium, v.utm.campaign);
  if (template === null) return null;
  return typeof template === "string" ? tagged(base, variantId, v.utm)!.toString() : template.before + variantId + template.after;
}

function linkBase(v: Pick<FeedVariant, "shop" | "product">): string | null {
  const translatedHandle = v.product.translations.handle?.trim();
  const storefront = v.shop.storefrontUrl.replace(/\/+$/, "");
  if (translatedHandle) return `${storefront}/products/${encodeURIComponent(translatedHandle)}`;
  if (v.product.onlineStoreUrl) return v.product.onlineStoreUrl;
  return v.product.handle ? `${storefront}/products/${encodeURIComponent(v.product.handle)}` : null;
}

/** The base as an http(s) URL with the variant (when known) and the UTM parameters set, or null. */
function tagged(base: string, variantId: string | null, utm: FeedVariant["utm"]): URL | null {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (variantId) url.searchParams.set("variant", variantId);
  if (utm.source) url.searchParams.set("utm_source", utm.source);
  if (utm.medium) url.searchParams.set("utm_medium", utm.medium);
  if (utm.campaign) url.searchParams.set("utm_campaign", utm.campaign);
  return url;
}

/**
 * Every variant of a product shares the base and the tags, and the variant parameter has the same
 * place in the query whatever its digits: the link is worked out once per product, as the text
 * around the variant id (checked against the URL API), or null when the base is not an http(s)
 * URL, or "per variant" when the text cannot be split (then each link goes through the URL API).
 */
const variantLinkTemplate = memoLast((base: string, source: string, medium: string, campaign: string): { before: string; after: string } | null | "per variant" => {
  const utm = { source, medium, campaign };
  const url = tagged(base, "0", utm);
  if (!url) return null;
  const href = url.toString();
  const params = [...url.searchParams.keys()];
  const preceding = new URLSearchParams([...url.searchParams].slice(0, params.indexOf("variant"))).toString();
  const at = href.length - url.hash.length - url.search.length + 1 + (preceding ? preceding.length + 1 : 0) + "variant=".length;
  const template = { before: href.slice(0, at), after: href.slice(at + 1) };
  const sample = "1234567890";
  return template.before + sample + template.after === tagged(base, sample, utm)?.toString() ? template : "per variant";
});

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
