/**
 * A deterministic generator of realistic catalogs: same options and seed, same bytes.
 * Unicode titles (accents, CJK, emoji), HTML descriptions with entities, 1 to 100 variants on
 * 1–3 options, products without images, valid and invalid barcodes, several markets, locales
 * with translations, several locations, taxonomy categories, draft/archived products, zero
 * stock with DENY and CONTINUE, compare-at prices, explicit market prices.
 */
import { createRng, type Rng } from "./random";
import type { CatalogSource } from "./catalog-writer";
import { gid } from "./store/ids";
import type {
  CollectionRecord,
  ContextualPriceRecord,
  LocationRecord,
  MarketRecord,
  MediaRecord,
  MetafieldRecord,
  ProductRecord,
  ProductStatus,
  ShopFacts,
  VariantRecord,
} from "./store/types";

export interface GenerateOptions {
  products: number;
  seed?: number;
  /** Fixed variant count, or [min, max]; default: a realistic skew from 1 to 100. */
  variantsPerProduct?: number | [number, number];
  domain?: string;
  /** Added to every numeric id (e.g. 2n ** 53n to flush out ids parsed as JS numbers). */
  idOffset?: bigint;
}

export interface GeneratedProduct {
  product: ProductRecord;
  /** inventoryItemId → [locationId, available][] */
  levels: Map<string, [string, number][]>;
}

export interface GeneratedCatalog {
  facts: ShopFacts;
  collections: CollectionRecord[];
  products(): Generator<GeneratedProduct>;
  /** Feed the catalog writer directly, without a store. */
  source(): CatalogSource;
}

const CATEGORIES = [
  { id: "aa-1-13-7", fullName: "Apparel & Accessories > Clothing > Clothing Tops > Shirts", type: "Shirts", nouns: ["Shirt", "Oxford Shirt", "Flannel Shirt"] },
  { id: "aa-1-13", fullName: "Apparel & Accessories > Clothing > Clothing Tops", type: "Tops", nouns: ["Tee", "Hoodie", "Tank Top", "Sweater"] },
  { id: "aa-1", fullName: "Apparel & Accessories > Clothing", type: "Clothing", nouns: ["Joggers", "Shorts", "Dress"] },
  { id: "aa", fullName: "Apparel & Accessories", type: "Accessories", nouns: ["Cap", "Scarf", "Beanie", "Socks"] },
  { id: "hg", fullName: "Home & Garden", type: "Home", nouns: ["Mug", "Candle", "Vase", "Cushion", "Planter"] },
  { id: "sg", fullName: "Sporting Goods", type: "Sports", nouns: ["Yoga Mat", "Water Bottle", "Jump Rope"] },
  { id: "hb", fullName: "Health & Beauty", type: "Beauty", nouns: ["Face Cream", "Lip Balm", "Soap Bar"] },
  { id: "el", fullName: "Electronics", type: "Electronics", nouns: ["Headphones", "Phone Case", "Charger"] },
  { id: "fb", fullName: "Food, Beverages & Tobacco", type: "Food", nouns: ["Tea", "Coffee Beans", "Chocolate"] },
  { id: "tg", fullName: "Toys & Games", type: "Toys", nouns: ["Puzzle", "Board Game", "Plush Bear"] },
  { id: "lb", fullName: "Luggage & Bags", type: "Bags", nouns: ["Backpack", "Tote Bag", "Weekender"] },
];
const ADJECTIVES = ["Classic", "Everyday", "Organic", "Vintage", "Urban", "Alpine", "Coastal", "Minimal", "Heritage", "Soft"];
const MATERIALS = ["Linen", "Cotton", "Wool", "Bamboo", "Ceramic", "Oak", "Recycled", "Merino", "Hemp", "Leather"];
const ACCENTED = ["Crème Brûlée", "Café", "Déjà Vu", "Őszi", "Ärmellos", "Señorita", "Smörgås", "Żubr"];
const CJK = ["和風", "抹茶", "桜", "東京", "山茶花", "韓國"];
const EMOJI = ["☀️", "🌿", "🔥", "✨", "🐻", "🍵"];
const VENDORS = ["Acme Apparel", "Nordlys Design", "Kézműves Kft.", "東京工房", "Café Verde & Co.", "O'Neill Outdoor", "Böhm & Söhne"];
const TAGS = ["summer", "winter", "sale", "new", "eco", "bestseller", "gift", "limited", "unisex", "vegan", "handmade", "Made in EU", "送料無料"];
const SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL", "5XL", "6XL"];
const COLORS = ["Black", "White", "Navy", "Red", "Forest Green", "Crème", "Rózsaszín", "藍色", "Sand", "Charcoal", "Sky Blue", "Mustard"];
const FINISHES = ["Cotton", "Linen", "Wool", "Bamboo", "Recycled Polyester"];
const CITIES = ["Budapest", "Berlin", "Kyoto", "Lisbon", "Portland"];
const COLLECTIONS = [
  "Summer Sale", "New Arrivals", "Bestsellers", "Gifts under €50", "Kitchen", "Outdoor",
  "Home Office", "Kids", "Eco Friendly", "Limited Edition", "Über Cool", "日本の工芸",
];

