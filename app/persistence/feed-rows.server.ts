import type { Sql } from "./sql/port";

// Reads the catalog for feeds a page of products at a time (a feed of 100k variants is never held
// whole): products in id order, then their variants, images, collections, translations and market
// prices in one query each per page. Only the columns a feed uses are read, as arrays turned into
// the row objects below: reading is a large share of serving a feed. The same statements run on
// SQLite and PostgreSQL (app/persistence/sql), each page's as one snapshot of the catalog where the
// database allows (see `snapshot`): a product a webhook's refresh replaces is not seen half old, half new.

export interface ProductRow {
  id: string; handle: string; title: string; descriptionHtml: string; vendor: string; productType: string; tags: string;
  status: string; onlineStoreUrl: string | null; categoryId: string | null; categoryName: string | null;
  seoTitle: string | null; seoDescription: string | null; options: string; featuredImageUrl: string | null;
  /** mm-google-shopping metafields (JSON). */
  attributes: string;
}
export interface VariantRow {
  id: string; productId: string; title: string; sku: string | null; barcode: string | null; price: number; compareAtPrice: number | null;
  inventoryQuantity: number; inventoryPolicy: string; selectedOptions: string; imageUrl: string | null;
  /** 1 or 0 (PostgreSQL's booleans are made so too). */
  tracked: number;
  weightValue: number | null; weightUnit: string | null; attributes: string;
  /** Contextual prices by country (JSON); with `priceCountry`, only that country's. */
  prices: string | null;
}
export interface ImageRow { productId: string; url: string; altText: string | null; width: number | null; height: number | null }
export interface CollectionRow { productId: string; collectionId: string; handle: string; title: string }
export interface TranslationRow { productId: string; key: string; value: string }

export interface ProductPage {
  products: ProductRow[];
  variants: VariantRow[];
  images: ImageRow[];
  collections: CollectionRow[];
  translations: TranslationRow[];
}

export interface PageOptions {
  /** The market's price country: each variant's `prices` holds only that country's price (or none). */
  priceCountry?: string | null;
  /** Only products in these statuses (what the merchant's rules publish), when given. */
  statuses?: readonly string[];
}

const PAGE = 50;

/** One statement of a page: its SQL (built once per feed), and each row array made into a row object. */
function reader<T>(sql: string, row: (r: never[]) => T) {
  return async (db: Sql, params: unknown[]): Promise<T[]> => ((await db.rows(sql, params)) as never[][]).map(row);
}

