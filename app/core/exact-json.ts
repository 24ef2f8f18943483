// Shopify's REST-shaped webhook bodies carry 64-bit ids as JSON numbers, which JSON.parse rounds
// beyond 2^53. These read an integer field's digits from the raw body text, exactly.

export function exactIntegerField(raw: string, field: string): string | null {
  const pattern = new RegExp(`"${field.replace(/[^A-Za-z0-9_]/g, "")}"\\s*:\\s*"?(-?\\d+)"?`);
  return pattern.exec(raw)?.[1] ?? null;
}

export function gid(type: string, id: string): string {
  return `gid://shopify/${type}/${id}`;
}

/** "gid://shopify/Product/123" → "123". */
export function legacyId(gidValue: string): string {
  const match = /^gid:\/\/shopify\/[A-Za-z]+\/(\d+)/.exec(gidValue);
  if (!match) throw new Error(`Not a Shopify gid: ${gidValue}`);
  return match[1];
}
