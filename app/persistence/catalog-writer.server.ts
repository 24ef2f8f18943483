import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import type { CatalogRecord, CollectionLink, ImageRecord, LevelRecord, MarketPrice, ProductRecord, TranslationRecord, VariantRecord } from "~/core/catalog/records";

// Writes normalised catalog records in batches of prepared statements inside one transaction each.
// Unchanged rows (same content hash) only get the current generation, so a full read that finds
// nothing new writes little; created/updated counts are what a reconciliation repaired.

export interface WriteCounts {
  productsCreated: number;
  productsUpdated: number;
  variantsCreated: number;
  variantsUpdated: number;
}

const hashOf = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64");
const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);
const json = JSON.stringify;

export class CatalogWriter {
  readonly counts: WriteCounts = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
  readonly repaired: string[] = [];
  private pending: CatalogRecord[] = [];
  private readonly statements;
  private readonly commit: (records: CatalogRecord[]) => void;

  constructor(
    private readonly db: Database.Database,
    private readonly shop: string,
    private readonly generation: number,
    private readonly batchSize = 2000,
  ) {
    this.statements = prepare(db);
    this.commit = db.transaction((records: CatalogRecord[]) => {
      for (const r of records) this.writeOne(r);
    });
  }

  write(record: CatalogRecord): void {
    this.pending.push(record);
    if (this.pending.length >= this.batchSize) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.commit(batch);
  }

  private writeOne(r: CatalogRecord): void {
    switch (r.kind) {
      case "product":
        return this.product(r.record);
      case "variant":
        return this.variant(r.record);
      case "image":
        return this.image(r.record);
      case "collection":
        return this.collection(r.record);
      case "level":
        return this.level(r.record);
      case "price":
        return this.price(r.record);
      case "translation":
        return this.translation(r.record);
    }
  }

  private product(p: ProductRecord): void {
    const s = this.statements;
    const hash = hashOf(p);
    const existing = s.productHash.get(this.shop, p.id) as { hash: string; shopifyUpdatedAt: string | null } | undefined;
    const updatedAt = iso(p.updatedAt);
    if (existing && (existing.hash === hash || isNewer(existing.shopifyUpdatedAt, updatedAt))) {
      s.productSeen.run(this.generation, this.shop, p.id);
      return;
    }
    s.productUpsert.run({
      shop: this.shop, id: p.id, handle: p.handle, title: p.title, descriptionHtml: p.descriptionHtml, vendor: p.vendor,
      productType: p.productType, tags: json(p.tags), status: p.status, onlineStoreUrl: p.onlineStoreUrl,
      categoryId: p.categoryId, categoryName: p.categoryName, seoTitle: p.seoTitle, seoDescription: p.seoDescription,
      options: json(p.options), featuredImageUrl: p.featuredImageUrl,
      shopifyUpdatedAt: updatedAt, hash, generation: this.generation, syncedAt: new Date().toISOString(),
    });
    if (existing) this.counts.productsUpdated++;
    else this.counts.productsCreated++;
    if (this.repaired.length < 50) this.repaired.push(p.id);
  }

  private variant(v: VariantRecord): void {
    const s = this.statements;
    const hash = hashOf(v);
    const existing = s.variantHash.get(this.shop, v.id) as { hash: string } | undefined;
    if (existing?.hash === hash) {
      s.variantSeen.run(this.generation, this.shop, v.id);
      return;
    }
    s.variantUpsert.run({
      shop: this.shop, id: v.id, productId: v.productId, title: v.title, sku: v.sku, barcode: v.barcode, price: v.price,
      compareAtPrice: v.compareAtPrice, inventoryQuantity: v.inventoryQuantity, inventoryPolicy: v.inventoryPolicy,
      tracked: v.tracked ? 1 : 0, position: v.position, selectedOptions: json(v.selectedOptions), imageUrl: v.imageUrl,
      inventoryItemId: v.inventoryItemId, weightValue: v.weightValue, weightUnit: v.weightUnit,
      hash, generation: this.generation, syncedAt: new Date().toISOString(),
    });
    if (existing) this.counts.variantsUpdated++;
    else this.counts.variantsCreated++;
    if (this.repaired.length < 50) this.repaired.push(v.id);
  }

  private image(i: ImageRecord): void {
    this.statements.imageUpsert.run({ shop: this.shop, ...i, generation: this.generation });
  }

  private collection(c: CollectionLink): void {
    this.statements.collectionUpsert.run({ shop: this.shop, ...c, generation: this.generation });
  }