const MARKETS: Omit<MarketRecord, "id">[] = [
  { handle: "eu", name: "European Union", countries: ["DE", "FR", "AT", "IT", "ES", "NL", "BE", "IE"], currencyCode: "EUR", locales: ["en", "de", "fr"], primary: true, enabled: true },
  { handle: "hu", name: "Hungary", countries: ["HU"], currencyCode: "HUF", locales: ["hu", "en"], primary: false, enabled: true },
  { handle: "us", name: "United States", countries: ["US"], currencyCode: "USD", locales: ["en"], primary: false, enabled: true },
  { handle: "jp", name: "Japan", countries: ["JP"], currencyCode: "JPY", locales: ["ja", "en"], primary: false, enabled: true },
];

const LOCATIONS: Omit<LocationRecord, "id">[] = [
  { name: "Budapest Warehouse", isActive: true, fulfillsOnlineOrders: true, countryCode: "HU", city: "Budapest" },
  { name: "Berlin Store", isActive: true, fulfillsOnlineOrders: true, countryCode: "DE", city: "Berlin" },
  { name: "New Jersey DC", isActive: true, fulfillsOnlineOrders: true, countryCode: "US", city: "Newark" },
];

/** GTIN check digit (EAN-13 / UPC-12) for the given digits without their check digit. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const d = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? d * 3 : d;
  }
  return (10 - (sum % 10)) % 10;
}

function digits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function barcode(rng: Rng): string | null {
  const r = rng.next();
  if (r < 0.4) {
    const body = `40${digits(rng, 10)}`;
    return body + gtinCheckDigit(body);
  }
  if (r < 0.6) {
    const body = `0${digits(rng, 10)}`;
    return body + gtinCheckDigit(body);
  }
  if (r < 0.7) {
    const body = `50${digits(rng, 10)}`;
    return body + ((gtinCheckDigit(body) + 1 + rng.int(0, 8)) % 10); // wrong check digit
  }
  return r < 0.85 ? "" : null;
}

function cents(rng: Rng, min: number, max: number): number {
  const whole = rng.int(min, max);
  return whole * 100 + rng.pick([0, 0, 50, 90, 99]);
}

function eur(c: number): string {
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

function variantCount(rng: Rng, opt: GenerateOptions["variantsPerProduct"]): number {
  if (typeof opt === "number") return Math.max(1, Math.min(100, opt));
  if (Array.isArray(opt)) return rng.int(opt[0], opt[1]);
  const r = rng.next();
  if (r < 0.4) return 1;
  if (r < 0.7) return rng.int(2, 6);
  if (r < 0.9) return rng.int(7, 20);
  if (r < 0.98) return rng.int(21, 50);
  return rng.int(51, 100);
}

/** Option names and values whose combinations cover `n` variants. */
function optionsFor(rng: Rng, n: number): { name: string; values: string[] }[] {
  if (n === 1) return [{ name: "Title", values: ["Default Title"] }];
  if (n <= 10 && rng.chance(0.6)) return [{ name: "Size", values: SIZES.slice(0, Math.max(n, 2)) }];
  if (n <= 12 && rng.chance(0.5)) return [{ name: "Color", values: COLORS.slice(0, n) }];
  if (n <= 120) {
    const sizes = Math.min(10, Math.max(2, Math.ceil(n / 12)));
    return [
      { name: "Size", values: SIZES.slice(0, sizes) },
      { name: "Color", values: COLORS.slice(0, Math.ceil(n / sizes)) },
    ];
  }
  return [
    { name: "Size", values: SIZES },
    { name: "Color", values: COLORS },
    { name: "Material", values: FINISHES },
  ];
}

