// Realistic FeedVariants for the channel tests: a small fixture factory plus a catalog that covers
// unicode, HTML with entities, several options, missing images, barcodes, stock policies, sales and
// currencies with 0 and 2 decimals.

import type { FeedVariant } from "~/channels/channel-adapter";

export type VariantOverrides = {
  [K in keyof FeedVariant]?: FeedVariant[K] extends object | null ? Partial<NonNullable<FeedVariant[K]>> | null : FeedVariant[K];
};

let nextId = 1000;

export function cdnImage(name: string, size = 1200) {
  return { url: `https://cdn.shopify.com/s/files/1/0001/products/${name}.jpg?v=1700000000`, altText: null, width: size, height: size };
}

export function makeVariant(overrides: VariantOverrides = {}): FeedVariant {
  const variantNum = 44000000000000 + nextId++;
  const base: FeedVariant = {
    shop: { domain: "demo-shop.myshopify.com", name: "Demo Shop", storefrontUrl: "https://demo-shop.example.com" },
    market: { handle: "us", countries: ["US"], currency: "USD", language: "en" },
    product: {
      id: "gid://shopify/Product/7000000000001",
      handle: "organic-cotton-tee",
      title: "Organic Cotton Tee",
      descriptionHtml: "<p>Soft <strong>organic</strong> cotton &amp; recycled fibres.</p><ul><li>Wash at 30&deg;C</li><li>Made in Portugal</li></ul>",
      vendor: "Northwind",
      productType: "T-Shirts",
      tags: ["summer"],
      status: "ACTIVE",
      onlineStoreUrl: "https://demo-shop.example.com/products/organic-cotton-tee",
      category: { id: "gid://shopify/TaxonomyCategory/aa-1-13-8", fullName: "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts" },
      seoTitle: null,
      seoDescription: null,
      options: [{ name: "Color", values: ["Red", "Blue"] }, { name: "Size", values: ["M", "L"] }],
      images: [cdnImage("tee-red"), cdnImage("tee-blue"), cdnImage("tee-back")],
      collections: [{ id: "gid://shopify/Collection/1", handle: "tees", title: "Tees" }],
      translations: {},
      attributes: { gender: "Unisex", age_group: "Adult", material: "Organic cotton" },
    },
    variant: {
      id: `gid://shopify/ProductVariant/${variantNum}`,
      title: "Red / M",
      sku: "TEE-RED-M",
      barcode: "4006381333931",
      price: { amount: 2500, currency: "USD" },
      compareAtPrice: null,
      quantity: 12,
      inventoryPolicy: "DENY",
      tracked: true,
      selectedOptions: [{ name: "Color", value: "Red" }, { name: "Size", value: "M" }],
      imageUrl: null,
      weight: { value: 0.2, unit: "KILOGRAMS" },
    },
    googleCategory: { id: 212, path: "Apparel & Accessories > Clothing > Shirts & Tops" },
    customLabels: ["bestseller", "summer"],
    utm: { source: "channel", medium: "product_feed", campaign: "catalog" },
  };
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] = value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object" ? { ...current, ...value } : value;
  }
  return merged as unknown as FeedVariant;
}

const markets = {
  jp: { handle: "jp", countries: ["JP"], currency: "JPY", language: "ja" },
  hu: { handle: "hu", countries: ["HU"], currency: "HUF", language: "hu" },
  de: { handle: "eu", countries: ["DE", "AT"], currency: "EUR", language: "de" },
};

