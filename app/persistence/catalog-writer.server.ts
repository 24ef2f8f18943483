import { createHash } from "node:crypto";
import type { CatalogRecord } from "~/core/catalog/records";
import { isoTime, type Dialect, type DialectName, type Sql } from "./sql/port";
import { Upsert, UpsertRows } from "./upsert-rows.server";

// Writes normalised catalog records in batches, one transaction each (the hot path of a full
// read: see scripts/bench-catalog.ts), on SQLite or PostgreSQL through the Sql port. Products and
// variants carry a content hash: an unchanged row only gets the current generation, so a full read
// that finds nothing new writes little, and created/updated counts are what a reconciliation repaired.
// Per batch, the hashes are looked up in one query per kind, the unchanged rows marked seen in one
// statement per kind, and the rest written as multi-row upserts (./upsert-rows.server.ts). The hash
// covers the whole record, its `attributes` (metafields mm-google-shopping.*) included, so a changed metafield is written.

export interface WriteCounts {
  productsCreated: number;
  productsUpdated: number;
  variantsCreated: number;
  variantsUpdated: number;
}

const hashOf = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64");
const json = JSON.stringify;

interface Stored {
  id: string;
  hash: string;
  shopifyUpdatedAt?: unknown;
}

export class CatalogWriter {
  readonly counts: WriteCounts = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
  readonly repaired: string[] = [];
  private pending: CatalogRecord[] = [];
  private readonly s: Statements;

  constructor(
    private readonly sql: Sql,
    private readonly shop: string,
    private readonly generation: number,
    private readonly batchSize = 2000,
  ) {
    this.s = statements(sql.dialect);
  }

  /** Queues a record; a full batch is written before the promise resolves. */
  write(record: CatalogRecord): Promise<void> {
    return this.queue(record) ? this.flush() : DONE;
  }

  /** Queues a record without writing; true when the batch is full: a hot loop then awaits `flush()` once per batch, not once per record. */
  queue(record: CatalogRecord): boolean {
    this.pending.push(record);
    return this.pending.length >= this.batchSize;
  }

