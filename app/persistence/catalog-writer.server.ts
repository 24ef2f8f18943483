import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import type { CatalogRecord, ProductRecord, VariantRecord } from "~/core/catalog/records";

// Writes normalised catalog records in batches of prepared statements inside one transaction each
// (the hot path of a full read: see scripts/bench-catalog.ts). Products and variants carry a
// content hash: an unchanged row only gets the current generation, so a full read that finds
// nothing new writes little, and created/updated counts are what a reconciliation repaired.
// The hashes of a batch are looked up in one query, not one per row. The hash covers the whole
// record, its `attributes` (metafields mm-google-shopping.*) included, so a changed metafield is written.

export interface WriteCounts {
  productsCreated: number;
  productsUpdated: number;
  variantsCreated: number;
  variantsUpdated: number;
}

const hashOf = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64");
const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);
const json = JSON.stringify;

interface Stored {
  hash: string;
  shopifyUpdatedAt?: string | null;
}

export class CatalogWriter {
  readonly counts: WriteCounts = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
  readonly repaired: string[] = [];
  private pending: CatalogRecord[] = [];
  private readonly s: ReturnType<typeof prepare>;
  private readonly commit: (records: CatalogRecord[]) => void;

  constructor(
    db: Database.Database,
    private readonly shop: string,
    private readonly generation: number,
    private readonly batchSize = 2000,
  ) {
    this.s = prepare(db);
    this.commit = db.transaction((records: CatalogRecord[]) => {
      this.writeBatch(records);
      bumpCatalogVersion(db, shop);
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

  private writeBatch(records: CatalogRecord[]): void {
    const { shop, generation, s } = this;
    const now = new Date().toISOString();
    const products = this.stored(s.productHashes, records, "product");
    const variants = this.stored(s.variantHashes, records, "variant");
    for (const r of records) {
      switch (r.kind) {
        case "product":
          this.product(r.record, products.get(r.record.id), now);
          break;
        case "variant":
          this.variant(r.record, variants.get(r.record.id), now);
          break;
        case "image": {
          const i = r.record;
          s.image.run(shop, i.id, i.productId, i.url, i.altText, i.width, i.height, i.position, generation);
          break;
        }
        case "collection": {
          const c = r.record;
          s.collection.run(shop, c.productId, c.collectionId, c.handle, c.title, generation);
          break;
        }
        case "level": {
          const l = r.record;
          s.level.run(shop, l.variantId, l.locationId, l.available, iso(l.updatedAt), generation);
          break;
        }
        case "prices": {
          const p = r.record;
          s.prices.run(shop, p.variantId, json(p.prices), generation);
          break;
        }
        case "translation": {
          const t = r.record;
          s.translation.run(shop, t.productId, t.locale, t.key, t.value, generation);
          break;
        }
      }
    }
  }

  /** The stored hash (and Shopify's updatedAt) of every product or variant of the batch, in one query. */
  private stored(lookup: Database.Statement, records: CatalogRecord[], kind: "product" | "variant"): Map<string, Stored> {
    const ids = records.flatMap((r) => (r.kind === kind ? [r.record.id] : []));
    if (ids.length === 0) return new Map();
    const rows = lookup.all(this.shop, json(ids)) as (Stored & { id: string })[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  private product(p: ProductRecord, existing: Stored | undefined, now: string): void {
    const hash = hashOf(p);
    const updatedAt = iso(p.updatedAt);
    if (existing && (existing.hash === hash || isNewer(existing.shopifyUpdatedAt ?? null, updatedAt))) {
      this.s.productSeen.run(this.generation, this.shop, p.id);
      return;
    }
    this.s.product.run(
      this.shop, p.id, p.handle, p.title, p.descriptionHtml, p.vendor, p.productType, json(p.tags), p.status, p.onlineStoreUrl,
      p.categoryId, p.categoryName, p.seoTitle, p.seoDescription, json(p.options), p.featuredImageUrl, json(p.attributes), updatedAt, hash, this.generation, now,
    );
    this.count(existing ? "productsUpdated" : "productsCreated", p.id);
  }

  private variant(v: VariantRecord, existing: Stored | undefined, now: string): void {
    const hash = hashOf(v);
    if (existing?.hash === hash) {
      this.s.variantSeen.run(this.generation, this.shop, v.id);
      return;
    }
    this.s.variant.run(
      this.shop, v.id, v.productId, v.title, v.sku, v.barcode, v.price, v.compareAtPrice, v.inventoryQuantity, v.inventoryPolicy,
      v.tracked ? 1 : 0, v.position, json(v.selectedOptions), v.imageUrl, v.inventoryItemId, v.weightValue, v.weightUnit, json(v.attributes), hash, this.generation, now,
    );
    this.count(existing ? "variantsUpdated" : "variantsCreated", v.id);
  }

  private count(counter: keyof WriteCounts, id: string): void {
    this.counts[counter]++;
    if (this.repaired.length < 50) this.repaired.push(id);
  }
}

function isNewer(stored: string | null, incoming: string | null): boolean {
  return Boolean(stored && incoming && Date.parse(stored) > Date.parse(incoming));
}

function prepare(db: Database.Database) {
  const upsert = (table: string, key: string[], cols: string[]) =>
    db.prepare(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})
       ON CONFLICT(${key.map((c) => `"${c}"`).join(",")}) DO UPDATE SET ${cols
         .filter((c) => !key.includes(c))
         .map((c) => `"${c}" = excluded."${c}"`)
         .join(", ")}`,
    );
  const inBatch = `shop = ? AND id IN (SELECT value FROM json_each(?))`;
  return {
    productHashes: db.prepare(`SELECT id, hash, shopifyUpdatedAt FROM CatalogProduct WHERE ${inBatch}`),
    productSeen: db.prepare(`UPDATE CatalogProduct SET generation = ? WHERE shop = ? AND id = ?`),
    product: upsert("CatalogProduct", ["shop", "id"], [
      "shop", "id", "handle", "title", "descriptionHtml", "vendor", "productType", "tags", "status", "onlineStoreUrl",
      "categoryId", "categoryName", "seoTitle", "seoDescription", "options", "featuredImageUrl", "attributes",
      "shopifyUpdatedAt", "hash", "generation", "syncedAt",
    ]),
    variantHashes: db.prepare(`SELECT id, hash FROM CatalogVariant WHERE ${inBatch}`),
    variantSeen: db.prepare(`UPDATE CatalogVariant SET generation = ? WHERE shop = ? AND id = ?`),
    variant: upsert("CatalogVariant", ["shop", "id"], [
      "shop", "id", "productId", "title", "sku", "barcode", "price", "compareAtPrice", "inventoryQuantity",
      "inventoryPolicy", "tracked", "position", "selectedOptions", "imageUrl", "inventoryItemId", "weightValue",
      "weightUnit", "attributes", "hash", "generation", "syncedAt",
    ]),
    image: upsert("CatalogImage", ["shop", "id"], ["shop", "id", "productId", "url", "altText", "width", "height", "position", "generation"]),
    collection: upsert("CatalogProductCollection", ["shop", "productId", "collectionId"], ["shop", "productId", "collectionId", "handle", "title", "generation"]),
    level: upsert("CatalogInventoryLevel", ["shop", "variantId", "locationId"], ["shop", "variantId", "locationId", "available", "shopifyUpdatedAt", "generation"]),
    translation: upsert("CatalogTranslation", ["shop", "productId", "locale", "key"], ["shop", "productId", "locale", "key", "value", "generation"]),
    // Countries come from several queries (and pages): within one read they are merged into the
    // variant's row; a new read starts the row afresh, so countries no longer sold drop out.
    prices: db.prepare(
      `INSERT INTO CatalogMarketPrice (shop, variantId, prices, generation) VALUES (?, ?, ?, ?)
       ON CONFLICT(shop, variantId) DO UPDATE SET
         prices = CASE WHEN generation = excluded.generation THEN json_patch(prices, excluded.prices) ELSE excluded.prices END,
         generation = excluded.generation`,
    ),
  };
}

/** Every catalog write moves the shop's catalog version: feeds derive their ETag from it. */
export function bumpCatalogVersion(db: Database.Database, shop: string): void {
  db.prepare(`UPDATE Shop SET catalogVersion = catalogVersion + 1, catalogChangedAt = ? WHERE domain = ?`).run(new Date().toISOString(), shop);
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
    bumpCatalogVersion(db, shop);
    return { products, variants };
  })();
}
