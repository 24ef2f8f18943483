/**
 * Load a catalog file in Shopify's bulk-operation JSONL shape (shared/reference/shopify/catalog-jsonl.md),
 * streamed line by line. Children may come before or after their parent, or after another
 * parent's lines; unknown fields and unknown line types are ignored; missing fields take
 * Shopify's defaults. A bad line fails with its line number.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { gid, parseGid } from "./store/ids";
import { InventoryTable } from "./store/inventory";
import {
  InputError,
  makeMedia,
  makeMetafield,
  makeProductShell,
  makeVariant,
  optionsFromVariants,
  slugify,
  type ProductInput,
  type VariantInput,
} from "./store/normalize";
import { normalizeDate, type ShopStore } from "./store/shop-store";
import type {
  CollectionRecord,
  ContextualPriceRecord,
  ImageData,
  LocationRecord,
  MarketRecord,
  ProductRecord,
  ProductStatus,
  ShopFacts,
  VariantRecord,
  WeightUnit,
} from "./store/types";

export class CatalogError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${source}:${line}: ${detail}`);
    this.name = "CatalogError";
  }
}

export interface CatalogSummary {
  /** Lines read (0 for a generated catalog). */
  lines: number;
  products: number;
  variants: number;
  locations: number;
  markets: number;
  locales: number;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const strOrNull = (v: unknown): string | null | undefined => (v === null ? null : str(v));

function image(v: unknown): ImageData | null {
  if (!isObj(v) || typeof v.url !== "string") return null;
  return { url: v.url, width: typeof v.width === "number" ? v.width : null, height: typeof v.height === "number" ? v.height : null };
}

function moneyField(v: unknown, field: string): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v !== "string" || !/^-?\d+(\.\d+)?$/.test(v)) {
    throw new InputError(`${field} must be a decimal string (got ${JSON.stringify(v)})`);
  }
  return v;
}

function moneyObj(v: unknown, field: string): { amount: string; currencyCode: string } | null {
  if (v === null || v === undefined) return null;
  if (!isObj(v) || typeof v.currencyCode !== "string") throw new InputError(`${field} must be {amount, currencyCode}`);
  return { amount: moneyField(v.amount, `${field}.amount`)!, currencyCode: v.currencyCode };
}

function tags(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((t): t is string => typeof t === "string");
  if (typeof v === "string") return v.split(",").map((t) => t.trim()).filter(Boolean);
  return [];
}

export async function readCatalogFile(file: string, store: ShopStore): Promise<CatalogSummary> {
  const rl = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  return readCatalogLines(rl, store, file);
}

type Kind = "Product" | "ProductVariant";

interface Pending {
  line: number;
  kind: Kind;
  attach: (parent: ProductRecord | VariantRecord) => void;
}

/**
 * Replace the store's catalog with the one in `lines`. Records are built as lines arrive; only
 * children that come before their parent wait. On a bad line the store is left as it was.
 */
export async function readCatalogLines(lines: AsyncIterable<string>, store: ShopStore, source = "<catalog>"): Promise<CatalogSummary> {
  const savedFacts = structuredClone(store.facts);
  try {
    return await read(lines, store, source);
  } catch (e) {
    store.facts = savedFacts;
    throw e;
  }
}