  private level(l: LevelRecord): void {
    this.statements.levelUpsert.run({ shop: this.shop, ...l, shopifyUpdatedAt: iso(l.updatedAt), generation: this.generation });
  }

  private price(p: MarketPrice): void {
    this.statements.priceUpsert.run({ shop: this.shop, ...p, generation: this.generation });
  }

  private translation(t: TranslationRecord): void {
    this.statements.translationUpsert.run({ shop: this.shop, ...t, generation: this.generation });
  }
}

function isNewer(stored: string | null, incoming: string | null): boolean {
  return Boolean(stored && incoming && Date.parse(stored) > Date.parse(incoming));
}

function prepare(db: Database.Database) {
  const upsert = (table: string, key: string[], cols: string[]) =>
    db.prepare(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map((c) => `@${c}`).join(",")})
       ON CONFLICT(${key.map((c) => `"${c}"`).join(",")}) DO UPDATE SET ${cols
         .filter((c) => !key.includes(c))
         .map((c) => `"${c}" = excluded."${c}"`)
         .join(", ")}`,
    );
  return {
    productHash: db.prepare(`SELECT hash, shopifyUpdatedAt FROM CatalogProduct WHERE shop = ? AND id = ?`),
    productSeen: db.prepare(`UPDATE CatalogProduct SET generation = ? WHERE shop = ? AND id = ?`),
    productUpsert: upsert("CatalogProduct", ["shop", "id"], [
      "shop", "id", "handle", "title", "descriptionHtml", "vendor", "productType", "tags", "status", "onlineStoreUrl",
      "categoryId", "categoryName", "seoTitle", "seoDescription", "options", "featuredImageUrl",
      "shopifyUpdatedAt", "hash", "generation", "syncedAt",
    ]),
    variantHash: db.prepare(`SELECT hash FROM CatalogVariant WHERE shop = ? AND id = ?`),
    variantSeen: db.prepare(`UPDATE CatalogVariant SET generation = ? WHERE shop = ? AND id = ?`),
    variantUpsert: upsert("CatalogVariant", ["shop", "id"], [
      "shop", "id", "productId", "title", "sku", "barcode", "price", "compareAtPrice", "inventoryQuantity",
      "inventoryPolicy", "tracked", "position", "selectedOptions", "imageUrl", "inventoryItemId", "weightValue",
      "weightUnit", "hash", "generation", "syncedAt",
    ]),
    imageUpsert: upsert("CatalogImage", ["shop", "id"], ["shop", "id", "productId", "url", "altText", "width", "height", "position", "generation"]),
    collectionUpsert: upsert("CatalogProductCollection", ["shop", "productId", "collectionId"], ["shop", "productId", "collectionId", "handle", "title", "generation"]),
    levelUpsert: upsert("CatalogInventoryLevel", ["shop", "variantId", "locationId"], [
      "shop", "variantId", "locationId", "available", "shopifyUpdatedAt", "generation",
    ]),
    translationUpsert: upsert("CatalogTranslation", ["shop", "productId", "locale", "key"], ["shop", "productId", "locale", "key", "value", "generation"]),
    priceUpsert: upsert("CatalogMarketPrice", ["shop", "variantId", "country"], [
      "shop", "variantId", "country", "currency", "price", "compareAtPrice", "generation",
    ]),
  };
}

const STALE_TABLES = ["CatalogVariant", "CatalogImage", "CatalogProductCollection", "CatalogInventoryLevel", "CatalogMarketPrice", "CatalogTranslation"] as const;

/**
 * After a complete full read: whatever it did not see is gone from Shopify (a missed delete).
 * Rows written by webhooks during the read carry the current generation and survive.
 */
export function removeUnseen(db: Database.Database, shop: string, generation: number): { products: string[]; variants: number } {
  return db.transaction(() => {
    const products = (db.prepare(`SELECT id FROM CatalogProduct WHERE shop = ? AND generation < ?`).all(shop, generation) as { id: string }[]).map((r) => r.id);
    const variants = db.prepare(`DELETE FROM CatalogVariant WHERE shop = ? AND generation < ?`).run(shop, generation).changes;
    for (const table of STALE_TABLES.slice(1)) db.prepare(`DELETE FROM "${table}" WHERE shop = ? AND generation < ?`).run(shop, generation);
    db.prepare(`DELETE FROM CatalogProduct WHERE shop = ? AND generation < ?`).run(shop, generation);
    return { products, variants };
  })();
}
