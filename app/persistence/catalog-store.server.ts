import { bumpCatalogVersion, catalogTransaction, isNewer, LEVEL_NOT_OLDER, type CatalogWriter } from "./catalog-writer.server";
import { isoTime, num, type Sql } from "./sql/port";

// Catalog writes outside the full read: a product replaced or removed by a webhook, stock of one
// variant at one location. Same tables as the CatalogWriter, and its per-shop transactions.

const CHILD_TABLES = ["CatalogImage", "CatalogProductCollection", "CatalogTranslation"] as const;

/** Before a product's fresh copy is written: its media, collections and translations are replaced whole. */
export function clearProductChildren(sql: Sql, shop: string, productId: string): Promise<void> {
  return catalogTransaction(sql, shop, async (tx) => {
    for (const table of CHILD_TABLES) await tx.run(`DELETE FROM "${table}" WHERE "shop" = ? AND "productId" = ?`, [shop, productId]);
    await bumpCatalogVersion(tx, shop);
  });
}

export async function variantIdsOf(sql: Sql, shop: string, productId: string): Promise<string[]> {
  return (await sql.all<{ id: string }>(`SELECT "id" FROM "CatalogVariant" WHERE "shop" = ? AND "productId" = ?`, [shop, productId])).map((r) => r.id);
}

/** Variants of the product that its fresh copy no longer has, with their stock and prices. */
export function removeVariantsExcept(sql: Sql, shop: string, productId: string, keep: readonly string[]): Promise<number> {
  return catalogTransaction(sql, shop, async (tx) => {
    const gone = (await variantIdsOf(tx, shop, productId)).filter((id) => !keep.includes(id));
    for (const id of gone) {
      await tx.run(`DELETE FROM "CatalogInventoryLevel" WHERE "shop" = ? AND "variantId" = ?`, [shop, id]);
      await tx.run(`DELETE FROM "CatalogMarketPrice" WHERE "shop" = ? AND "variantId" = ?`, [shop, id]);
      await tx.run(`DELETE FROM "CatalogVariant" WHERE "shop" = ? AND "id" = ?`, [shop, id]);
    }
    if (gone.length > 0) await bumpCatalogVersion(tx, shop);
    return gone.length;
  });
}

export function deleteProduct(sql: Sql, shop: string, productId: string): Promise<boolean> {
  return catalogTransaction(sql, shop, async (tx) => {
    await removeVariantsExcept(tx, shop, productId, []);
    await clearProductChildren(tx, shop, productId);
    const deleted = (await tx.run(`DELETE FROM "CatalogProduct" WHERE "shop" = ? AND "id" = ?`, [shop, productId])) > 0;
    await bumpCatalogVersion(tx, shop);
    return deleted;
  });
}

/** A product's fresh copy, as a single-product read found it: no variants means it is gone from Shopify. */
export interface FreshProduct {
  variantIds: readonly string[];
  /** Shopify's updatedAt of the copy (null when the product was not found). */
  updatedAt: string | null;
}

/**
 * Replaces a product by its fresh copy (queued in `writer`) in one transaction, so a feed served
 * meanwhile sees it either as it was or as it is, never half-replaced. Not when a later copy was
 * stored meanwhile (another worker's read of a later change): then nothing is written and it is false.
 */
export function replaceProduct(sql: Sql, shop: string, productId: string, fresh: FreshProduct, writer: CatalogWriter): Promise<boolean> {
  return catalogTransaction(sql, shop, async (tx) => {
    if (isNewer(await productUpdatedAt(tx, shop, productId), fresh.updatedAt)) return false;
    if (fresh.variantIds.length === 0) {
      await deleteProduct(tx, shop, productId);
      return true;
    }
    await clearProductChildren(tx, shop, productId);
    await writer.flush(tx);
    await removeVariantsExcept(tx, shop, productId, fresh.variantIds);
    // The read's totals may predate a level kept above (a later inventory webhook): totals follow the stored levels.
    await tx.run(PRODUCT_TOTALS, [shop, productId]);
    return true;
  });
}

/** Shopify's updatedAt of the stored product (ISO), null when unknown, undefined when the product is not stored. */
export async function productUpdatedAt(sql: Sql, shop: string, productId: string): Promise<string | null | undefined> {
  const row = await sql.get<{ shopifyUpdatedAt: unknown }>(`SELECT "shopifyUpdatedAt" FROM "CatalogProduct" WHERE "shop" = ? AND "id" = ?`, [shop, productId]);
  return row ? isoTime(row.shopifyUpdatedAt) : undefined;
}

export async function variantOfInventoryItem(sql: Sql, shop: string, inventoryItemId: string): Promise<string | null> {
  const row = await sql.get<{ id: string }>(`SELECT "id" FROM "CatalogVariant" WHERE "shop" = ? AND "inventoryItemId" = ?`, [shop, inventoryItemId]);
  return row?.id ?? null;
}

export type LevelChange = "applied" | "stale";

// The level is written unless a later change is stored: the check is part of the upsert, so it
// holds against a concurrent write of the same row on PostgreSQL too.
const LEVEL_UPSERT = `INSERT INTO "CatalogInventoryLevel" ("shop", "variantId", "locationId", "available", "shopifyUpdatedAt", "generation")
  VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT ("shop", "variantId", "locationId") DO UPDATE SET "available" = excluded."available", "shopifyUpdatedAt" = excluded."shopifyUpdatedAt"
  WHERE ${LEVEL_NOT_OLDER}`;

const PRODUCT_TOTALS = `UPDATE "CatalogVariant" SET "inventoryQuantity" =
    (SELECT COALESCE(SUM(l."available"), 0) FROM "CatalogInventoryLevel" l WHERE l."shop" = "CatalogVariant"."shop" AND l."variantId" = "CatalogVariant"."id")
  WHERE "shop" = ? AND "productId" = ?
    AND EXISTS (SELECT 1 FROM "CatalogInventoryLevel" l WHERE l."shop" = "CatalogVariant"."shop" AND l."variantId" = "CatalogVariant"."id")`;

const VARIANT_TOTAL = `UPDATE "CatalogVariant" SET "inventoryQuantity" =
    (SELECT COALESCE(SUM("available"), 0) FROM "CatalogInventoryLevel" WHERE "shop" = ? AND "variantId" = ?)
  WHERE "shop" = ? AND "id" = ?`;

/**
 * One location's available stock, unless a later change is already stored; the variant's total
 * follows (Shopify's inventoryQuantity is the sum over locations). The shop's catalog transaction
 * keeps two workers' changes at two locations of one variant from each summing without the other's.
 */
export function applyLevel(sql: Sql, shop: string, variantId: string, locationId: string, available: number, updatedAt: string | null): Promise<LevelChange> {
  return catalogTransaction(sql, shop, async (tx): Promise<LevelChange> => {
    const time = updatedAt ? tx.dialect.time(new Date(updatedAt)) : null;
    if ((await tx.run(LEVEL_UPSERT, [shop, variantId, locationId, available, time, await currentGeneration(tx, shop)])) === 0) return "stale";
    await tx.run(VARIANT_TOTAL, [shop, variantId, shop, variantId]);
    await bumpCatalogVersion(tx, shop);
    return "applied";
  });
}

/** The generation new incremental rows carry: the latest full read's, so they survive its cleanup. */
export async function currentGeneration(sql: Sql, shop: string): Promise<number> {
  return num((await sql.get<{ g: unknown }>(`SELECT COALESCE(MAX("generation"), 0) AS "g" FROM "CatalogSync" WHERE "shop" = ?`, [shop]))?.g);
}
