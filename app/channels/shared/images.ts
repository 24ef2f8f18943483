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

type ImageFacts = Pick<FeedVariant["product"]["images"][number], "url" | "width" | "height">;

/** What a product's images give every variant: the usable ones, their keys and list-safe URLs. */
interface ProductImages {
  facts: ImageFacts[];
  usable: ImageFacts[];
  keys: string[];
  safe: string[];
}

function productImages(images: readonly ImageFacts[]): ProductImages {
  const usable = images.filter((img) => img.url && img.url.trim().length > 0);
  return {
    facts: images.map(({ url, width, height }) => ({ url, width, height })),
    usable,
    keys: usable.map((img) => imageKey(img.url)),
    safe: usable.map((img) => listSafe(img.url)),
  };
}

const sameImages = (a: readonly ImageFacts[], b: readonly ImageFacts[]) =>
  a.length === b.length && a.every((img, i) => img.url === b[i].url && img.width === b[i].width && img.height === b[i].height);

// The variants of a product come one after another: its images are prepared once (with a copy of
// what they were prepared from) and reused while the images are the same.
let last: ProductImages | null = null;

export function chooseImages(v: Pick<FeedVariant, "product" | "variant">, maxAdditional: number): ImageChoice {
  if (!last || !sameImages(v.product.images, last.facts)) last = productImages(v.product.images);
  const { usable, keys, safe } = last;
  const variantUrl = v.variant.imageUrl?.trim() || null;
  let main: ImageChoice["main"] = null;
  let mainKey: string | null = null;
  if (variantUrl) {
    const variantKey = imageKey(variantUrl);
    const known = usable[keys.indexOf(variantKey)];
    main = { url: listSafe(variantUrl), width: known?.width ?? null, height: known?.height ?? null };
    // listSafe only changes the key of a URL with a comma (a trimmed "//…" keys the same as "https://…").
    mainKey = variantUrl.includes(",") ? imageKey(main.url) : variantKey;
  } else if (usable.length > 0) {
    main = { url: safe[0], width: usable[0].width, height: usable[0].height };
    mainKey = imageKey(main.url);
  }
  const seen = new Set<string>(mainKey === null ? [] : [mainKey]);
  const additional: string[] = [];
  for (let i = 0; i < usable.length; i++) {
    if (additional.length >= maxAdditional) break;
    if (seen.has(keys[i])) continue;
    seen.add(keys[i]);
    additional.push(safe[i]);
  }
  return { main, additional };
}
