/** Root lists: search fields, sort keys, and the connection over them. */
import type { GraphQLResolveInfo } from "graphql";
import { sortBy, type SortValue } from "../connection";
import { filterBySearch, type SearchFields } from "../search";
import { compareGids } from "../store/ids";
import type { ShopStore, VariantRef } from "../store/shop-store";
import type { CollectionRecord, LocationRecord, OrderRecord, ProductRecord } from "../store/types";
import { byId, connection, type Args, type ResolverContext } from "./context";

function list<T>(
  items: readonly T[],
  args: Args,
  ctx: ResolverContext,
  info: GraphQLResolveInfo,
  id: (t: T) => string,
  fields: SearchFields<T>,
  sorts: Record<string, (t: T) => SortValue>,
  presorted = false,
) {
  const filtered = filterBySearch(items, args.query as string | undefined, fields);
  const key = typeof args.sortKey === "string" ? args.sortKey : "ID";
  const value = sorts[key];
  if (!value) {
    let ordered = true;
    if (!presorted) for (let i = 1; i < filtered.length && ordered; i++) ordered = compareGids(id(filtered[i - 1]), id(filtered[i])) < 0;
    return connection(ordered ? filtered : [...filtered].sort((a, b) => compareGids(id(a), id(b))), args, ctx, info, { id });
  }
  return connection(sortBy(filtered, id, value), args, ctx, info, { id, sortValue: value });
}

export function productFields(store: ShopStore): SearchFields<ProductRecord> {
  return {
    _default: (p) => [p.title, ...p.variants.map((v) => v.sku)],
    id: (p) => p.id,
    title: (p) => p.title,
    handle: (p) => p.handle,
    vendor: (p) => p.vendor,
    product_type: (p) => p.productType,
    status: (p) => p.status,
    tag: (p) => p.tags,
    sku: (p) => p.variants.map((v) => v.sku),
    barcode: (p) => p.variants.map((v) => v.barcode),
    created_at: (p) => p.createdAt,
    updated_at: (p) => p.updatedAt,
    published_at: (p) => p.publishedAt,
    published_status: (p) => (p.status === "ACTIVE" ? "published" : "unpublished"),
    collection_id: (p) => p.collectionIds,
    category_id: (p) => p.category?.id ?? null,
    inventory_total: (p) => p.variants.reduce((s, v) => s + store.inventoryQuantity(v), 0),
  };
}

export function products(store: ShopStore, args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) {
  return list(store.productList(), args, ctx, info, byId, productFields(store), PRODUCT_SORTS(store), true);
}

const PRODUCT_SORTS = (store: ShopStore): Record<string, (p: ProductRecord) => SortValue> => {
  const total = (p: ProductRecord) => p.variants.reduce((s, v) => s + store.inventoryQuantity(v), 0);
  return {
    TITLE: (p) => p.title.toLowerCase(),
    UPDATED_AT: (p) => p.updatedAt,
    CREATED_AT: (p) => p.createdAt,
    VENDOR: (p) => p.vendor.toLowerCase(),
    PRODUCT_TYPE: (p) => p.productType.toLowerCase(),
    PUBLISHED_AT: (p) => p.publishedAt ?? "",
    INVENTORY_TOTAL: total,
  };
};

export function filteredProducts(store: ShopStore, query: unknown): readonly ProductRecord[] {
  return filterBySearch(store.productList(), query as string | undefined, productFields(store));
}

export function variantFields(store: ShopStore): SearchFields<VariantRef> {
  return {
    _default: (r) => [r.variant.title, r.variant.sku, r.product.title],
    id: (r) => r.variant.id,
    product_id: (r) => r.product.id,
    sku: (r) => r.variant.sku,
    barcode: (r) => r.variant.barcode,
    title: (r) => r.variant.title,
    product_status: (r) => r.product.status,
    vendor: (r) => r.product.vendor,
    product_type: (r) => r.product.productType,
    tag: (r) => r.product.tags,
    created_at: (r) => r.variant.createdAt,
    updated_at: (r) => r.variant.updatedAt,
    inventory_quantity: (r) => store.inventoryQuantity(r.variant),
    inventory_policy: (r) => r.variant.inventoryPolicy,
  };
}

export function variants(store: ShopStore, args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) {
  const id = (r: VariantRef) => r.variant.id;
  const c = list(store.variantList(), args, ctx, info, id, variantFields(store), {
    SKU: (r) => r.variant.sku ?? "",
    TITLE: (r) => r.variant.title.toLowerCase(),
    FULL_TITLE: (r) => `${r.product.title} - ${r.variant.title}`.toLowerCase(),
    NAME: (r) => `${r.product.title} - ${r.variant.title}`.toLowerCase(),
    POSITION: (r) => r.variant.position,
    INVENTORY_QUANTITY: (r) => store.inventoryQuantity(r.variant),
    INVENTORY_LEVELS_AVAILABLE: (r) => store.inventoryQuantity(r.variant),
    INVENTORY_POLICY: (r) => r.variant.inventoryPolicy,
  }, true);
  const nodes = c.nodes.map((r) => r.variant);
  return { ...c, nodes, edges: c.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
}

export function collections(store: ShopStore, args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) {
  const fields: SearchFields<CollectionRecord> = {
    _default: (c) => c.title,
    id: (c) => c.id,
    title: (c) => c.title,
    handle: (c) => c.handle,
    updated_at: (c) => c.updatedAt,
  };
  return list(store.collectionList(), args, ctx, info, byId, fields, {
    TITLE: (c) => c.title.toLowerCase(),
    UPDATED_AT: (c) => c.updatedAt,
  });
}

export function locations(store: ShopStore, args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) {
  const fields: SearchFields<LocationRecord> = {
    _default: (l) => l.name,
    id: (l) => l.id,
    name: (l) => l.name,
    active: (l) => String(l.isActive),
  };
  const items = args.includeInactive ? store.facts.locations : store.facts.locations.filter((l) => l.isActive);
  return list(items, args, ctx, info, byId, fields, { NAME: (l) => l.name.toLowerCase() });
}

export function orders(store: ShopStore, args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) {
  const fields: SearchFields<OrderRecord> = {
    _default: (o) => o.name,
    id: (o) => o.id,
    name: (o) => o.name,
    source_name: (o) => o.sourceName,
    source_identifier: (o) => o.sourceIdentifier,
    tag: (o) => o.tags,
    sku: (o) => o.lineItems.map((l) => l.sku),
    status: (o) => (o.cancelledAt ? "cancelled" : "open"),
    processed_at: (o) => o.processedAt,
    created_at: (o) => o.createdAt,
    updated_at: (o) => o.updatedAt,
  };
  return list(store.orders, args, ctx, info, byId, fields, {
    CREATED_AT: (o) => o.createdAt,
    UPDATED_AT: (o) => o.updatedAt,
    PROCESSED_AT: (o) => o.processedAt,
    ORDER_NUMBER: (o) => o.number,
  });
}

/** Any list of objects with gids, paged in id order. */
export function byIdList<T extends { id: string }>(items: readonly T[], args: Args, ctx: ResolverContext, info: GraphQLResolveInfo) {
  return list(items, { ...args, query: null, sortKey: null }, ctx, info, byId, {}, {});
}
