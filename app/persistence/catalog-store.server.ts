import type Database from "better-sqlite3";
import { bumpCatalogVersion } from "./catalog-writer.server";

// Catalog writes outside the full read: a product replaced or removed by a webhook, stock of one
// variant at one location. Same connection and tables as the CatalogWriter.

const CHILD_TABLES = ["CatalogImage", "CatalogProductCollection", "CatalogTranslation"] as const;

/** Before a product's fresh copy is written: its media, collections and translations are replaced whole. */
export function clearProductChildren(db: Database.Database, shop: string, productId: string): void {
  for (const table of CHILD_TABLES) db.prepare(`DELETE FROM "${table}" WHERE shop = ? AND productId = ?`).run(shop, productId);
  bumpCatalogVersion(db, shop);
}

export function variantIdsOf(db: Database.Database, shop: string, productId: string): string[] {
  return (db.prepare(`SELECT id FROM CatalogVariant WHERE shop = ? AND productId = ?`).all(shop, productId) as { id: string }[]).map((r) => r.id);
}

/** Variants of the product that its fresh copy no longer has, with their stock and prices. */
export function removeVariantsExcept(db: Database.Database, shop: string, productId: string, keep: readonly string[]): number {
  const gone = variantIdsOf(db, shop, productId).filter((id) => !keep.includes(id));
  for (const id of gone) removeVariant(db, shop, id);
  if (gone.length > 0) bumpCatalogVersion(db, shop);
  return gone.length;
}

function removeVariant(db: Database.Database, shop: string, variantId: string): void {
  db.prepare(`DELETE FROM CatalogInventoryLevel WHERE shop = ? AND variantId = ?`).run(shop, variantId);
  db.prepare(`DELETE FROM CatalogMarketPrice WHERE shop = ? AND variantId = ?`).run(shop, variantId);
  db.prepare(`DELETE FROM CatalogVariant WHERE shop = ? AND id = ?`).run(shop, variantId);
}

export function deleteProduct(db: Database.Database, shop: string, productId: string): boolean {
  return db.transaction(() => {
    removeVariantsExcept(db, shop, productId, []);
    clearProductChildren(db, shop, productId);
    const deleted = db.prepare(`DELETE FROM CatalogProduct WHERE shop = ? AND id = ?`).run(shop, productId).changes > 0;
    bumpCatalogVersion(db, shop);
    return deleted;
  })();
}

export function productUpdatedAt(db: Database.Database, shop: string, productId: string): string | null | undefined {
  const row = db.prepare(`SELECT shopifyUpdatedAt FROM CatalogProduct WHERE shop = ? AND id = ?`).get(shop, productId) as
    | { shopifyUpdatedAt: string | null }
    | undefined;
  return row ? row.shopifyUpdatedAt : undefined;
}

export function variantOfInventoryItem(db: Database.Database, shop: string, inventoryItemId: string): string | null {
  const row = db.prepare(`SELECT id FROM CatalogVariant WHERE shop = ? AND inventoryItemId = ?`).get(shop, inventoryItemId) as { id: string } | undefined;
  return row?.id ?? null;
}

export type LevelChange = "applied" | "stale";

/**
 * One location's available stock, unless a later change is already stored; the variant's total
 * follows (Shopify's inventoryQuantity is the sum over locations).
 */
export function applyLevel(db: Database.Database, shop: string, variantId: string, locationId: string, available: number, updatedAt: string | null): LevelChange {
  return db.transaction((): LevelChange => {
    const current = db.prepare(`SELECT shopifyUpdatedAt FROM CatalogInventoryLevel WHERE shop = ? AND variantId = ? AND locationId = ?`).get(shop, variantId, locationId) as
      | { shopifyUpdatedAt: string | null }
      | undefined;
    if (current?.shopifyUpdatedAt && updatedAt && Date.parse(current.shopifyUpdatedAt) > Date.parse(updatedAt)) return "stale";
    db.prepare(
      `INSERT INTO CatalogInventoryLevel (shop, variantId, locationId, available, shopifyUpdatedAt, generation)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(shop, variantId, locationId) DO UPDATE SET available = excluded.available, shopifyUpdatedAt = excluded.shopifyUpdatedAt`,
    ).run(shop, variantId, locationId, available, updatedAt ? new Date(updatedAt).toISOString() : null, currentGeneration(db, shop));
    db.prepare(
      `UPDATE CatalogVariant SET inventoryQuantity = (SELECT COALESCE(SUM(available), 0) FROM CatalogInventoryLevel WHERE shop = ? AND variantId = ?)
       WHERE shop = ? AND id = ?`,
    ).run(shop, variantId, shop, variantId);
    bumpCatalogVersion(db, shop);
    return "applied";
  })();
}

/** The generation new incremental rows carry: the latest full read's, so they survive its cleanup. */
export function currentGeneration(db: Database.Database, shop: string): number {
  const row = db.prepare(`SELECT COALESCE(MAX(generation), 0) AS g FROM CatalogSync WHERE shop = ?`).get(shop) as { g: number };
  return row.g;
}
