/** Shopify global ids (`gid://shopify/Type/N`). Numeric parts are kept as strings: never JS numbers. */

export function gid(type: string, legacyId: string | bigint): string {
  return `gid://shopify/${type}/${legacyId}`;
}

const GID_RE = /^gid:\/\/shopify\/([A-Za-z]+)\/([^?/]+)(\?.*)?$/;

export function parseGid(id: string): { type: string; legacyId: string; query: string } | null {
  const m = GID_RE.exec(id);
  return m ? { type: m[1], legacyId: m[2], query: m[3] ?? "" } : null;
}

export function gidType(id: unknown): string | null {
  return typeof id === "string" ? (parseGid(id)?.type ?? null) : null;
}

/** The numeric (legacy) part of a gid, as a string. */
export function legacyId(id: string): string {
  const p = parseGid(id);
  if (!p) throw new Error(`Not a Shopify global id: ${id}`);
  return p.legacyId;
}

/** Compare two non-negative integer strings numerically (no precision loss). */
export function compareNumeric(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) {
    const x = a.replace(/^0+(?=\d)/, "");
    const y = b.replace(/^0+(?=\d)/, "");
    if (x.length !== y.length) return x.length - y.length;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order gids by type, then numerically by their legacy id. Allocation-free: it runs in every sort and seek. */
export function compareGids(a: string, b: string): number {
  const ia = a.lastIndexOf("/");
  const ib = b.lastIndexOf("/");
  if (ia !== ib || a.charCodeAt(ia + 1) === 48 || b.charCodeAt(ib + 1) === 48) return compareNumeric(legacyIdOrSelf(a), legacyIdOrSelf(b));
  for (let i = 0; i < ia; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return compareNumeric(legacyIdOrSelf(a), legacyIdOrSelf(b));
  }
  const la = a.length - ia;
  const lb = b.length - ib;
  let allDigits = true;
  for (let i = ia + 1; i < a.length && allDigits; i++) allDigits = a.charCodeAt(i) >= 48 && a.charCodeAt(i) <= 57;
  for (let i = ib + 1; i < b.length && allDigits; i++) allDigits = b.charCodeAt(i) >= 48 && b.charCodeAt(i) <= 57;
  if (!allDigits) return compareNumeric(legacyIdOrSelf(a), legacyIdOrSelf(b));
  if (la !== lb) return la - lb;
  for (let i = ia + 1; i < a.length; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}

function legacyIdOrSelf(id: string): string {
  return parseGid(id)?.legacyId ?? id;
}

/** InventoryLevel ids look like `gid://shopify/InventoryLevel/{location}?inventory_item_id={item}`. */
export function inventoryLevelGid(locationId: string, inventoryItemId: string): string {
  return `gid://shopify/InventoryLevel/${legacyId(locationId)}?inventory_item_id=${legacyId(inventoryItemId)}`;
}
