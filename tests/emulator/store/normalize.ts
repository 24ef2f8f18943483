/** Build complete records from partial inputs, filling Shopify's defaults. */
import { isDecimalString } from "../money";
import { gid, parseGid } from "./ids";
import { normalizeDate, type ShopStore } from "./shop-store";
import type {
  CategoryRecord,
  ContextualPriceRecord,
  ImageData,
  InventoryPolicy,
  MediaRecord,
  MetafieldRecord,
  OptionRecord,
  PlanName,
  ProductRecord,
  ProductStatus,
  SelectedOptionRecord,
  ShopFacts,
  VariantRecord,
  WeightUnit,
} from "./types";

export class InputError extends Error {}

export interface VariantInput {
  id?: string;
  title?: string;
  sku?: string | null;
  barcode?: string | null;
  price?: string;
  compareAtPrice?: string | null;
  inventoryPolicy?: InventoryPolicy;
  selectedOptions?: SelectedOptionRecord[];
  position?: number;
  image?: ImageData | null;
  inventoryItemId?: string;
  tracked?: boolean;
  weight?: { value: number; unit: WeightUnit } | null;
  contextualPrices?: ContextualPriceRecord[];
  metafields?: MetafieldInput[];
  taxable?: boolean;
  createdAt?: string;
  updatedAt?: string;
  /** Stock: a number for the shop's first location, or per location id. */
  available?: number | Record<string, number>;
}

export interface ProductInput {
  id?: string;
  title: string;
  handle?: string;
  descriptionHtml?: string;
  vendor?: string;
  productType?: string;
  tags?: string[];
  status?: ProductStatus;
  onlineStoreUrl?: string | null;
  createdAt?: string;
  updatedAt?: string;
  publishedAt?: string | null;
  options?: OptionRecord[];
  category?: { id: string; fullName: string; name?: string } | null;
  seo?: { title?: string | null; description?: string | null };
  media?: { id?: string; alt?: string | null; image: ImageData }[];
  variants?: VariantInput[];
  collectionIds?: string[];
  translations?: { locale: string; key: string; value: string }[];
  metafields?: MetafieldInput[];
}

