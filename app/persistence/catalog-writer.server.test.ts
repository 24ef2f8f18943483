import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogRecord, ProductRecord, VariantRecord } from "~/core/catalog/records";
import { freshDatabase, freshSqlite, onPostgres, testPrisma, testSql } from "../../tests/support/db";
import { applyLevel, deleteProduct, productUpdatedAt, replaceProduct, variantIdsOf } from "./catalog-store.server";
import { CatalogWriter, removeUnseen } from "./catalog-writer.server";
import { num, type Sql } from "./sql/port";
import { Upsert, UpsertRows } from "./upsert-rows.server";

// The catalog writer and store on a fresh migrated database: SQLite always, PostgreSQL too when
// the suite runs with TEST_POSTGRES_URL (tests/support/db.ts).

const SHOP = "writer-test.myshopify.com";
const databases: [string, () => { url: string }][] = [["SQLite", freshSqlite]];
if (onPostgres) databases.push(["PostgreSQL", freshDatabase]);

const product = (n: number, changes: Partial<ProductRecord> = {}): CatalogRecord => ({
  kind: "product",
  record: {
    id: `gid://shopify/Product/${n}`, handle: `p-${n}`, title: `Product ${n}`, descriptionHtml: "", vendor: "V", productType: "", tags: ["a"], status: "ACTIVE",
    onlineStoreUrl: null, categoryId: null, categoryName: null, seoTitle: null, seoDescription: null, options: [], featuredImageUrl: null,
    updatedAt: "2026-01-01T10:00:00Z", attributes: {}, ...changes,
  },
});
const variant = (n: number, productN: number, changes: Partial<VariantRecord> = {}): CatalogRecord => ({
  kind: "variant",
  record: {
    id: `gid://shopify/ProductVariant/${n}`, productId: `gid://shopify/Product/${productN}`, title: "", sku: `SKU-${n}`, barcode: null, price: 1000, compareAtPrice: null,
    inventoryQuantity: 0, inventoryPolicy: "DENY", tracked: true, position: 1, selectedOptions: [], imageUrl: null, inventoryItemId: `gid://shopify/InventoryItem/${n}`,
    weightValue: 0.5, weightUnit: "KILOGRAMS", attributes: { color: "Red" }, ...changes,
  },
});
const level = (variantN: number, location: number, available: number, updatedAt: string | null): CatalogRecord => ({
  kind: "level",
  record: { variantId: `gid://shopify/ProductVariant/${variantN}`, locationId: `gid://shopify/Location/${location}`, available, updatedAt },
});
const prices = (variantN: number, country: string, price: number): CatalogRecord => ({
  kind: "prices",
  record: { variantId: `gid://shopify/ProductVariant/${variantN}`, prices: { [country]: { currency: "EUR", price, compareAtPrice: null } } },
});
const children = (productN: number): CatalogRecord[] => [
  { kind: "image", record: { id: `gid://shopify/MediaImage/${productN}`, productId: `gid://shopify/Product/${productN}`, url: `https://cdn/${productN}.jpg`, altText: null, width: 10, height: 10, position: 0 } },
  { kind: "collection", record: { productId: `gid://shopify/Product/${productN}`, collectionId: "gid://shopify/Collection/1", handle: "all", title: "All" } },
  { kind: "translation", record: { productId: `gid://shopify/Product/${productN}`, locale: "de", key: "title", value: `Produkt ${productN}` } },
];

it("refuses an upsert whose key columns do not come first", () => {
  expect(() => new Upsert("T", ["shop", "id"], ["id", "shop", "n"])).toThrow("key columns must come first");
});