  /** Writes what is queued in one transaction: inside `into` when given (a product's fresh copy commits with its cleanup). */
  async flush(into: Sql = this.sql): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await catalogTransaction(into, this.shop, async (tx) => {
      await this.writeBatch(tx, batch);
      await bumpCatalogVersion(tx, this.shop);
    });
  }

  private async writeBatch(tx: Sql, records: CatalogRecord[]): Promise<void> {
    const { shop, generation, s } = this;
    const d = tx.dialect;
    const now = d.time(new Date());
    const products = await this.stored(tx, s.productHashes, records, "product");
    const variants = await this.stored(tx, s.variantHashes, records, "variant");
    const rows = new UpsertRows();
    const seen = { products: [] as string[], variants: [] as string[] };
    for (const r of records) {
      switch (r.kind) {
        case "product": {
          const p = r.record;
          const existing = products.get(p.id);
          const hash = hashOf(p);
          if (existing && (existing.hash === hash || isNewer(isoTime(existing.shopifyUpdatedAt), p.updatedAt))) seen.products.push(p.id);
          else {
            rows.add(s.product, [
              shop, p.id, p.handle, p.title, p.descriptionHtml, p.vendor, p.productType, json(p.tags), p.status, p.onlineStoreUrl, p.categoryId, p.categoryName,
              p.seoTitle, p.seoDescription, json(p.options), p.featuredImageUrl, json(p.attributes), timeParam(d, p.updatedAt), hash, generation, now,
            ]);
            this.count(existing ? "productsUpdated" : "productsCreated", p.id);
          }
          break;
        }
        case "variant": {
          const v = r.record;
          const existing = variants.get(v.id);
          const hash = hashOf(v);
          if (existing?.hash === hash) seen.variants.push(v.id);
          else {
            rows.add(s.variant, [
              shop, v.id, v.productId, v.title, v.sku, v.barcode, v.price, v.compareAtPrice, v.inventoryQuantity, v.inventoryPolicy, v.tracked ? 1 : 0,
              v.position, json(v.selectedOptions), v.imageUrl, v.inventoryItemId, v.weightValue, v.weightUnit, json(v.attributes), hash, generation, now,
            ]);
            this.count(existing ? "variantsUpdated" : "variantsCreated", v.id);
          }
          break;
        }
        case "image": {
          const i = r.record;
          rows.add(s.image, [shop, i.id, i.productId, i.url, i.altText, i.width, i.height, i.position, generation]);
          break;
        }
        case "collection": {
          const c = r.record;
          rows.add(s.collection, [shop, c.productId, c.collectionId, c.handle, c.title, generation]);
          break;
        }
        case "level": {
          const l = r.record;
          rows.add(s.level, [shop, l.variantId, l.locationId, l.available, timeParam(d, l.updatedAt), generation]);
          break;
        }
        case "prices": {
          const p = r.record;
          rows.add(s.prices, [shop, p.variantId, json(p.prices), generation]);
          break;
        }
        case "translation": {
          const t = r.record;
          rows.add(s.translation, [shop, t.productId, t.locale, t.key, t.value, generation]);
          break;
        }
      }
    }
    if (seen.products.length > 0) await tx.run(s.productsSeen, [generation, shop, json(seen.products)]);
    if (seen.variants.length > 0) await tx.run(s.variantsSeen, [generation, shop, json(seen.variants)]);
    await rows.send(tx);
  }

  /** The stored hash (and Shopify's updatedAt) of every product or variant of the batch, in one query. */
  private async stored(tx: Sql, lookup: string, records: CatalogRecord[], kind: "product" | "variant"): Promise<Map<string, Stored>> {
    const ids = records.flatMap((r) => (r.kind === kind ? [r.record.id] : []));
    if (ids.length === 0) return new Map();
    const rows = await tx.all<Stored>(lookup, [this.shop, json(ids)]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  private count(counter: keyof WriteCounts, id: string): void {
    this.counts[counter]++;
    if (this.repaired.length < 50) this.repaired.push(id);
  }
}

const DONE = Promise.resolve();

/** A Shopify timestamp as the column stores it. */
const timeParam = (d: Dialect, value: string | null) => (value ? d.time(new Date(value)) : null);

/** Both known and `stored` later than `incoming` (ISO timestamps). */
export function isNewer(stored: string | null | undefined, incoming: string | null | undefined): boolean {
  return Boolean(stored && incoming && Date.parse(stored) > Date.parse(incoming));
}

type Statements = ReturnType<typeof buildStatements>;

// The writer's SQL, built once per dialect (the SQLite side caches a prepared statement per text).
/** A stored inventory level is replaced only by one at least as recent (or when either time is unknown). */
export const LEVEL_NOT_OLDER = `"CatalogInventoryLevel"."shopifyUpdatedAt" IS NULL OR excluded."shopifyUpdatedAt" IS NULL
     OR "CatalogInventoryLevel"."shopifyUpdatedAt" <= excluded."shopifyUpdatedAt"`;

const byDialect = new Map<DialectName, Statements>();
function statements(d: Dialect): Statements {
  let s = byDialect.get(d.name);
  if (!s) byDialect.set(d.name, (s = buildStatements(d)));
  return s;
}

function buildStatements(d: Dialect) {
  const inBatch = `"shop" = ? AND "id" IN ${d.jsonList()}`;
  return {
    productHashes: `SELECT "id", "hash", "shopifyUpdatedAt" FROM "CatalogProduct" WHERE ${inBatch}`,
    productsSeen: `UPDATE "CatalogProduct" SET "generation" = ? WHERE ${inBatch}`,
    product: new Upsert("CatalogProduct", ["shop", "id"], [
      "shop", "id", "handle", "title", "descriptionHtml", "vendor", "productType", "tags", "status", "onlineStoreUrl",
      "categoryId", "categoryName", "seoTitle", "seoDescription", "options", "featuredImageUrl", "attributes",
      "shopifyUpdatedAt", "hash", "generation", "syncedAt",
    ]),
    variantHashes: `SELECT "id", "hash" FROM "CatalogVariant" WHERE ${inBatch}`,
    variantsSeen: `UPDATE "CatalogVariant" SET "generation" = ? WHERE ${inBatch}`,
    variant: new Upsert("CatalogVariant", ["shop", "id"], [
      "shop", "id", "productId", "title", "sku", "barcode", "price", "compareAtPrice", "inventoryQuantity",
      "inventoryPolicy", "tracked", "position", "selectedOptions", "imageUrl", "inventoryItemId", "weightValue",
      "weightUnit", "attributes", "hash", "generation", "syncedAt",
    ]),
    image: new Upsert("CatalogImage", ["shop", "id"], ["shop", "id", "productId", "url", "altText", "width", "height", "position", "generation"]),
    collection: new Upsert("CatalogProductCollection", ["shop", "productId", "collectionId"], ["shop", "productId", "collectionId", "handle", "title", "generation"]),
    // A read that saw a level before a later change (an inventory webhook another worker applied
    // meanwhile) does not put the older number back.
    level: new Upsert("CatalogInventoryLevel", ["shop", "variantId", "locationId"], ["shop", "variantId", "locationId", "available", "shopifyUpdatedAt", "generation"], undefined, LEVEL_NOT_OLDER),
    translation: new Upsert("CatalogTranslation", ["shop", "productId", "locale", "key"], ["shop", "productId", "locale", "key", "value", "generation"]),
    // Countries come from several queries (and pages): within one read they are merged into the
    // variant's row; a new read starts the row afresh, so countries no longer sold drop out.
    prices: new Upsert("CatalogMarketPrice", ["shop", "variantId"], ["shop", "variantId", "prices", "generation"], `
      "prices" = CASE WHEN "CatalogMarketPrice"."generation" = excluded."generation"
        THEN ${d.jsonMerge(`"CatalogMarketPrice"."prices"`, `excluded."prices"`)} ELSE excluded."prices" END,
      "generation" = excluded."generation"`),
  };
}

/**
 * One transaction of a shop's catalog writes (joining `sql`'s when it is one). On PostgreSQL it
 * first takes a lock on the shop's catalog, held until commit, so the catalog writes of one shop
 * from several workers run one after another, as every write does on SQLite: what a write reads
 * (stored hashes and timestamps, stock at other locations) cannot change before it commits.
 */
export function catalogTransaction<T>(sql: Sql, shop: string, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return sql.transaction(async (tx) => {
    if (tx.dialect.name === "postgres") await tx.get(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`catalog:${shop}`]);
    return fn(tx);
  });
}

