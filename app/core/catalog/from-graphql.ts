import { toMinor } from "../money";
import { catalogAliasOf } from "./aliases";
import { attributesFromNode } from "./attributes";
import { gidType, type CatalogQueryKind, type CatalogRecord, type ImageRecord, type LevelRecord, type MarketPrice, type ProductRecord, type TranslationRecord, type VariantPrices, type VariantRecord } from "./records";

// Admin GraphQL JSON (a bulk JSONL line, or a node of a paged read flattened the same way) →
// normalised records. Per-locale translations and per-country prices come as aliases (./aliases).

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const at = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => obj(o)?.[k], v);

export class CatalogLineError extends Error {}

function required(value: string | null, field: string, id: string): string {
  if (value === null) throw new CatalogLineError(`${id}: ${field} is missing`);
  return value;
}

export function translationsFromNode(node: Json): TranslationRecord[] {
  const productId = String(node.id);
  const records: TranslationRecord[] = [];
  for (const key in node) {
    const alias = catalogAliasOf(key);
    if (alias?.kind !== "translations") continue;
    for (const item of arr(node[key])) {
      const field = str(at(item, "key"));
      const text = str(at(item, "value"));
      if (field && text !== null) records.push({ productId, locale: alias.locale, key: field, value: text });
    }
  }
  return records;
}

export function productFromNode(node: Json): ProductRecord {
  const id = String(node.id);
  return {
    id,
    handle: required(str(node.handle), "handle", id),
    title: required(str(node.title), "title", id),
    descriptionHtml: str(node.descriptionHtml) ?? "",
    vendor: str(node.vendor) ?? "",
    productType: str(node.productType) ?? "",
    tags: arr(node.tags).map(String),
    status: str(node.status) ?? "ACTIVE",
    onlineStoreUrl: str(node.onlineStoreUrl),
    categoryId: str(at(node, "category", "id")),
    categoryName: str(at(node, "category", "fullName")),
    seoTitle: str(at(node, "seo", "title")),
    seoDescription: str(at(node, "seo", "description")),
    options: arr(node.options).map((o) => ({ name: String(at(o, "name")), values: arr(at(o, "values")).map(String) })),
    featuredImageUrl: str(at(node, "featuredMedia", "preview", "image", "url")) ?? str(at(node, "featuredImage", "url")),
    updatedAt: str(node.updatedAt),
    attributes: attributesFromNode(node),
  };
}

function money(value: unknown, currency: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  const amount = typeof value === "string" ? value : str(at(value, "amount"));
  return amount === null ? null : toMinor(amount, currency);
}

export function marketPricesFromNode(node: Json): VariantPrices {
  const prices: Record<string, MarketPrice> = {};
  for (const key in node) {
    const alias = catalogAliasOf(key);
    if (alias?.kind !== "contextualPricing") continue;
    const value = obj(node[key]);
    const priceObject = obj(value?.price);
    const currency = str(priceObject?.currencyCode);
    if (!value || !currency) continue;
    const price = money(priceObject, currency);
    if (price !== null) prices[alias.country] = { currency, price, compareAtPrice: money(value.compareAtPrice, currency) };
  }
  return { variantId: String(node.id), prices };
}

export function variantFromNode(node: Json, productId: string, currency: string): VariantRecord {
  const id = String(node.id);
  const weight = at(node, "inventoryItem", "measurement", "weight");
  return {
    id,
    productId,
    title: str(node.title) ?? "",
    sku: str(node.sku) || null,
    barcode: str(node.barcode) || null,
    price: money(required(str(node.price) ?? str(at(node, "price", "amount")), "price", id), currency) ?? 0,
    compareAtPrice: money(node.compareAtPrice, currency),
    inventoryQuantity: num(node.inventoryQuantity) ?? 0,
    inventoryPolicy: str(node.inventoryPolicy) ?? "DENY",
    tracked: at(node, "inventoryItem", "tracked") !== false,
    position: num(node.position) ?? 1,
    selectedOptions: arr(node.selectedOptions).map((o) => ({ name: String(at(o, "name")), value: String(at(o, "value")) })),
    imageUrl: str(at(node, "image", "url")),
    inventoryItemId: str(at(node, "inventoryItem", "id")),
    weightValue: num(at(weight, "value")),
    weightUnit: str(at(weight, "unit")),
    attributes: attributesFromNode(node),
  };
}