export interface MetafieldInput {
  id?: string;
  namespace: string;
  key: string;
  value: string;
  type?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** A metafield with Shopify's defaults (type single_line_text_field, a fresh id, timestamps now). */
export function makeMetafield(store: ShopStore, input: MetafieldInput): MetafieldRecord {
  if (!input.namespace || !input.key) throw new InputError("a metafield needs a namespace and a key");
  if (typeof input.value !== "string") throw new InputError(`metafield ${input.namespace}.${input.key} needs a string value`);
  const id = input.id ?? store.nextId("Metafield", 20_000_000_000_000n);
  store.observeId(id);
  const createdAt = normalizeDate(input.createdAt, store.now());
  const type = input.type ?? "single_line_text_field";
  return { id, namespace: input.namespace, key: input.key, value: input.value, type, createdAt, updatedAt: normalizeDate(input.updatedAt, createdAt) };
}

/** `metafields` with `(namespace, key)` set to `input` (a new metafield, or the existing one's value changed). */
export function putMetafield(store: ShopStore, metafields: readonly MetafieldRecord[], input: MetafieldInput): MetafieldRecord[] {
  const existing = metafields.find((m) => m.namespace === input.namespace && m.key === input.key);
  if (!existing) return [...metafields, makeMetafield(store, input)];
  const changed = { ...existing, value: input.value, type: input.type ?? existing.type, updatedAt: store.now() };
  return metafields.map((m) => (m === existing ? changed : m));
}

const STATUSES: ProductStatus[] = ["ACTIVE", "DRAFT", "ARCHIVED", "UNLISTED"];

export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function money(value: unknown, field: string): string {
  if (!isDecimalString(value)) throw new InputError(`${field} must be a decimal string, got ${JSON.stringify(value)}`);
  return value.trim();
}

export function moneyOrNull(value: unknown, field: string): string | null {
  return value === null || value === undefined || value === "" ? null : money(value, field);
}

export function categoryRecord(c: ProductInput["category"]): CategoryRecord | null {
  if (!c) return null;
  if (!parseGid(c.id)) throw new InputError(`category.id must be a TaxonomyCategory gid, got ${c.id}`);
  return { id: c.id, fullName: c.fullName, name: c.name ?? c.fullName.split(" > ").pop() ?? c.fullName };
}

export function makeProduct(store: ShopStore, input: ProductInput): ProductRecord {
  const product = makeProductShell(store, input);
  const variants = input.variants?.length ? input.variants : [{}];
  product.variants = variants.map((v, i) => makeVariant(store, product, v, i));
  if (!product.options.length) product.options = optionsFromVariants(product.variants);
  return product;
}

/** A product without variants (the catalog reader attaches them as their lines arrive). */
export function makeProductShell(store: ShopStore, input: Omit<ProductInput, "variants">): ProductRecord {
  const now = store.now();
  const id = input.id ?? store.nextId("Product", 8_000_000_000_000n);
  if (!parseGid(id)) throw new InputError(`Product id must be a gid, got ${id}`);
  const status = input.status ?? "ACTIVE";
  if (!STATUSES.includes(status)) throw new InputError(`status must be one of ${STATUSES.join(", ")}`);
  const createdAt = normalizeDate(input.createdAt, now);
  const handle = input.handle ?? (slugify(input.title) || `product-${parseGid(id)!.legacyId}`);
  const product: ProductRecord = {
    id,
    title: input.title,
    handle,
    descriptionHtml: input.descriptionHtml ?? "",
    vendor: input.vendor ?? store.facts.name,
    productType: input.productType ?? "",
    tags: [...(input.tags ?? [])],
    status,
    onlineStoreUrl:
      input.onlineStoreUrl !== undefined
        ? input.onlineStoreUrl
        : status === "ACTIVE"
          ? `${store.facts.primaryDomainUrl.replace(/\/$/, "")}/products/${handle}`
          : null,
    createdAt,
    updatedAt: normalizeDate(input.updatedAt, createdAt),
    publishedAt: input.publishedAt !== undefined ? input.publishedAt : status === "ACTIVE" ? createdAt : null,
    options: input.options?.length ? input.options.map((o) => ({ name: o.name, values: [...o.values] })) : [],
    category: categoryRecord(input.category),
    seo: { title: input.seo?.title ?? null, description: input.seo?.description ?? null },
    media: (input.media ?? []).map((m) => makeMedia(store, m)),
    variants: [],
    collectionIds: [...(input.collectionIds ?? [])],
    translations: (input.translations ?? []).map((t) => ({ ...t })),
    metafields: (input.metafields ?? []).map((m) => makeMetafield(store, m)),
  };
  return product;
}

export function makeMedia(store: ShopStore, m: { id?: string; alt?: string | null; image: ImageData }): MediaRecord {
  return {
    id: m.id ?? store.nextId("MediaImage", 30_000_000_000_000n),
    alt: m.alt ?? null,
    image: { url: m.image.url, width: m.image.width ?? null, height: m.image.height ?? null },
    status: "READY",
  };
}

export function optionsFromVariants(variants: VariantRecord[]): OptionRecord[] {
  const out: OptionRecord[] = [];
  for (const v of variants) {
    for (const s of v.selectedOptions) {
      let o = out.find((x) => x.name === s.name);
      if (!o) out.push((o = { name: s.name, values: [] }));
      if (!o.values.includes(s.value)) o.values.push(s.value);
    }
  }
  return out;
}

export function makeVariant(store: ShopStore, product: ProductRecord, input: VariantInput, index: number): VariantRecord {
  const now = store.now();
  const selectedOptions = input.selectedOptions?.length
    ? input.selectedOptions.map((s) => ({ name: s.name, value: s.value }))
    : [{ name: "Title", value: "Default Title" }];
  const createdAt = normalizeDate(input.createdAt, product.createdAt ?? now);
  const id = input.id ?? store.nextId("ProductVariant", 45_000_000_000_000n);
  if (!parseGid(id)) throw new InputError(`ProductVariant id must be a gid, got ${id}`);
  store.observeId(id);
  const inventoryItemId = input.inventoryItemId ?? store.nextId("InventoryItem", 47_000_000_000_000n);
  store.observeId(inventoryItemId);
  const policy = input.inventoryPolicy ?? "DENY";
  if (policy !== "DENY" && policy !== "CONTINUE") throw new InputError(`inventoryPolicy must be DENY or CONTINUE`);
  return {
    id,
    title: input.title ?? selectedOptions.map((s) => s.value).join(" / "),
    sku: input.sku ?? null,
    barcode: input.barcode ?? null,
    price: input.price === undefined ? "0.00" : money(input.price, "price"),
    compareAtPrice: moneyOrNull(input.compareAtPrice, "compareAtPrice"),
    inventoryPolicy: policy,
    selectedOptions,
    position: input.position ?? index + 1,
    image: input.image ? { url: input.image.url, width: input.image.width ?? null, height: input.image.height ?? null } : null,
    inventoryItem: { id: inventoryItemId, tracked: input.tracked ?? true, weight: input.weight ?? null },
    contextualPrices: (input.contextualPrices ?? []).map((c) => ({
      country: c.country,
      price: { amount: money(c.price.amount, "contextual price"), currencyCode: c.price.currencyCode },
      compareAtPrice: c.compareAtPrice
        ? { amount: money(c.compareAtPrice.amount, "contextual compareAtPrice"), currencyCode: c.compareAtPrice.currencyCode }
        : null,
    })),
    metafields: (input.metafields ?? []).map((m) => makeMetafield(store, m)),
    taxable: input.taxable ?? true,
    createdAt,
    updatedAt: normalizeDate(input.updatedAt, createdAt),
  };
}

export interface InstallOptions {
  domain: string;
  accessToken: string;
  plan?: PlanName;
  name?: string;
  currencyCode?: string;
}

export function defaultFacts(opts: InstallOptions, shopNumber: number): ShopFacts {
  const handle = opts.domain.replace(/\.myshopify\.com$/, "");
  const currency = opts.currencyCode ?? "EUR";
  return {
    id: gid("Shop", String(60_000_000 + shopNumber)),
    name: opts.name ?? handle.replace(/[-_]+/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()),
    email: `owner@${handle}.example`,
    myshopifyDomain: opts.domain,
    currencyCode: currency,
    primaryDomainUrl: `https://${opts.domain}`,
    ianaTimezone: "UTC",
    weightUnit: "KILOGRAMS",
    plan: opts.plan ?? "basic",
    locales: [{ locale: "en", primary: true, published: true }],
    markets: [
      {
        id: gid("Market", String(1_000 + shopNumber * 10)),
        handle: currency.toLowerCase(),
        name: currency,
        countries: [],
        currencyCode: currency,
        locales: ["en"],
        primary: true,
        enabled: true,
      },
    ],
    locations: [
      {
        id: gid("Location", String(70_000_000_000 + shopNumber * 100)),
        name: "Shop location",
        isActive: true,
        fulfillsOnlineOrders: true,
        countryCode: null,
        city: null,
      },
    ],
  };
}