async function read(lines: AsyncIterable<string>, store: ShopStore, source: string): Promise<CatalogSummary> {
  const products = new Map<string, { rec: ProductRecord; featured: Obj | null }>();
  const variants = new Map<string, VariantRecord>();
  const pending = new Map<string, Pending[]>();
  const inventory = new InventoryTable();
  const collections = new Map<string, CollectionRecord>();
  const newLocations = new Map<string, string | null>();
  /** inventoryQuantity of variants with no InventoryLevel line (yet): goes to the first location. */
  const fallbackQty = new Map<string, number>();
  const stocked = new Set<string>();
  let variantCount = 0;
  let n = 0;

  const resolve = (id: string, parent: ProductRecord | VariantRecord, kind: Kind) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    for (const w of waiting) {
      if (w.kind !== kind) throw new CatalogError(source, w.line, `parent ${id} is not a ${w.kind}`);
      w.attach(parent);
    }
  };
  const withParent = (parentId: string, kind: Kind, line: number, attach: Pending["attach"]) => {
    const parent = kind === "Product" ? products.get(parentId)?.rec : variants.get(parentId);
    if (parent) return attach(parent);
    let list = pending.get(parentId);
    if (!list) pending.set(parentId, (list = []));
    list.push({ line, kind, attach });
  };

  for await (const raw of lines) {
    n++;
    const text = raw.trim();
    if (!text) continue;
    let o: unknown;
    try {
      o = JSON.parse(text);
    } catch (e) {
      throw new CatalogError(source, n, `invalid JSON (${(e as Error).message})`);
    }
    const line = n;
    try {
      if (!isObj(o)) throw new InputError("a line must be a JSON object");
      const id = str(o.id);
      const g = id ? parseGid(id) : null;
      if (!id || !g) throw new InputError(`"id" must be a Shopify gid (got ${JSON.stringify(o.id)})`);
      store.observeId(id);
      const parentOf = (kind: Kind) => {
        const parentId = str(o.__parentId);
        const p = parentId ? parseGid(parentId) : null;
        if (!parentId || !p) throw new InputError(`${g.type} line needs a "__parentId" gid`);
        if (p.type !== kind) throw new InputError(`parent ${parentId} of a ${g.type} must be a ${kind}`);
        return parentId;
      };
      switch (g.type) {
        case "Shop":
          applyShopLine(store, o);
          break;
        case "Product": {
          if (products.has(id)) throw new InputError(`duplicate Product ${id}`);
          const rec = makeProductShell(store, productInput(id, o));
          products.set(id, { rec, featured: isObj(o.featuredMedia) ? o.featuredMedia : null });
          resolve(id, rec, "Product");
          break;
        }
        case "ProductVariant": {
          const input = variantInput(id, o, store);
          withParent(parentOf("Product"), "Product", line, (parent) => {
            const p = parent as ProductRecord;
            const v = makeVariant(store, p, input, p.variants.length);
            if (variants.has(v.id)) throw new CatalogError(source, line, `duplicate ProductVariant ${v.id}`);
            p.variants.push(v);
            variants.set(v.id, v);
            variantCount++;
            if (input.inventoryQuantity !== undefined && !stocked.has(v.id)) fallbackQty.set(v.id, input.inventoryQuantity);
            resolve(v.id, v, "ProductVariant");
          });
          break;
        }
        case "MediaImage": {
          const img = image(o.image) ?? image(isObj(o.preview) ? o.preview.image : null);
          if (!img) throw new InputError(`MediaImage needs "image": {url, width, height}`);
          const m = { id, alt: strOrNull(o.alt) ?? null, image: img };
          withParent(parentOf("Product"), "Product", line, (p) => (p as ProductRecord).media.push(makeMedia(store, m)));
          break;
        }
        case "InventoryLevel": {
          const loc = isObj(o.location) ? o.location : null;
          if (!loc || typeof loc.id !== "string") throw new InputError(`InventoryLevel needs "location": {id, name}`);
          const q = Array.isArray(o.quantities) ? o.quantities.filter(isObj).find((x) => x.name === "available") : undefined;
          const available = q ? Number(q.quantity) : typeof o.available === "number" ? o.available : 0;
          if (!Number.isInteger(available)) throw new InputError(`available quantity must be an integer`);
          const locationId = loc.id;
          if (!newLocations.has(locationId)) newLocations.set(locationId, str(loc.name) ?? null);
          withParent(parentOf("ProductVariant"), "ProductVariant", line, (p) => {
            const v = p as VariantRecord;
            inventory.set(v.inventoryItem.id, locationId, available);
            stocked.add(v.id);
            fallbackQty.delete(v.id);
          });
          break;
        }
        case "Collection": {
          const title = str(o.title) ?? "";
          if (!collections.has(id)) {
            collections.set(id, { id, title, handle: str(o.handle) ?? slugify(title), updatedAt: normalizeDate(o.updatedAt, store.now()) });
          }
          withParent(parentOf("Product"), "Product", line, (p) => {
            const ids = (p as ProductRecord).collectionIds;
            if (!ids.includes(id)) ids.push(id);
          });
          break;
        }
        case "Translation": {
          if (typeof o.locale !== "string" || typeof o.key !== "string") throw new InputError(`Translation needs "locale" and "key"`);
          const t = { locale: o.locale, key: o.key, value: String(o.value ?? "") };
          withParent(parentOf("Product"), "Product", line, (p) => (p as ProductRecord).translations.push(t));
          break;
        }
        case "Metafield": {
          // Our extension of the catalog file: a product's or variant's metafield (README.md).
          if (typeof o.namespace !== "string" || typeof o.key !== "string") throw new InputError(`Metafield needs "namespace" and "key"`);
          if (typeof o.value !== "string") throw new InputError(`Metafield needs a string "value"`);
          const owner: Kind = parseGid(str(o.__parentId) ?? "")?.type === "ProductVariant" ? "ProductVariant" : "Product";
          const m = makeMetafield(store, { id, namespace: o.namespace, key: o.key, value: o.value, type: str(o.type), createdAt: str(o.createdAt), updatedAt: str(o.updatedAt) });
          withParent(parentOf(owner), owner, line, (p) => p.metafields.push(m));
          break;
        }
        case "ContextualPrice": {
          if (typeof o.country !== "string") throw new InputError(`ContextualPrice needs "country"`);
          const price = moneyObj(o.price, "price");
          if (!price) throw new InputError(`ContextualPrice needs "price"`);
          const c: ContextualPriceRecord = { country: o.country, price, compareAtPrice: moneyObj(o.compareAtPrice, "compareAtPrice") };
          withParent(parentOf("ProductVariant"), "ProductVariant", line, (p) => (p as VariantRecord).contextualPrices.push(c));
          break;
        }
        default:
          break; // other Shopify types are ignored
      }
    } catch (e) {
      if (e instanceof InputError) throw new CatalogError(source, line, e.message);
      throw e;
    }
  }

  for (const [parentId, waiting] of pending) {
    const first = waiting.reduce((a, b) => (a.line < b.line ? a : b));
    throw new CatalogError(source, first.line, `parent ${parentId} is not a ${first.kind} in this file`);
  }

  // ---- finish products and swap the catalog in -------------------------------------------------
  for (const { rec: p, featured } of products.values()) {
    p.variants.sort((a, b) => a.position - b.position);
    if (!p.variants.length) {
      const v = makeVariant(store, p, {}, 0);
      p.variants.push(v);
      variantCount++;
    }
    if (!p.options.length) p.options = optionsFromVariants(p.variants);
    const fid = featured && typeof featured.id === "string" ? featured.id : null;
    if (fid) {
      const i = p.media.findIndex((m) => m.id === fid);
      if (i > 0) p.media.unshift(...p.media.splice(i, 1));
      if (i < 0) {
        const img = image(isObj(featured!.preview) ? featured!.preview.image : null);
        if (img) p.media.unshift(makeMedia(store, { id: fid, alt: null, image: img }));
      }
    }
  }

  store.clearCatalog();
  for (const [id, name] of newLocations) {
    if (!store.location(id)) store.facts.locations.push(location(id, name ?? `Location ${parseGid(id)?.legacyId}`));
  }
  if (fallbackQty.size && !store.facts.locations.length) store.facts.locations.push(location(gid("Location", "1"), "Shop location"));
  for (const [variantId, qty] of fallbackQty) inventory.set(variants.get(variantId)!.inventoryItem.id, store.facts.locations[0].id, qty);
  store.inventory = inventory;
  for (const c of collections.values()) store.putCollection(c);
  for (const { rec } of products.values()) store.putProduct(rec);

  return {
    lines: n,
    products: products.size,
    variants: variantCount,
    locations: store.facts.locations.length,
    markets: store.facts.markets.length,
    locales: store.facts.locales.length,
  };
}

