// Shopify global ids → the numeric ids the channels and the storefront use.

/** "gid://shopify/ProductVariant/123" → "123"; a bare "123" stays; anything else → null. */
export function numericId(gid: string): string | null {
  const match = /^(?:gid:\/\/shopify\/[A-Za-z]+\/)?(\d+)(?:\?.*)?$/.exec(gid.trim());
  return match ? match[1] : null;
}