/** Variants that every channel must emit (some with warnings). */
export function goodVariants(): Record<string, FeedVariant> {
  return {
    redM: makeVariant({ variant: { id: "gid://shopify/ProductVariant/44000000000101", compareAtPrice: { amount: 3500, currency: "USD" } } }),
    blueL: makeVariant({
      variant: {
        id: "gid://shopify/ProductVariant/44000000000102",
        title: "Blue / L",
        sku: "TEE-BLUE-L",
        barcode: "036000291452",
        selectedOptions: [{ name: "Color", value: "Blue" }, { name: "Size", value: "L" }],
        imageUrl: cdnImage("tee-blue").url,
        quantity: 0,
        inventoryPolicy: "DENY",
      },
    }),
    japan: makeVariant({
      market: markets.jp,
      product: {
        id: "gid://shopify/Product/7000000000002",
        handle: "cafe-creme-jacket",
        title: "Café Crème Überzieher — 日本製 ✨",
        descriptionHtml: "<div>Le caf&eacute; cr&egrave;me &ndash; 100&nbsp;% coton &#8220;premium&#8221; &#x2014; 日本製</div>",
        onlineStoreUrl: null,
        options: [{ name: "Größe", values: ["38", "40"] }],
        images: [cdnImage("jacket")],
        translations: { title: "カフェクレーム ジャケット ✨", handle: "kafe-jaketto" },
        attributes: {},
      },
      variant: {
        id: "gid://shopify/ProductVariant/44000000000201",
        title: "38",
        barcode: "12345",
        sku: "JKT-38",
        price: { amount: 12000, currency: "JPY" },
        compareAtPrice: { amount: 15000, currency: "JPY" },
        quantity: 0,
        inventoryPolicy: "CONTINUE",
        selectedOptions: [{ name: "Größe", value: "38" }],
      },
    }),
    hungary: makeVariant({
      market: markets.hu,
      product: { id: "gid://shopify/Product/7000000000003", title: "Paprika Mug", handle: "paprika-mug", options: [{ name: "Title", values: ["Default Title"] }], images: [cdnImage("mug", 800)], attributes: {} },
      variant: {
        id: "gid://shopify/ProductVariant/44000000000301",
        title: "Default Title",
        sku: "MUG-1",
        barcode: null,
        price: { amount: 4990, currency: "HUF" },
        tracked: false,
        quantity: 0,
        selectedOptions: [{ name: "Title", value: "Default Title" }],
      },
    }),
    german: makeVariant({
      market: markets.de,
      product: {
        id: "gid://shopify/Product/7000000000004",
        title: "Strickpullover",
        handle: "strickpullover",
        options: [{ name: "Farbe", values: ["Dunkelgrün"] }, { name: "Größe", values: ["S"] }],
        attributes: { Geschlecht: "Damen", Altersgruppe: "Erwachsene", Muster: "Zopfmuster" },
        images: [cdnImage("pullover")],
      },
      variant: {
        id: "gid://shopify/ProductVariant/44000000000401",
        title: "Dunkelgrün / S",
        sku: "PUL-GR-S",
        barcode: "96385074",
        price: { amount: 7995, currency: "EUR" },
        compareAtPrice: { amount: 7000, currency: "EUR" },
        selectedOptions: [{ name: "Farbe", value: "Dunkelgrün" }, { name: "Größe", value: "S" }],
      },
    }),
    longText: makeVariant({
      product: {
        id: "gid://shopify/Product/7000000000005",
        title: "Extraordinarily comfortable handwoven alpaca wool blanket ".repeat(12).trim(),
        descriptionHtml: "<p>" + "Warm, light &amp; breathable alpaca wool for cold evenings. ".repeat(300) + "</p>",
      },
      variant: { id: "gid://shopify/ProductVariant/44000000000501" },
    }),
    emoji: makeVariant({
      product: { id: "gid://shopify/Product/7000000000006", title: "🔥 Summer Dress 👗", attributes: { age_group: "Teen" } },
      variant: { id: "gid://shopify/ProductVariant/44000000000601", title: "Default Title", selectedOptions: [{ name: "Title", value: "Default Title" }] },
    }),
  };
}

/** Variants with a defect every channel must reject, and the issue code expected. */
export function brokenVariants(): Record<string, { variant: FeedVariant; code: string }> {
  return {
    noImage: {
      code: "missing_image",
      variant: makeVariant({ product: { id: "gid://shopify/Product/7000000000901", images: [] }, variant: { id: "gid://shopify/ProductVariant/44000000000901", imageUrl: null } }),
    },
    draft: {
      code: "product_not_active",
      variant: makeVariant({ product: { id: "gid://shopify/Product/7000000000902", status: "DRAFT" }, variant: { id: "gid://shopify/ProductVariant/44000000000902" } }),
    },
    wrongCurrency: {
      code: "currency_mismatch",
      variant: makeVariant({ market: markets.de, product: { id: "gid://shopify/Product/7000000000903" }, variant: { id: "gid://shopify/ProductVariant/44000000000903", price: { amount: 2500, currency: "USD" } } }),
    },
    noDescription: {
      code: "missing_description",
      variant: makeVariant({ product: { id: "gid://shopify/Product/7000000000904", descriptionHtml: "<p>&nbsp;</p>", seoDescription: null }, variant: { id: "gid://shopify/ProductVariant/44000000000904" } }),
    },
    noLink: {
      code: "missing_link",
      variant: makeVariant({
        shop: { storefrontUrl: "" },
        product: { id: "gid://shopify/Product/7000000000905", onlineStoreUrl: null },
        variant: { id: "gid://shopify/ProductVariant/44000000000905" },
      }),
    },
  };
}

/** No vendor, no SKU, no barcode: Snapchat needs one of brand/gtin/mpn; Meta, Google, TikTok need brand. */
export function anonymousVariant(): FeedVariant {
  return makeVariant({
    product: { id: "gid://shopify/Product/7000000000950", vendor: "  " },
    variant: { id: "gid://shopify/ProductVariant/44000000000950", sku: null, barcode: null },
  });
}