/** The first `n` combinations; option value objects are shared between variants (memory). */
function combos(options: { name: string; values: string[] }[], n: number): { name: string; value: string }[][] {
  const shared = options.map((o) => o.values.map((value) => ({ name: o.name, value })));
  const out: { name: string; value: string }[][] = [];
  const rec = (i: number, acc: { name: string; value: string }[]) => {
    if (out.length >= n) return;
    if (i === options.length) {
      out.push(acc);
      return;
    }
    for (const v of shared[i]) rec(i + 1, [...acc, v]);
  };
  rec(0, []);
  return out;
}

function slug(s: string, i: number): string {
  const base = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${base || "product"}-${i}`;
}

function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function generateCatalog(opts: GenerateOptions): GeneratedCatalog {
  const seed = opts.seed ?? 1;
  const off = opts.idOffset ?? 0n;
  const id = (type: string, n: bigint) => gid(type, n + off);
  const domain = opts.domain ?? "demo.myshopify.com";
  const storefront = "https://demo.example";
  const facts: ShopFacts = {
    id: id("Shop", 60_000_001n),
    name: "Demo Store",
    email: "owner@demo.example",
    myshopifyDomain: domain,
    currencyCode: "EUR",
    primaryDomainUrl: storefront,
    ianaTimezone: "Europe/Budapest",
    weightUnit: "KILOGRAMS",
    plan: "basic",
    locales: [
      { locale: "en", primary: true, published: true },
      { locale: "hu", primary: false, published: true },
      { locale: "de", primary: false, published: true },
      { locale: "ja", primary: false, published: true },
      { locale: "fr", primary: false, published: false },
    ],
    markets: MARKETS.map((m, i) => ({ ...m, id: id("Market", 1_000_001n + BigInt(i)), countries: [...m.countries], locales: [...m.locales] })),
    locations: LOCATIONS.map((l, i) => ({ ...l, id: id("Location", 70_000_000_001n + BigInt(i)) })),
  };
  const collections: CollectionRecord[] = COLLECTIONS.map((title, i) => ({
    id: id("Collection", 420_000_000_001n + BigInt(i)),
    title,
    handle: slug(title, i + 1),
    updatedAt: "2024-01-01T00:00:00Z",
  }));

  function* products(): Generator<GeneratedProduct> {
    const rng = createRng(seed);
    let variantSeq = 0n;
    let mediaSeq = 0n;
    const start = Date.UTC(2023, 0, 1);
    const skus: string[] = [];
    for (let i = 0; i < opts.products; i++) {
      const cat = rng.pick(CATEGORIES);
      const noun = rng.pick(cat.nouns);
      let title = `${rng.pick(ADJECTIVES)} ${rng.pick(MATERIALS)} ${noun}`;
      const flavour = rng.next();
      if (flavour < 0.06) title = `${rng.pick(ACCENTED)} ${noun}`;
      else if (flavour < 0.09) title = `${rng.pick(CJK)} ${noun}`;
      else if (flavour < 0.12) title = `${title} ${rng.pick(EMOJI)}`;
      const handle = slug(title, i + 1);
      const productId = id("Product", 8_100_000_000_001n + BigInt(i));
      const status: ProductStatus = rng.chance(0.85) ? "ACTIVE" : rng.chance(0.66) ? "DRAFT" : "ARCHIVED";
      const createdMs = start + i * 3_600_000 + rng.int(0, 3_599) * 1000;
      const createdAt = isoAt(createdMs);
      const updatedAt = isoAt(createdMs + rng.int(0, 400) * 86_400_000);
      const city = rng.pick(CITIES);
      const descriptionHtml = rng.chance(0.05)
        ? ""
        : `<p>Our ${title.replace(/&/g, "&amp;")} is made from ${rng.pick(MATERIALS).toLowerCase()} &amp; designed in ${city}.</p>` +
          `<ul><li>Care: wash at 30&deg;C</li><li>Fits &quot;true to size&quot; &ndash; size &lt;M&gt; runs small</li>` +
          `<li>Caf&eacute;-tested&nbsp;quality</li></ul>`;

      const n = variantCount(rng, opts.variantsPerProduct);
      const options = optionsFor(rng, n);
      const combis = combos(options, n);

      const mediaCount = rng.chance(0.1) ? 0 : rng.int(1, 5);
      const media: MediaRecord[] = [];
      for (let m = 0; m < mediaCount; m++) {
        mediaSeq++;
        const side = rng.pick([800, 1024, 1200, 2048]);
        media.push({
          id: id("MediaImage", 30_000_000_000_000n + mediaSeq),
          alt: rng.chance(0.7) ? `${title} – view ${m + 1}` : null,
          image: { url: `https://cdn.demo.example/files/products/${handle}-${m + 1}.jpg`, width: side, height: rng.chance(0.7) ? side : Math.round(side * 1.25) },
          status: "READY",
        });
      }

      const basePrice = cents(rng, 5, 300);
      const hasCompare = rng.next();
      const policyContinue = rng.chance(0.15);
      const vendor = rng.pick(VENDORS);
      const levels = new Map<string, [string, number][]>();
      const variants: VariantRecord[] = combis.map((selectedOptions, vi) => {
        variantSeq++;
        const variantId = id("ProductVariant", 45_000_000_000_000n + variantSeq);
        const itemId = id("InventoryItem", 47_000_000_000_000n + variantSeq);
        const priceCents = basePrice + (vi % 3) * 200;
        const compareAt =
          hasCompare < 0.25 ? eur(priceCents + roundTo(priceCents * 0.2, 100)) : hasCompare < 0.28 ? eur(priceCents) : null;
        let sku: string | null = `${vendor.slice(0, 3).toUpperCase().replace(/[^A-Z]/g, "X")}-${String(i + 1).padStart(5, "0")}-${vi + 1}`;
        const sr = rng.next();
        if (sr < 0.03) sku = null;
        else if (sr < 0.05) sku = "";
        else if (sr < 0.06 && skus.length) sku = rng.pick(skus); // a duplicate SKU
        if (sku && skus.length < 1000) skus.push(sku);
        const contextualPrices: ContextualPriceRecord[] = [];
        if (rng.chance(0.25)) {
          contextualPrices.push({ country: "HU", price: { amount: String(roundTo((priceCents / 100) * 395, 10) - 10), currencyCode: "HUF" }, compareAtPrice: null });
          contextualPrices.push({ country: "JP", price: { amount: String(roundTo((priceCents / 100) * 162, 10) - 20), currencyCode: "JPY" }, compareAtPrice: null });
        }
        if (rng.chance(0.1)) {
          const usd = Math.round(priceCents * 1.08);
          contextualPrices.push({
            country: "US",
            price: { amount: eur(usd - (usd % 100) + 99), currencyCode: "USD" },
            compareAtPrice: compareAt ? { amount: eur(usd - (usd % 100) + 1099), currencyCode: "USD" } : null,
          });
        }
        const colour = selectedOptions.find((s) => s.name === "Color");
        const image = media.length
          ? colour
            ? media[COLORS.indexOf(colour.value) % media.length].image
            : vi === 0 && rng.chance(0.5)
              ? media[0].image
              : null
          : null;
        const stock: [string, number][] = [];
        const zeroAll = rng.chance(0.1);
        facts.locations.forEach((loc, li) => {
          if (li > 0 && !rng.chance(0.6)) return;
          stock.push([loc.id, zeroAll || rng.chance(0.2) ? 0 : rng.int(1, 200)]);
        });
        levels.set(itemId, stock);
        const w = rng.next();
        return {
          id: variantId,
          title: selectedOptions.map((s) => s.value).join(" / "),
          sku,
          barcode: barcode(rng),
          price: eur(priceCents),
          compareAtPrice: compareAt,
          inventoryPolicy: policyContinue || rng.chance(0.05) ? "CONTINUE" : "DENY",
          selectedOptions,
          position: vi + 1,
          image,
          inventoryItem: {
            id: itemId,
            tracked: rng.chance(0.95),
            weight: w < 0.6 ? { value: rng.int(10, 500) / 100, unit: "KILOGRAMS" } : w < 0.8 ? { value: rng.int(50, 900), unit: "GRAMS" } : null,
          },
          contextualPrices,
          metafields: variantMetafields(i, vi, updatedAt),
          taxable: true,
          createdAt,
          updatedAt,
        };
      });

      const translations: { locale: string; key: string; value: string }[] = [];
      if (rng.chance(0.3)) translations.push({ locale: "hu", key: "title", value: `${title} (magyar)` });
      if (rng.chance(0.2)) {
        translations.push({ locale: "de", key: "title", value: `${title} – Deutsch` });
        translations.push({ locale: "de", key: "body_html", value: `<p>Hochwertige Qualit&auml;t aus ${city}.</p>` });
      }
      if (rng.chance(0.15)) translations.push({ locale: "ja", key: "title", value: `${title}（日本語）` });
      if (rng.chance(0.05)) translations.push({ locale: "hu", key: "handle", value: `${handle}-hu` });

      const product: ProductRecord = {
        id: productId,
        title,
        handle,
        descriptionHtml,
        vendor,
        productType: rng.chance(0.9) ? cat.type : "",
        tags: rng.sample(TAGS, rng.int(0, 5)),
        status,
        onlineStoreUrl: status === "ACTIVE" ? `${storefront}/products/${handle}` : null,
        createdAt,
        updatedAt,
        publishedAt: status === "ACTIVE" ? createdAt : null,
        options,
        category: rng.chance(0.9) ? { id: gid("TaxonomyCategory", cat.id), fullName: cat.fullName, name: cat.fullName.split(" > ").pop()! } : null,
        seo: rng.chance(0.3) ? { title: `${title} | Demo Store`, description: `Buy ${title} online.` } : { title: null, description: null },
        media,
        variants,
        collectionIds: rng.sample(collections, rng.int(0, 3)).map((c) => c.id),
        translations,
        metafields: productMetafields(i, cat.id, updatedAt),
      };
      yield { product, levels };
    }
  }

  // Channel attributes in Shopify's Google channel namespace, derived from the product's index
  // (not drawn from the random stream, so every other generated value stays as it was). Ids are
  // per product and slot, so every pass over products() yields the same ones.
  function metafield(i: number, slot: number, key: string, value: string, at: string): MetafieldRecord {
    const metafieldId = id("Metafield", 20_000_000_000_000n + BigInt(i) * 16n + BigInt(slot));
    return { id: metafieldId, namespace: "mm-google-shopping", key, value, type: "single_line_text_field", createdAt: at, updatedAt: at };
  }
  function productMetafields(i: number, category: string, at: string): MetafieldRecord[] {
    if (category.startsWith("aa") && i % 4 === 0) {
      return [
        metafield(i, 0, "gender", ["female", "male", "unisex"][(i / 4) % 3], at),
        metafield(i, 1, "age_group", i % 12 === 0 ? "kids" : "adult", at),
        metafield(i, 2, "material", ["Cotton", "Linen", "Wool"][i % 3], at),
      ];
    }
    return i % 10 === 5 ? [metafield(i, 0, "custom_label_0", "bestseller", at)] : [];
  }
  function variantMetafields(i: number, vi: number, at: string): MetafieldRecord[] {
    return i % 8 === 0 && vi === 0 ? [metafield(i, 3, "pattern", "striped", at)] : [];
  }

  return {
    facts,
    collections,
    products,
    source(): CatalogSource {
      const byId = new Map(collections.map((c) => [c.id, c]));
      return {
        facts,
        collection: (cid) => byId.get(cid),
        *products() {
          for (const g of products()) yield { product: g.product, levels: (itemId: string) => g.levels.get(itemId) ?? [] };
        },
      };
    },
  };
}
