import type Database from "better-sqlite3";

// Reads the catalog for feeds a page of products at a time (a feed of 100k variants is never held
// whole): products in id order, then their variants, images, collections, translations and market
// prices in one query each per page.

export interface ProductRow {
  id: string; handle: string; title: string; descriptionHtml: string; vendor: string; productType: string; tags: string;
  status: string; onlineStoreUrl: string | null; categoryId: string | null; categoryName: string | null;
  seoTitle: string | null; seoDescription: string | null; options: string; featuredImageUrl: string | null;
}
export interface VariantRow {
  id: string; productId: string; title: string; sku: string | null; barcode: string | null; price: number; compareAtPrice: number | null;
  inventoryQuantity: number; inventoryPolicy: string; tracked: number; selectedOptions: string; imageUrl: string | null;
  weightValue: number | null; weightUnit: string | null; prices: string | null;
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

const PAGE = 200;

export function* productPages(db: Database.Database, shop: string, locale: string): Generator<ProductPage> {
  const products = db.prepare(`SELECT * FROM CatalogProduct WHERE shop = ? AND id > ? ORDER BY id LIMIT ${PAGE}`);
  const ids = `(SELECT value FROM json_each(?))`;
  const variants = db.prepare(
    `SELECT v.*, p.prices FROM CatalogVariant v LEFT JOIN CatalogMarketPrice p ON p.shop = v.shop AND p.variantId = v.id
     WHERE v.shop = ? AND v.productId IN ${ids} ORDER BY v.productId, v.position, v.id`,
  );
  const images = db.prepare(`SELECT * FROM CatalogImage WHERE shop = ? AND productId IN ${ids} ORDER BY productId, position`);
  const collections = db.prepare(`SELECT * FROM CatalogProductCollection WHERE shop = ? AND productId IN ${ids}`);
  const translations = db.prepare(`SELECT productId, key, value FROM CatalogTranslation WHERE shop = ? AND locale = ? AND productId IN ${ids}`);
  let after = "";
  for (;;) {
    const page = products.all(shop, after) as ProductRow[];
    if (page.length === 0) return;
    const idList = JSON.stringify(page.map((p) => p.id));
    yield {
      products: page,
      variants: variants.all(shop, idList) as VariantRow[],
      images: images.all(shop, idList) as ImageRow[],
      collections: collections.all(shop, idList) as CollectionRow[],
      translations: translations.all(shop, locale, idList) as TranslationRow[],
    };
    after = page[page.length - 1].id;
  }
}
