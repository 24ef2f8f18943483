import { priceCountries } from "~/core/catalog/markets";
import { exactIntegerField, gid, legacyId } from "~/core/exact-json";
import {
  applyLevel,
  currentGeneration,
  deleteProduct,
  productUpdatedAt,
  replaceProduct,
  variantIdsOf,
  variantOfInventoryItem,
} from "~/persistence/catalog-store.server";
import type { CatalogQueryKind } from "~/core/catalog/records";
import { CatalogWriter } from "~/persistence/catalog-writer.server";
import type { CatalogDeps } from "./deps.server";
import { pagedRead } from "./paged-read.server";
import { markStockChanged } from "../orders/stock-push.server";

// Live updates from Shopify's catalog webhooks, applied once each through the inbox. A delivery
// older than what is stored is ignored (webhooks arrive unordered and are retried); a product
// change re-reads that product whole, so translations, market prices and stock stay consistent.

export type Outcome = "processed" | "ignored";

export interface CatalogEvent {
  shop: string;
  topic: string;
  payload: string;
  triggeredAt: Date | null;
}

export async function applyCatalogEvent(deps: CatalogDeps, event: CatalogEvent): Promise<Outcome> {
  const outcome = await apply(deps, event);
  if (outcome === "processed") await deps.db.shop.updateMany({ where: { domain: event.shop }, data: { lastIncrementalAt: new Date() } });
  return outcome;
}

async function apply(deps: CatalogDeps, event: CatalogEvent): Promise<Outcome> {
  switch (event.topic) {
    case "products/create":
    case "products/update":
      return refreshProduct(deps, event);
    case "products/delete": {
      const id = exactIntegerField(event.payload, "id");
      if (!id) throw new Error("products/delete without an id");
      return (await deleteProduct(deps.sql, event.shop, gid("Product", id))) ? "processed" : "ignored";
    }
    case "inventory_levels/update":
      return applyInventoryLevel(deps, event);
    default:
      return "ignored";
  }
}

async function refreshProduct(deps: CatalogDeps, event: CatalogEvent): Promise<Outcome> {
  const body = JSON.parse(event.payload) as { admin_graphql_api_id?: string; updated_at?: string };
  const numeric = exactIntegerField(event.payload, "id");
  const productId = body.admin_graphql_api_id ?? (numeric ? gid("Product", numeric) : null);
  if (!productId) throw new Error(`${event.topic} without a product id`);
  const eventTime = body.updated_at ?? event.triggeredAt?.toISOString() ?? null;
  const stored = await productUpdatedAt(deps.sql, event.shop, productId);
  if (isOutdated(stored, eventTime)) return "ignored";

  const shop = await deps.db.shop.findUnique({ where: { domain: event.shop } });
  const [markets, locales] = await Promise.all([
    deps.db.shopMarket.findMany({ where: { shop: event.shop, enabled: true } }),
    deps.db.shopLocale.findMany({ where: { shop: event.shop, published: true, primary: false } }),
  ]);
  const id = legacyId(productId);
  const facts = {
    currency: shop?.currencyCode ?? "USD",
    countries: priceCountries(markets.map((m) => ({ countries: JSON.parse(m.countries) as string[] }))),
    translatedLocales: locales.map((l) => l.locale),
  };
  const filter = { products: `id:${id}`, variants: `product_id:${id}` };
  const generation = await currentGeneration(deps.sql, event.shop);
  const known = new Set(await variantIdsOf(deps.sql, event.shop, productId));
  // The fresh copy is read first, then committed in one transaction (replaceProduct).
  const writer = new CatalogWriter(deps.sql, event.shop, generation, Number.POSITIVE_INFINITY);
  const read = (parts: CatalogQueryKind[], into?: CatalogWriter) => pagedRead(deps, event.shop, generation, facts, filter, new Set(parts), into);
  const result = await read(["catalog", "prices", "translations"], writer);
  // Every Shopify product has at least one variant: none back means the product is gone.
  if (!(await replaceProduct(deps.sql, event.shop, productId, result, writer))) return "ignored";
  if (result.variantIds.length === 0) return "processed";
  // Stock of known variants follows inventory_levels/update; only new variants need theirs read.
  if (result.variantIds.some((v) => !known.has(v))) await read(["inventory"]);
  // Tracking or policy may have changed too: the channels get the sellable quantity again (if it moved).
  await markStockChanged(deps.db, event.shop, result.variantIds);
  return "processed";
}

async function applyInventoryLevel(deps: CatalogDeps, event: CatalogEvent): Promise<Outcome> {
  const item = exactIntegerField(event.payload, "inventory_item_id");
  const location = exactIntegerField(event.payload, "location_id");
  if (!item || !location) throw new Error("inventory_levels/update without inventory_item_id or location_id");
  const body = JSON.parse(event.payload) as { available?: number | null; updated_at?: string };
  const variantId = await variantOfInventoryItem(deps.sql, event.shop, gid("InventoryItem", item));
  if (!variantId) return "ignored"; // not a variant we hold (yet): the next full read brings it
  const updatedAt = body.updated_at ?? event.triggeredAt?.toISOString() ?? null;
  if ((await applyLevel(deps.sql, event.shop, variantId, gid("Location", location), body.available ?? 0, updatedAt)) !== "applied") return "ignored";
  await markStockChanged(deps.db, event.shop, [variantId]);
  return "processed";
}

/**
 * A delivery is out of date when what we hold was changed in a later second (webhook timestamps
 * carry whole seconds, so a change within the same second is read again, never skipped).
 */
export function isOutdated(stored: string | null | undefined, incoming: string | null): boolean {
  if (!stored || !incoming) return false;
  return Math.floor(Date.parse(stored) / 1000) > Math.floor(Date.parse(incoming) / 1000);
}