function productInput(id: string, o: Obj): Omit<ProductInput, "variants"> {
  const status = (str(o.status)?.toUpperCase() ?? "ACTIVE") as ProductStatus;
  if (!["ACTIVE", "DRAFT", "ARCHIVED", "UNLISTED"].includes(status)) throw new InputError(`unknown status ${String(o.status)}`);
  if (typeof o.title !== "string") throw new InputError(`Product needs a string "title"`);
  const category =
    isObj(o.category) && typeof o.category.id === "string"
      ? { id: o.category.id, fullName: str(o.category.fullName) ?? str(o.category.name) ?? "", name: str(o.category.name) }
      : null;
  return {
    id,
    title: o.title,
    handle: str(o.handle),
    descriptionHtml: str(o.descriptionHtml) ?? str(o.bodyHtml),
    vendor: str(o.vendor),
    productType: str(o.productType),
    tags: tags(o.tags),
    status,
    onlineStoreUrl: o.onlineStoreUrl === undefined ? undefined : (strOrNull(o.onlineStoreUrl) ?? null),
    createdAt: str(o.createdAt),
    updatedAt: str(o.updatedAt),
    publishedAt: o.publishedAt === undefined ? undefined : (strOrNull(o.publishedAt) ?? null),
    options: Array.isArray(o.options)
      ? o.options.filter(isObj).map((x) => ({ name: String(x.name), values: Array.isArray(x.values) ? x.values.map(String) : [] }))
      : undefined,
    category,
    seo: isObj(o.seo) ? { title: strOrNull(o.seo.title) ?? null, description: strOrNull(o.seo.description) ?? null } : undefined,
  };
}