describe.each(databases)("catalog writer and store on %s", (_name, fresh) => {
  let url: string;
  let sql: Sql;
  let db: PrismaClient;

  beforeAll(async () => {
    url = fresh().url;
    sql = testSql(url);
    db = testPrisma(url);
    await db.shop.create({ data: { domain: SHOP } });
  });

  afterAll(async () => {
    await sql?.close();
    await db?.$disconnect();
  });

  async function writeAll(records: CatalogRecord[], generation: number, batchSize = 3): Promise<CatalogWriter> {
    const writer = new CatalogWriter(sql, SHOP, generation, batchSize);
    for (const record of records) await writer.write(record);
    await writer.flush();
    return writer;
  }

  const count = async (table: string) => num((await sql.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "${table}" WHERE "shop" = ?`, [SHOP]))?.n);
  const version = async () => (await db.shop.findUniqueOrThrow({ where: { domain: SHOP } })).catalogVersion;
  const variantRow = (n: number) => db.catalogVariant.findUniqueOrThrow({ where: { shop_id: { shop: SHOP, id: `gid://shopify/ProductVariant/${n}` } } });
  const levelRow = (variantN: number, location: number) =>
    db.catalogInventoryLevel.findUniqueOrThrow({ where: { shop_variantId_locationId: { shop: SHOP, variantId: `gid://shopify/ProductVariant/${variantN}`, locationId: `gid://shopify/Location/${location}` } } });

  const catalog = [product(1), variant(11, 1), variant(12, 1), ...children(1), product(2), variant(21, 2), ...children(2), level(11, 1, 5, "2026-01-01T10:00:00Z"), level(11, 2, 7, null)];

  it("writes a catalog in batches, counts what it created, and moves the catalog version", async () => {
    const before = await version();
    const writer = await writeAll([...catalog, prices(11, "DE", 900), prices(11, "FR", 950)], 1);
    expect(writer.counts).toEqual({ productsCreated: 2, productsUpdated: 0, variantsCreated: 3, variantsUpdated: 0 });
    expect(await version()).toBeGreaterThan(before);
    expect(await count("CatalogImage")).toBe(2);
    expect(await count("CatalogTranslation")).toBe(2);
    expect(await count("CatalogProductCollection")).toBe(2);
    const v = await variantRow(11);
    expect(v).toMatchObject({ tracked: true, weightValue: 0.5, attributes: `{"color":"Red"}`, generation: 1 });
    expect(v.syncedAt).toBeInstanceOf(Date);
    expect((await levelRow(11, 1)).shopifyUpdatedAt?.toISOString()).toBe("2026-01-01T10:00:00.000Z");
    expect(await productUpdatedAt(sql, SHOP, "gid://shopify/Product/1")).toBe("2026-01-01T10:00:00.000Z");
    // Prices of one read merge across queries (countries); the next read starts afresh.
    const row = await db.catalogMarketPrice.findUniqueOrThrow({ where: { shop_variantId: { shop: SHOP, variantId: "gid://shopify/ProductVariant/11" } } });
    expect(Object.keys(JSON.parse(row.prices)).sort()).toEqual(["DE", "FR"]);
  });

  it("a second read rewrites only what changed, never an older copy of a product, then removes what it did not see", async () => {
    const writer = await writeAll(
      [product(1, { title: "Older copy", updatedAt: "2025-12-31T00:00:00Z" }), variant(11, 1), variant(12, 1, { price: 1200 }), ...children(1), prices(11, "DE", 990)],
      2,
    );
    expect(writer.counts).toEqual({ productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 1 });
    expect(writer.repaired).toEqual(["gid://shopify/ProductVariant/12"]);
    expect((await db.catalogProduct.findUniqueOrThrow({ where: { shop_id: { shop: SHOP, id: "gid://shopify/Product/1" } } })).title).toBe("Product 1");
    const row = await db.catalogMarketPrice.findUniqueOrThrow({ where: { shop_variantId: { shop: SHOP, variantId: "gid://shopify/ProductVariant/11" } } });
    expect(JSON.parse(row.prices)).toEqual({ DE: { currency: "EUR", price: 990, compareAtPrice: null } });

    const removed = await removeUnseen(sql, SHOP, 2);
    expect(removed).toEqual({ products: ["gid://shopify/Product/2"], variants: 1 });
    expect(await count("CatalogProduct")).toBe(1);
    expect(await count("CatalogImage")).toBe(1);
    expect(await count("CatalogInventoryLevel")).toBe(0); // written by read 1, not seen by read 2
  });

  it("applies stock unless a later change is stored, and sums concurrent changes at two locations", async () => {
    await db.catalogSync.create({ data: { shop: SHOP, kind: "full", generation: 2, status: "completed" } });
    const v = "gid://shopify/ProductVariant/11";
    expect(await applyLevel(sql, SHOP, v, "gid://shopify/Location/1", 4, "2026-02-01T10:00:00Z")).toBe("applied");
    expect(await applyLevel(sql, SHOP, v, "gid://shopify/Location/1", 9, "2026-02-01T09:00:00Z")).toBe("stale");
    expect(await applyLevel(sql, SHOP, v, "gid://shopify/Location/1", 6, "2026-02-01T10:00:00Z")).toBe("applied");
    expect((await levelRow(11, 1)).available).toBe(6);
    expect((await levelRow(11, 1)).generation).toBe(2);
    // Several workers: on PostgreSQL, separate connections (pools); on SQLite, one connection per process.
    const workers = sql.dialect.name === "postgres" ? [testSql(url), testSql(url), testSql(url)] : [sql, sql, sql];
    try {
      await Promise.all(workers.map((w, i) => applyLevel(w, SHOP, v, `gid://shopify/Location/${i + 2}`, 10 * (i + 1), `2026-02-01T11:00:0${i}Z`)));
    } finally {
      if (workers[0] !== sql) await Promise.all(workers.map((w) => w.close()));
    }
    expect((await variantRow(11)).inventoryQuantity).toBe(6 + 10 + 20 + 30);
  });

  it("replaces a product by its fresh copy in one transaction, unless a later copy is stored; deletes it when it is gone", async () => {
    const fresh = new CatalogWriter(sql, SHOP, 2, Number.POSITIVE_INFINITY);
    for (const r of [product(1, { title: "Fresh", updatedAt: "2026-03-01T00:00:00Z" }), variant(13, 1)]) await fresh.write(r);
    expect(await replaceProduct(sql, SHOP, "gid://shopify/Product/1", { variantIds: ["gid://shopify/ProductVariant/13"], updatedAt: "2026-03-01T00:00:00Z" }, fresh)).toBe(true);
    expect(await variantIdsOf(sql, SHOP, "gid://shopify/Product/1")).toEqual(["gid://shopify/ProductVariant/13"]);
    expect(await count("CatalogImage")).toBe(0);
    expect(await count("CatalogInventoryLevel")).toBe(0); // went with variant 11

    const older = new CatalogWriter(sql, SHOP, 2, Number.POSITIVE_INFINITY);
    for (const r of [product(1, { title: "Overtaken", updatedAt: "2026-02-15T00:00:00Z" }), variant(14, 1)]) await older.write(r);
    expect(await replaceProduct(sql, SHOP, "gid://shopify/Product/1", { variantIds: ["gid://shopify/ProductVariant/14"], updatedAt: "2026-02-15T00:00:00Z" }, older)).toBe(false);
    expect(await variantIdsOf(sql, SHOP, "gid://shopify/Product/1")).toEqual(["gid://shopify/ProductVariant/13"]);

    expect(await replaceProduct(sql, SHOP, "gid://shopify/Product/1", { variantIds: [], updatedAt: null }, new CatalogWriter(sql, SHOP, 2))).toBe(true);
    expect(await count("CatalogProduct")).toBe(0);
    expect(await count("CatalogVariant")).toBe(0);
    expect(await deleteProduct(sql, SHOP, "gid://shopify/Product/1")).toBe(false);
  });

  it("a product re-read that saw stock before a later inventory webhook keeps the later level and its total", async () => {
    const first = new CatalogWriter(sql, SHOP, 2, Number.POSITIVE_INFINITY);
    for (const r of [product(7, { updatedAt: "2026-04-01T00:00:00Z" }), variant(71, 7, { inventoryQuantity: 5 }), level(71, 1, 5, "2026-04-01T00:00:00Z")]) await first.write(r);
    await replaceProduct(sql, SHOP, "gid://shopify/Product/7", { variantIds: ["gid://shopify/ProductVariant/71"], updatedAt: "2026-04-01T00:00:00Z" }, first);
    // A sale: the webhook (another worker) stores 4 at 10:00:05 …
    expect(await applyLevel(sql, SHOP, "gid://shopify/ProductVariant/71", "gid://shopify/Location/1", 4, "2026-04-01T10:00:05Z")).toBe("applied");
    // … while a re-read for a title edit had read 5 at 10:00:01 and is written after it.
    const reread = new CatalogWriter(sql, SHOP, 2, Number.POSITIVE_INFINITY);
    for (const r of [product(7, { title: "Edited", updatedAt: "2026-04-01T10:00:00Z" }), variant(71, 7, { inventoryQuantity: 5 }), level(71, 1, 5, "2026-04-01T10:00:01Z")]) await reread.write(r);
    expect(await replaceProduct(sql, SHOP, "gid://shopify/Product/7", { variantIds: ["gid://shopify/ProductVariant/71"], updatedAt: "2026-04-01T10:00:00Z" }, reread)).toBe(true);
    const stored = await sql.get<{ title: string; inventoryQuantity: unknown; available: unknown }>(
      `SELECT p."title", v."inventoryQuantity", l."available" FROM "CatalogProduct" p JOIN "CatalogVariant" v ON v."productId" = p."id" JOIN "CatalogInventoryLevel" l ON l."variantId" = v."id" WHERE p."id" = ?`,
      ["gid://shopify/Product/7"],
    );
    expect([stored?.title, num(stored?.inventoryQuantity), num(stored?.available)]).toEqual(["Edited", 4, 4]);
    expect(await deleteProduct(sql, SHOP, "gid://shopify/Product/7")).toBe(true);
  });

  it("sends gathered rows as multi-row upserts that apply them as one statement per row would, repeated keys included", async () => {
    // The value keeps every value its key was given, in order: the order of application shows.
    const upsert = new Upsert("CatalogTranslation", ["shop", "productId", "locale", "key"], ["shop", "productId", "locale", "key", "value", "generation"], `"value" = "CatalogTranslation"."value" || ',' || excluded."value"`);
    const rows = new UpsertRows();
    const expected = new Map<string, string[]>();
    for (let i = 0; i < 300; i++) {
      const key = i % 7 === 0 ? `k${i % 5}` : `k${i}`; // keys k0…k4 come back again and again
      rows.add(upsert, [SHOP, "gid://shopify/Product/9", "fr", key, String(i), 0]);
      expected.set(key, [...(expected.get(key) ?? []), String(i)]);
    }
    const texts = new Set<string>();
    await sql.transaction((tx) => rows.send({ ...tx, run: (text, params) => (texts.add(text), tx.run(text, params)) }));
    const stored = await sql.all<{ key: string; value: string }>(`SELECT "key", "value" FROM "CatalogTranslation" WHERE "shop" = ? AND "productId" = ?`, [SHOP, "gid://shopify/Product/9"]);
    expect(new Map(stored.map((r) => [r.key, r.value.split(",")]))).toEqual(expected);
    expect(texts.size).toBeLessThanOrEqual(7); // statements of 64, 32, 16, 8, 4, 2 and 1 rows
  });

  it("rolls a batch back whole when one of its rows fails", async () => {
    const writer = new CatalogWriter(sql, SHOP, 3, 10);
    await writer.write(product(3));
    await writer.write({ kind: "variant", record: { ...(variant(31, 3).record as VariantRecord), price: null as unknown as number } }); // price is NOT NULL
    await expect(writer.flush()).rejects.toThrow();
    expect(await productUpdatedAt(sql, SHOP, "gid://shopify/Product/3")).toBeUndefined();
    expect(await count("CatalogVariant")).toBe(0);
  });
});
