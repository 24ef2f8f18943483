// Which images an item shows: the variant's own image first, else the product's featured image;
// the additional images are the product's other images, deduplicated, up to the channel's maximum.

import type { FeedVariant } from "../channel-adapter";

export interface ImageChoice {
  main: { url: string; width: number | null; height: number | null } | null;
  additional: string[];
}

/** Same image regardless of Shopify CDN query strings (?v=123, &width=…) and protocol-relative form. */
function imageKey(url: string): string {
  return url.replace(/^https?:/i, "").split(/[?#]/)[0].toLowerCase();
}

/** A URL safe inside a comma-separated list (commas percent-encoded, as the channels ask). */
function listSafe(url: string): string {
  return url.trim().replace(/^\/\//, "https://").replace(/,/g, "%2C");
}

export function chooseImages(v: Pick<FeedVariant, "product" | "variant">, maxAdditional: number): ImageChoice {
  const images = v.product.images.filter((img) => img.url && img.url.trim().length > 0);
  const variantUrl = v.variant.imageUrl?.trim() || null;
  let main: ImageChoice["main"] = null;
  if (variantUrl) {
    const known = images.find((img) => imageKey(img.url) === imageKey(variantUrl));
    main = { url: listSafe(variantUrl), width: known?.width ?? null, height: known?.height ?? null };
  } else if (images.length > 0) {
    main = { url: listSafe(images[0].url), width: images[0].width, height: images[0].height };
  }
  const seen = new Set<string>(main ? [imageKey(main.url)] : []);
  const additional: string[] = [];
  for (const img of images) {
    if (additional.length >= maxAdditional) break;
    const key = imageKey(img.url);
    if (seen.has(key)) continue;
    seen.add(key);
    additional.push(listSafe(img.url));
  }
  return { main, additional };
}
