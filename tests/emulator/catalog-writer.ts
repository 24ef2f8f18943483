/**
 * Write a catalog in the bulk-operation JSONL shape the reader loads (catalog-jsonl.md):
 * a Shop line, then per product its line followed by its children. Streamed to the file.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { inventoryLevelGid, legacyId, gid } from "./store/ids";
import type { ShopStore } from "./store/shop-store";
import type { CollectionRecord, MetafieldRecord, ProductRecord, ShopFacts, VariantRecord } from "./store/types";

/** Where the writer takes a catalog from: the store, or the generator without a store. */
export interface CatalogSource {
  facts: ShopFacts;
  collection(id: string): CollectionRecord | undefined;
  /** Products with, for each variant's inventory item, stock per location id. */
  products(): Iterable<{ product: ProductRecord; levels: (inventoryItemId: string) => Iterable<[string, number]> }>;
}

export function storeSource(store: ShopStore): CatalogSource {
  return {
    facts: store.facts,
    collection: (id) => store.collections.get(id),
    *products() {
      for (const product of store.productList()) {
        yield {
          product,
          levels: (itemId: string) => {
            const out: [string, number][] = [];
            for (const l of store.facts.locations) {
              const q = store.inventory.get(itemId, l.id);
              if (q !== undefined) out.push([l.id, q]);
            }
            return out;
          },
        };
      }
    },
  };
}

export function shopLine(f: ShopFacts): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    email: f.email,
    myshopifyDomain: f.myshopifyDomain,
    currencyCode: f.currencyCode,
    primaryDomain: { url: f.primaryDomainUrl },
    ianaTimezone: f.ianaTimezone,
    weightUnit: f.weightUnit,
    locales: f.locales.map((l) => ({ locale: l.locale, primary: l.primary, published: l.published })),
    markets: f.markets.map((m) => ({
      id: m.id,
      handle: m.handle,
      name: m.name,
      countries: m.countries,
      currencyCode: m.currencyCode,
      locales: m.locales,
      primary: m.primary,
      enabled: m.enabled,
    })),
    locations: f.locations.map((l) => ({
      id: l.id,
      name: l.name,
      isActive: l.isActive,
      fulfillsOnlineOrders: l.fulfillsOnlineOrders,
      countryCode: l.countryCode,
      city: l.city,
    })),
  };
}

function variantLine(v: VariantRecord, productId: string, inventoryQuantity: number): Record<string, unknown> {
  return {
    id: v.id,
    title: v.title,
    sku: v.sku,
    barcode: v.barcode,
    price: v.price,
    compareAtPrice: v.compareAtPrice,
    inventoryQuantity,
    inventoryPolicy: v.inventoryPolicy,
    selectedOptions: v.selectedOptions,
    image: v.image,
    inventoryItem: { id: v.inventoryItem.id, tracked: v.inventoryItem.tracked, measurement: { weight: v.inventoryItem.weight } },
    position: v.position,
    taxable: v.taxable,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    __parentId: productId,
  };
}

/** The lines of one product, parent first. */
export function productLines(
  p: ProductRecord,
  levels: (inventoryItemId: string) => Iterable<[string, number]>,
  facts: ShopFacts,
  collection: (id: string) => CollectionRecord | undefined,
): Record<string, unknown>[] {
  const featured = p.media[0];
  const out: Record<string, unknown>[] = [
    {
      id: p.id,
      title: p.title,
      handle: p.handle,
      descriptionHtml: p.descriptionHtml,
      vendor: p.vendor,
      productType: p.productType,
      tags: p.tags,
      status: p.status,
      onlineStoreUrl: p.onlineStoreUrl,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      publishedAt: p.publishedAt,
      options: p.options,
      category: p.category,
      seo: p.seo,
      featuredMedia: featured ? { id: featured.id, preview: { image: featured.image } } : null,
    },
  ];
  const locationName = (id: string) => facts.locations.find((l) => l.id === id)?.name ?? null;
  for (const v of p.variants) {
    const lv = [...levels(v.inventoryItem.id)];
    out.push(variantLine(v, p.id, lv.reduce((s, [, q]) => s + q, 0)));
    for (const [locationId, available] of lv) {
      out.push({
        id: inventoryLevelGid(locationId, v.inventoryItem.id),
        location: { id: locationId, name: locationName(locationId) },
        quantities: [{ name: "available", quantity: available }],
        __parentId: v.id,
      });
    }
    for (const m of v.metafields) out.push(metafieldLine(m, v.id));
    for (const c of v.contextualPrices) {
      out.push({
        id: gid("ContextualPrice", `${legacyId(v.id)}-${c.country}`),
        country: c.country,
        price: c.price,
        compareAtPrice: c.compareAtPrice,
        __parentId: v.id,
      });
    }
  }
  for (const m of p.media) out.push({ id: m.id, alt: m.alt, image: m.image, status: m.status, __parentId: p.id });
  for (const id of p.collectionIds) {
    const c = collection(id);
    if (c) out.push({ id: c.id, title: c.title, handle: c.handle, updatedAt: c.updatedAt, __parentId: p.id });
  }
  for (const m of p.metafields) out.push(metafieldLine(m, p.id));
  for (const t of p.translations) {
    out.push({ id: gid("Translation", `${legacyId(p.id)}-${t.locale}-${t.key}`), locale: t.locale, key: t.key, value: t.value, __parentId: p.id });
  }
  return out;
}

/** Our extension of the catalog file: a `Metafield` line under its product or variant. */
function metafieldLine(m: MetafieldRecord, parentId: string): Record<string, unknown> {
  return { id: m.id, namespace: m.namespace, key: m.key, value: m.value, type: m.type, createdAt: m.createdAt, updatedAt: m.updatedAt, __parentId: parentId };
}

export interface WriteSummary {
  lines: number;
  bytes: number;
  products: number;
}

export async function writeCatalogFile(file: string, source: CatalogSource): Promise<WriteSummary> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const summary: WriteSummary = { lines: 0, bytes: 0, products: 0 };
  let buf: string[] = [];
  let size = 0;
  const flush = async () => {
    if (!buf.length) return;
    const chunk = buf.join("");
    buf = [];
    size = 0;
    if (!out.write(chunk)) await once(out, "drain");
  };
  const push = (o: Record<string, unknown>) => {
    const s = `${JSON.stringify(o)}\n`;
    buf.push(s);
    size += s.length;
    summary.lines++;
    summary.bytes += Buffer.byteLength(s);
  };
  try {
    push(shopLine(source.facts));
    for (const { product, levels } of source.products()) {
      for (const line of productLines(product, levels, source.facts, source.collection)) push(line);
      summary.products++;
      if (size > 1 << 16) await flush();
    }
    await flush();
  } finally {
    out.end();
    await once(out, "close");
  }
  return summary;
}