/** Every catalog write moves the shop's catalog version: feeds derive their ETag from it. */
export async function bumpCatalogVersion(sql: Sql, shop: string): Promise<void> {
  await sql.run(`UPDATE "Shop" SET "catalogVersion" = "catalogVersion" + 1, "catalogChangedAt" = ? WHERE "domain" = ?`, [sql.dialect.time(new Date()), shop]);
}

const STALE_TABLES = ["CatalogVariant", "CatalogImage", "CatalogProductCollection", "CatalogInventoryLevel", "CatalogMarketPrice", "CatalogTranslation"] as const;

/**
 * After a complete full read: whatever it did not see is gone from Shopify (a missed delete).
 * Rows written by webhooks during the read carry the current generation and survive.
 */
export function removeUnseen(sql: Sql, shop: string, generation: number): Promise<{ products: string[]; variants: number }> {
  return catalogTransaction(sql, shop, async (tx) => {
    const stale = `WHERE "shop" = ? AND "generation" < ?`;
    const products = (await tx.all<{ id: string }>(`SELECT "id" FROM "CatalogProduct" ${stale}`, [shop, generation])).map((r) => r.id);
    const variants = await tx.run(`DELETE FROM "CatalogVariant" ${stale}`, [shop, generation]);
    for (const table of STALE_TABLES.slice(1)) await tx.run(`DELETE FROM "${table}" ${stale}`, [shop, generation]);
    await tx.run(`DELETE FROM "CatalogProduct" ${stale}`, [shop, generation]);
    await bumpCatalogVersion(tx, shop);
    return { products, variants };
  });
}
