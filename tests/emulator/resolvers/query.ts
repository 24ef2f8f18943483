import { gidType, legacyId, parseGid } from "../store/ids";
import type { ShopStore } from "../store/shop-store";
import { mediaImage, taxonomyCategoryView } from "./catalog";
import { count, requireGid, type ResolverContext, type ResolverMap } from "./context";
import * as lists from "./lists";
import { inventoryItemView, inventoryLevelById, shopLocaleView, webPresenceView } from "./views";

/** Resolve any gid the emulator holds, for node/nodes and the typed single-object fields. */
export function findNode(ctx: ResolverContext, id: string): unknown {
  const store = ctx.store;
  switch (gidType(id)) {
    case "Product":
      return store.products.get(id) ?? null;
    case "ProductVariant":
      return store.variant(id)?.variant ?? null;
    case "InventoryItem": {
      const ref = store.byInventoryItem(id);
      return ref ? inventoryItemView(ref) : null;
    }
    case "InventoryLevel":
      return inventoryLevelById(store, id);
    case "Location":
      return store.location(id) ?? null;
    case "Collection":
      return store.collections.get(id) ?? null;
    case "Market":
      return store.market(id) ?? null;
    case "MarketWebPresence": {
      const m = store.facts.markets.find((x) => legacyId(x.id) === legacyId(id));
      return m ? webPresenceView(store, m) : null;
    }
    case "MediaImage":
      for (const p of store.productList()) {
        const m = p.media.find((x) => x.id === id);
        if (m) return mediaImage(m);
      }
      return null;
    case "TaxonomyCategory":
      for (const p of store.productList()) if (p.category?.id === id) return taxonomyCategoryView(p.category);
      return null;
    case "Shop":
      return store.facts.id === id ? store.facts : null;
    case "Order":
      return store.orders.find((o) => o.id === id) ?? null;
    case "BulkOperation":
      return ctx.shop.bulk.get(id) ?? null;
    default:
      return null;
  }
}

function typed(ctx: ResolverContext, id: unknown, type: string): unknown {
  const node = findNode(ctx, requireGid(id));
  return node && parseGid(String(id))?.type === type ? node : null;
}

function primaryLocation(store: ShopStore) {
  return store.facts.locations.find((l) => l.isActive) ?? store.facts.locations[0] ?? null;
}

export const queryResolvers: ResolverMap = {
  QueryRoot: {
    shop: (_r, _a, ctx) => ctx.store.facts,
    shopLocales: (_r, { published }, ctx) =>
      ctx.store.facts.locales
        .filter((l) => published !== true || l.published)
        .map((l) => shopLocaleView(ctx.store, l.locale)),
    markets: (_r, args, ctx, info) => {
      let list = ctx.store.facts.markets;
      if (typeof args.enabled === "boolean") list = list.filter((m) => m.enabled === args.enabled);
      if (args.type && args.type !== "REGION") list = [];
      return lists.byIdList(list, args, ctx, info);
    },
    market: (_r, { id }, ctx) => typed(ctx, id, "Market"),
    primaryMarket: (_r, _a, ctx) => ctx.store.facts.markets.find((m) => m.primary) ?? ctx.store.facts.markets[0] ?? null,
    locations: (_r, args, ctx, info) => lists.locations(ctx.store, args, ctx, info),
    location: (_r, { id }, ctx) => (id ? typed(ctx, id, "Location") : primaryLocation(ctx.store)),
    locationsCount: (_r, { limit }, ctx) => count(ctx.store.facts.locations.filter((l) => l.isActive).length, limit),
    products: (_r, args, ctx, info) => lists.products(ctx.store, args, ctx, info),
    productsCount: (_r, { query, limit }, ctx) => count(lists.filteredProducts(ctx.store, query).length, limit),
    product: (_r, { id }, ctx) => typed(ctx, id, "Product"),
    productByHandle: (_r, { handle }, ctx) => ctx.store.productList().find((p) => p.handle === handle) ?? null,
    productByIdentifier: (_r, { identifier }, ctx) => {
      const i = identifier as { id?: string; handle?: string };
      if (i.id) return typed(ctx, i.id, "Product");
      if (i.handle) return ctx.store.productList().find((p) => p.handle === i.handle) ?? null;
      return null;
    },
    productVariants: (_r, args, ctx, info) => lists.variants(ctx.store, args, ctx, info),
    productVariantsCount: (_r, { limit }, ctx) => count(ctx.store.variantCount(), limit),
    productVariant: (_r, { id }, ctx) => typed(ctx, id, "ProductVariant"),
    collections: (_r, args, ctx, info) => lists.collections(ctx.store, args, ctx, info),
    collection: (_r, { id }, ctx) => typed(ctx, id, "Collection"),
    collectionByHandle: (_r, { handle }, ctx) => ctx.store.collectionList().find((c) => c.handle === handle) ?? null,
    inventoryItem: (_r, { id }, ctx) => typed(ctx, id, "InventoryItem"),
    inventoryItems: (_r, args, ctx, info) => {
      const items = ctx.store.variantList().map((ref) => inventoryItemView(ref));
      return lists.byIdList(items, args, ctx, info);
    },
    inventoryLevel: (_r, { id }, ctx) => typed(ctx, id, "InventoryLevel"),
    node: (_r, { id }, ctx) => findNode(ctx, requireGid(id)),
    nodes: (_r, { ids }, ctx) => (ids as string[]).map((id) => findNode(ctx, requireGid(id))),
    orders: (_r, args, ctx, info) => lists.orders(ctx.store, args, ctx, info),
    order: (_r, { id }, ctx) => typed(ctx, id, "Order"),
    currentBulkOperation: (_r, { type }, ctx) => ctx.shop.bulk.current((type as string | undefined) ?? "QUERY"),
    publicApiVersions: () => [],
  },
};