function variantInput(id: string, o: Obj, store: ShopStore): VariantInput & { inventoryQuantity?: number } {
  const item = isObj(o.inventoryItem) ? o.inventoryItem : {};
  if (typeof item.id === "string") store.observeId(item.id);
  const w = isObj(item.measurement) && isObj(item.measurement.weight) ? item.measurement.weight : null;
  const policy = str(o.inventoryPolicy)?.toUpperCase();
  if (policy && policy !== "DENY" && policy !== "CONTINUE") throw new InputError(`unknown inventoryPolicy ${policy}`);
  return {
    id,
    title: str(o.title),
    sku: strOrNull(o.sku) ?? null,
    barcode: strOrNull(o.barcode) ?? null,
    price: moneyField(o.price, "price") ?? undefined,
    compareAtPrice: moneyField(o.compareAtPrice, "compareAtPrice") ?? null,
    inventoryPolicy: (policy as "DENY" | "CONTINUE" | undefined) ?? "DENY",
    selectedOptions: Array.isArray(o.selectedOptions)
      ? o.selectedOptions.filter(isObj).map((s) => ({ name: String(s.name), value: String(s.value) }))
      : undefined,
    position: typeof o.position === "number" ? o.position : undefined,
    image: image(o.image),
    inventoryItemId: str(item.id),
    tracked: typeof item.tracked === "boolean" ? item.tracked : undefined,
    weight: w && typeof w.value === "number" ? { value: w.value, unit: (str(w.unit) ?? "KILOGRAMS") as WeightUnit } : null,
    taxable: typeof o.taxable === "boolean" ? o.taxable : undefined,
    createdAt: str(o.createdAt),
    updatedAt: str(o.updatedAt),
    inventoryQuantity: typeof o.inventoryQuantity === "number" ? o.inventoryQuantity : undefined,
  };
}

function location(id: string, name: string, extra: Partial<LocationRecord> = {}): LocationRecord {
  return { id, name, isActive: true, fulfillsOnlineOrders: true, countryCode: null, city: null, ...extra };
}

/** The `Shop` line: facts, locales, markets, locations. The installed domain is kept. */
function applyShopLine(store: ShopStore, o: Obj): void {
  const f: ShopFacts = store.facts;
  if (typeof o.name === "string") f.name = o.name;
  if (typeof o.email === "string") f.email = o.email;
  if (typeof o.currencyCode === "string") f.currencyCode = o.currencyCode;
  if (isObj(o.primaryDomain) && typeof o.primaryDomain.url === "string") f.primaryDomainUrl = o.primaryDomain.url;
  if (typeof o.ianaTimezone === "string") f.ianaTimezone = o.ianaTimezone;
  if (typeof o.weightUnit === "string") f.weightUnit = o.weightUnit as WeightUnit;
  if (typeof o.id === "string") f.id = o.id;
  if (Array.isArray(o.locales)) {
    f.locales = o.locales.filter(isObj).map((l) => ({ locale: String(l.locale), primary: l.primary === true, published: l.published !== false }));
    if (f.locales.length && !f.locales.some((l) => l.primary)) f.locales[0].primary = true;
  }
  if (Array.isArray(o.markets)) {
    const base = 2000;
    f.markets = o.markets.filter(isObj).map((m, i): MarketRecord => {
      const handle = String(m.handle ?? `market-${i + 1}`);
      const currencyCode = str(m.currencyCode) ?? f.currencyCode;
      return {
        id: str(m.id) ?? gid("Market", String(base + i + 1)),
        handle,
        name: str(m.name) ?? handle.toUpperCase(),
        countries: Array.isArray(m.countries) ? m.countries.map(String) : [],
        currencyCode,
        locales: Array.isArray(m.locales) ? m.locales.map(String) : [],
        primary: typeof m.primary === "boolean" ? m.primary : false,
        enabled: m.enabled !== false,
      };
    });
    if (f.markets.length && !f.markets.some((m) => m.primary)) {
      (f.markets.find((m) => m.currencyCode === f.currencyCode) ?? f.markets[0]).primary = true;
    }
    for (const m of f.markets) store.observeId(m.id);
  }
  if (Array.isArray(o.locations)) {
    f.locations = o.locations
      .filter(isObj)
      .filter((l) => typeof l.id === "string")
      .map((l) =>
        location(String(l.id), str(l.name) ?? "Location", {
          isActive: l.isActive !== false,
          fulfillsOnlineOrders: l.fulfillsOnlineOrders !== false,
          countryCode: str(l.countryCode) ?? null,
          city: str(l.city) ?? null,
        }),
      );
  }
}
