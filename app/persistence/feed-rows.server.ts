import type Database from "better-sqlite3";

// Reads the catalog for feeds a page of products at a time (a feed of 100k variants is never held
// whole): products in id order, then their variants, images, collections, translations and market
// prices in one query each per page. Only the columns a feed uses are read, as arrays (better-sqlite3's
// raw mode) turned into the row objects below: reading is a large share of serving a feed.

export interface ProductRow {
  id: string; handle: string; title: string; descriptionHtml: string; vendor: string; productType: string; tags: string;
  status: string; onlineStoreUrl: string | null; categoryId: string | null; categoryName: string | null;
  seoTitle: string | null; seoDescription: string | null; options: string; featuredImageUrl: string | null;
  /** mm-google-shopping metafields (JSON). */
  attributes: string;
}
export interface VariantRow {
  id: string; productId: string; title: string; sku: string | null; barcode: string | null; price: number; compareAtPrice: number | null;
  inventoryQuantity: number; inventoryPolicy: string; tracked: number; selectedOptions: string; imageUrl: string | null;
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

/** A statement's rows as arrays, each made into a row object by `row`. */
function rows<T>(statement: Database.Statement, row: (r: never[]) => T) {
  statement.raw(true);
  return (...params: unknown[]): T[] => (statement.all(...params) as never[][]).map(row);
}

export function* productPages(db: Database.Database, shop: string, locale: string, options: PageOptions = {}): Generator<ProductPage> {
  const ids = `(SELECT value FROM json_each(?))`;
  const statuses = options.statuses ? `AND status IN ${ids}` : "";
  const products = rows(
    db.prepare(
      `SELECT id, handle, title, descriptionHtml, vendor, productType, tags, status, onlineStoreUrl, categoryId, categoryName, seoTitle, seoDescription, options, featuredImageUrl, attributes
       FROM CatalogProduct WHERE shop = ? AND id > ? ${statuses} ORDER BY id LIMIT ${PAGE}`,
    ),
    ([id, handle, title, descriptionHtml, vendor, productType, tags, status, onlineStoreUrl, categoryId, categoryName, seoTitle, seoDescription, options, featuredImageUrl, attributes]): ProductRow =>
      ({ id, handle, title, descriptionHtml, vendor, productType, tags, status, onlineStoreUrl, categoryId, categoryName, seoTitle, seoDescription, options, featuredImageUrl, attributes }),
  );
  // JSON by country, as stored, or only the market's price country (its value, or null when it has none).
  const prices = options.priceCountry === undefined ? "p.prices" : options.priceCountry === null ? "NULL" : "json_object(?, json_extract(p.prices, ?))";
  const priceParams = options.priceCountry ? [options.priceCountry, `$.${JSON.stringify(options.priceCountry)}`] : [];
  const variants = rows(
    db.prepare(
      `SELECT v.id, v.productId, v.title, v.sku, v.barcode, v.price, v.compareAtPrice, v.inventoryQuantity, v.inventoryPolicy, v.tracked,
              v.selectedOptions, v.imageUrl, v.weightValue, v.weightUnit, v.attributes, ${prices} AS prices
       FROM CatalogVariant v LEFT JOIN CatalogMarketPrice p ON p.shop = v.shop AND p.variantId = v.id
       WHERE v.shop = ? AND v.productId IN ${ids} ORDER BY v.productId, v.position, v.id`,
    ),
    ([id, productId, title, sku, barcode, price, compareAtPrice, inventoryQuantity, inventoryPolicy, tracked, selectedOptions, imageUrl, weightValue, weightUnit, attributes, prices]): VariantRow =>
      ({ id, productId, title, sku, barcode, price, compareAtPrice, inventoryQuantity, inventoryPolicy, tracked, selectedOptions, imageUrl, weightValue, weightUnit, attributes, prices }),
  );
  const images = rows(
    db.prepare(`SELECT productId, url, altText, width, height FROM CatalogImage WHERE shop = ? AND productId IN ${ids} ORDER BY productId, position`),
    ([productId, url, altText, width, height]): ImageRow => ({ productId, url, altText, width, height }),
  );
  const collections = rows(
    db.prepare(`SELECT productId, collectionId, handle, title FROM CatalogProductCollection WHERE shop = ? AND productId IN ${ids}`),
    ([productId, collectionId, handle, title]): CollectionRow => ({ productId, collectionId, handle, title }),
  );
  const translations = rows(
    db.prepare(`SELECT productId, key, value FROM CatalogTranslation WHERE shop = ? AND locale = ? AND productId IN ${ids}`),
    ([productId, key, value]): TranslationRow => ({ productId, key, value }),
  );
  const statusList = options.statuses ? [JSON.stringify(options.statuses)] : [];
  let after = "";
  for (;;) {
    const page = products(shop, after, ...statusList);
    if (page.length === 0) return;
    const idList = JSON.stringify(page.map((p) => p.id));
    yield {
      products: page,
      variants: variants(...priceParams, shop, idList),
      images: images(shop, idList),
      collections: collections(shop, idList),
      translations: translations(shop, locale, idList),
    };
    after = page[page.length - 1].id;
  }
}