export function imageFromNode(node: Json, productId: string, position: number): ImageRecord | null {
  const url = str(at(node, "image", "url")) ?? str(at(node, "preview", "image", "url"));
  if (!url) return null; // media still processing, or not an image
  return {
    id: String(node.id),
    productId,
    url,
    altText: str(node.alt) ?? str(at(node, "image", "altText")),
    width: num(at(node, "image", "width")),
    height: num(at(node, "image", "height")),
    position,
  };
}

export function levelFromNode(node: Json, variantId: string): LevelRecord | null {
  const locationId = str(at(node, "location", "id"));
  if (!locationId) return null;
  const available = arr(node.quantities).find((q) => at(q, "name") === "available");
  return {
    variantId,
    locationId,
    available: num(at(available, "quantity")) ?? num(node.available) ?? 0,
    updatedAt: str(node.updatedAt),
  };
}

/**
 * One bulk JSONL line of a query of `kind` → the records it carries (none for what the catalog
 * does not keep). `position` orders media within a product: the line's number keeps their order.
 */
export function recordsFromLine(line: Json, kind: CatalogQueryKind, currency: string, position: number): CatalogRecord[] {
  const id = str(line.id);
  if (!id) throw new CatalogLineError("a line without an id");
  const parent = str(line.__parentId);
  const needParent = (): string => required(parent, "__parentId", id);
  const type = gidType(id);
  if (kind === "prices") return type === "ProductVariant" ? [{ kind: "prices", record: marketPricesFromNode(line) }] : [];
  if (kind === "translations") return type === "Product" ? translationsFromNode(line).map((record) => ({ kind: "translation", record })) : [];
  if (kind === "inventory") {
    // The variant lines of this query only carry the levels' parent.
    const record = type === "InventoryLevel" ? levelFromNode(line, needParent()) : null;
    return record ? [{ kind: "level", record }] : [];
  }
  switch (type) {
    case "Product":
      return [{ kind: "product", record: productFromNode(line) }, ...translationsFromNode(line).map((record) => ({ kind: "translation" as const, record }))];
    case "ProductVariant":
      return [{ kind: "variant", record: variantFromNode(line, needParent(), currency) }];
    case "MediaImage": {
      const record = imageFromNode(line, needParent(), position);
      return record ? [{ kind: "image", record }] : [];
    }
    case "Collection":
      return [{ kind: "collection", record: { productId: needParent(), collectionId: id, handle: str(line.handle) ?? "", title: str(line.title) ?? "" } }];
    default:
      return [];
  }
}

/**
 * A node of a paged read (connections nested as `nodes` or `edges.node`) → the lines a bulk
 * operation would have produced for it, so both reads share one mapping.
 */
export function* flattenNode(node: Json, parentId: string | null = null): Generator<Json> {
  const own: Json = {};
  const children: [Json, string][] = [];
  const id = str(node.id);
  for (const [key, value] of Object.entries(node)) {
    const connection = obj(value);
    const items = connection && (Array.isArray(connection.nodes) ? connection.nodes : Array.isArray(connection.edges) ? connection.edges.map((e) => at(e, "node")) : null);
    if (items) {
      for (const child of items) if (obj(child)) children.push([child as Json, id ?? parentId ?? ""]);
    } else {
      own[key] = nestedConnectionsOf(value, children, id ?? parentId);
    }
  }
  if (parentId !== null) own.__parentId = parentId;
  yield own;
  for (const [child, pid] of children) yield* flattenNode(child, pid);
}

// Plain objects inside a node may hold connections too (variant.inventoryItem.inventoryLevels):
// those children belong to the enclosing node, as in bulk output.
function nestedConnectionsOf(value: unknown, children: [Json, string][], ownerId: string | null): unknown {
  const o = obj(value);
  if (!o) return value;
  const copy: Json = {};
  for (const [key, inner] of Object.entries(o)) {
    const c = obj(inner);
    const items = c && (Array.isArray(c.nodes) ? c.nodes : Array.isArray(c.edges) ? c.edges.map((e) => at(e, "node")) : null);
    if (items && ownerId) {
      for (const child of items) if (obj(child)) children.push([child as Json, ownerId]);
    }
    else copy[key] = nestedConnectionsOf(inner, children, ownerId);
  }
  return copy;
}
