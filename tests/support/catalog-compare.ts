import type { PrismaClient } from "@prisma/client";
import type { EmulatorState } from "../emulator";
import { toMinor } from "~/core/money";

// The catalog as comparable plain data, once from the app's DB and once from what the emulated
// Shopify holds, so a test can say "the DB equals the store".

export interface ComparableCatalog {
  products: Record<string, { title: string; handle: string; status: string; vendor: string; productType: string; tags: string[]; descriptionHtml: string; categoryId: string | null; images: string[]; collections: string[]; translations: Record<string, string> }>;
  variants: Record<string, { productId: string; sku: string | null; barcode: string | null; price: number; compareAtPrice: number | null; inventoryPolicy: string; inventoryQuantity: number; options: string }>;
  levels: Record<string, number>;
}

export async function catalogInDb(db: PrismaClient, shop: string): Promise<ComparableCatalog> {
  const [products, variants, images, collections, translations, levels] = await Promise.all([
    db.catalogProduct.findMany({ where: { shop } }),
    db.catalogVariant.findMany({ where: { shop } }),
    db.catalogImage.findMany({ where: { shop }, orderBy: [{ productId: "asc" }, { position: "asc" }] }),
    db.catalogProductCollection.findMany({ where: { shop } }),
    db.catalogTranslation.findMany({ where: { shop } }),
    db.catalogInventoryLevel.findMany({ where: { shop } }),
  ]);
  const out: ComparableCatalog = { products: {}, variants: {}, levels: {} };
  for (const p of products) {
    out.products[p.id] = {
      title: p.title, handle: p.handle, status: p.status, vendor: p.vendor, productType: p.productType, tags: JSON.parse(p.tags),
      descriptionHtml: p.descriptionHtml, categoryId: p.categoryId, images: [], collections: [], translations: {},
    };
  }
  for (const i of images) out.products[i.productId]?.images.push(i.url);
  for (const c of collections) out.products[c.productId]?.collections.push(c.collectionId);
  // Keys in one order on both sides (rows come back in no particular order on PostgreSQL).
  for (const t of [...translations].sort((x, y) => `${x.locale}:${x.key}`.localeCompare(`${y.locale}:${y.key}`))) {
    if (out.products[t.productId]) out.products[t.productId].translations[`${t.locale}:${t.key}`] = t.value;
  }
  // Ungrouped bulk output does not keep a product's media in order: compare them as sets.
  for (const p of Object.values(out.products)) {
    p.collections.sort();
    p.images.sort();
  }
  for (const v of variants) {
    out.variants[v.id] = {
      productId: v.productId, sku: v.sku, barcode: v.barcode, price: v.price, compareAtPrice: v.compareAtPrice,
      inventoryPolicy: v.inventoryPolicy, inventoryQuantity: v.inventoryQuantity, options: v.selectedOptions,
    };
  }
  for (const l of levels) out.levels[`${l.variantId}@${l.locationId}`] = l.available;
  return out;
}

export function catalogInStore(state: EmulatorState, currency: string, locales: string[]): ComparableCatalog {
  const out: ComparableCatalog = { products: {}, variants: {}, levels: {} };
  for (const p of state.products) {
    const translations: Record<string, string> = {};
    const sorted = [...p.translations].sort((x, y) => `${x.locale}:${x.key}`.localeCompare(`${y.locale}:${y.key}`));
    for (const t of sorted) if (locales.includes(t.locale)) translations[`${t.locale}:${t.key}`] = t.value;
    out.products[p.id] = {
      title: p.title, handle: p.handle, status: p.status, vendor: p.vendor, productType: p.productType, tags: p.tags,
      descriptionHtml: p.descriptionHtml, categoryId: p.category?.id ?? null,
      images: p.media.filter((m) => m.status === "READY" || !m.status).map((m) => m.image.url).sort(),
      collections: p.collections.map((c) => c.id).sort(), translations,
    };
    for (const v of p.variants) {
      out.variants[v.id] = {
        productId: p.id, sku: v.sku || null, barcode: v.barcode || null, price: toMinor(v.price, currency),
        compareAtPrice: v.compareAtPrice ? toMinor(v.compareAtPrice, currency) : null, inventoryPolicy: v.inventoryPolicy,
        inventoryQuantity: v.inventoryQuantity, options: JSON.stringify(v.selectedOptions.map((o) => ({ name: o.name, value: o.value }))),
      };
    }
  }
  for (const i of state.inventory) out.levels[`${i.variantId}@${i.locationId}`] = i.available;
  return out;
}

/** The app's catalog for the stack's shop equals what the emulated store holds (first difference reported). */
export async function expectDbEqualsStore(s: { db: PrismaClient; shop: string; emu: { state(shop: string): EmulatorState } }): Promise<void> {
  const { expect } = await import("vitest");
  const shopRow = await s.db.shop.findUniqueOrThrow({ where: { domain: s.shop } });
  const locales = (await s.db.shopLocale.findMany({ where: { shop: s.shop, primary: false, published: true } })).map((l) => l.locale);
  const expected = catalogInStore(s.emu.state(s.shop), shopRow.currencyCode!, locales);
  const actual = await catalogInDb(s.db, s.shop);
  for (const section of ["products", "variants", "levels"] as const) {
    const a = actual[section] as Record<string, unknown>;
    const e = expected[section] as Record<string, unknown>;
    expect(Object.keys(a).sort(), section).toEqual(Object.keys(e).sort());
    const differing = Object.keys(e).find((k) => JSON.stringify(a[k]) !== JSON.stringify(e[k]));
    if (differing) expect({ [differing]: a[differing] }, `${section} ${differing}`).toEqual({ [differing]: e[differing] });
  }
}