/** The statements of a feed's pages, for one dialect and set of options. */
function statements(d: Sql["dialect"], options: PageOptions) {
  const ids = d.jsonList();
  const statuses = options.statuses ? `AND "status" IN ${ids}` : "";
  // JSON by country, as stored, or only the market's price country (its value, or null when it has none).
  const prices = options.priceCountry === undefined ? `"p"."prices"` : options.priceCountry === null ? "NULL" : d.jsonPick(`"p"."prices"`);
  return {
    products: reader(
      `SELECT "id", "handle", "title", "descriptionHtml", "vendor", "productType", "tags", "status", "onlineStoreUrl", "categoryId", "categoryName", "seoTitle", "seoDescription", "options", "featuredImageUrl", "attributes"
       FROM "CatalogProduct" WHERE "shop" = ? AND "id" > ? ${statuses} ORDER BY "id" LIMIT ${PAGE}`,
      ([id, handle, title, descriptionHtml, vendor, productType, tags, status, onlineStoreUrl, categoryId, categoryName, seoTitle, seoDescription, options, featuredImageUrl, attributes]): ProductRow =>
        ({ id, handle, title, descriptionHtml, vendor, productType, tags, status, onlineStoreUrl, categoryId, categoryName, seoTitle, seoDescription, options, featuredImageUrl, attributes }),
    ),
    variants: reader(
      `SELECT "v"."id", "v"."productId", "v"."title", "v"."sku", "v"."barcode", "v"."price", "v"."compareAtPrice", "v"."inventoryQuantity", "v"."inventoryPolicy", "v"."tracked",
              "v"."selectedOptions", "v"."imageUrl", "v"."weightValue", "v"."weightUnit", "v"."attributes", ${prices} AS "prices"
       FROM "CatalogVariant" "v" LEFT JOIN "CatalogMarketPrice" "p" ON "p"."shop" = "v"."shop" AND "p"."variantId" = "v"."id"
       WHERE "v"."shop" = ? AND "v"."productId" IN ${ids} ORDER BY "v"."productId", "v"."position", "v"."id"`,
      ([id, productId, title, sku, barcode, price, compareAtPrice, inventoryQuantity, inventoryPolicy, tracked, selectedOptions, imageUrl, weightValue, weightUnit, attributes, prices]): VariantRow =>
        ({ id, productId, title, sku, barcode, price, compareAtPrice, inventoryQuantity, inventoryPolicy, tracked: tracked ? 1 : 0, selectedOptions, imageUrl, weightValue, weightUnit, attributes, prices }),
    ),
    priceParams: options.priceCountry ? d.jsonPickParams(options.priceCountry) : [],
    images: reader(
      `SELECT "productId", "url", "altText", "width", "height" FROM "CatalogImage" WHERE "shop" = ? AND "productId" IN ${ids} ORDER BY "productId", "position", "id"`,
      ([productId, url, altText, width, height]): ImageRow => ({ productId, url, altText, width, height }),
    ),
    collections: reader(
      `SELECT "productId", "collectionId", "handle", "title" FROM "CatalogProductCollection" WHERE "shop" = ? AND "productId" IN ${ids} ORDER BY "productId", "collectionId"`,
      ([productId, collectionId, handle, title]): CollectionRow => ({ productId, collectionId, handle, title }),
    ),
    translations: reader(
      `SELECT "productId", "key", "value" FROM "CatalogTranslation" WHERE "shop" = ? AND "locale" = ? AND "productId" IN ${ids}`,
      ([productId, key, value]): TranslationRow => ({ productId, key, value }),
    ),
  };
}

/**
 * The reads of one page in one snapshot. PostgreSQL: a read-only REPEATABLE READ transaction (each
 * statement would otherwise see the latest commit). SQLite: no transaction (the port's takes the
 * write lock); the page's statements run back to back on the app's one connection, and a writer's
 * transaction there keeps them waiting until it commits, so only a transaction begun in the
 * moment between two of them (a few microtasks) can come between.
 */
function snapshot<T>(sql: Sql, read: (db: Sql) => Promise<T>): Promise<T> {
  if (sql.dialect.name !== "postgres") return read(sql);
  return sql.transaction(async (tx) => {
    await tx.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    return read(tx);
  });
}

/** The catalog's products a page at a time (each page's rows read in one snapshot), in id order. */
export async function* productPages(sql: Sql, shop: string, locale: string, options: PageOptions = {}): AsyncGenerator<ProductPage> {
  const s = statements(sql.dialect, options);
  const statusList = options.statuses ? [JSON.stringify(options.statuses)] : [];
  let after = "";
  for (;;) {
    const page = await snapshot(sql, async (db): Promise<ProductPage | null> => {
      const products = await s.products(db, [shop, after, ...statusList]);
      if (products.length === 0) return null;
      const idList = JSON.stringify(products.map((p) => p.id));
      // One after the other: a PostgreSQL transaction's connection runs one query at a time.
      const variants = await s.variants(db, [...s.priceParams, shop, idList]);
      const images = await s.images(db, [shop, idList]);
      const collections = await s.collections(db, [shop, idList]);
      const translations = await s.translations(db, [shop, locale, idList]);
      return { products, variants, images, collections, translations };
    });
    if (!page) return;
    yield page;
    after = page.products[page.products.length - 1].id;
  }
}
