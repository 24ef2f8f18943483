import type { FeedVariant } from "~/channels/channel-adapter";
import { mergeAttributes, parseAttributes } from "~/core/catalog/attributes";
import { sellableQuantity, type SafetyBuffer } from "~/core/stock";

// Catalog rows of one product page → FeedVariants for one market and channel. Pure: the rows come
// from app/persistence/feed-rows.server.ts, the market and shop from the DB, the taxonomy match
// is passed in.

export interface FeedMarket {
  handle: string;
  countries: string[];
  currency: string;
  language: string;
  /** The country whose contextual price stands for the market (its first, alphabetically). */
  priceCountry: string | null;
}

export interface FeedShop {
  domain: string;
  name: string;
  storefrontUrl: string;
  currency: string;
}

interface Rows {
  products: { id: string; handle: string; title: string; descriptionHtml: string; vendor: string; productType: string; tags: string; status: string; onlineStoreUrl: string | null; categoryId: string | null; categoryName: string | null; seoTitle: string | null; seoDescription: string | null; options: string; featuredImageUrl: string | null; attributes?: string }[];
  variants: { id: string; productId: string; title: string; sku: string | null; barcode: string | null; price: number; compareAtPrice: number | null; inventoryQuantity: number; inventoryPolicy: string; tracked: number; selectedOptions: string; imageUrl: string | null; weightValue: number | null; weightUnit: string | null; attributes?: string; prices: string | null }[];
  images: { productId: string; url: string; altText: string | null; width: number | null; height: number | null }[];
  collections: { productId: string; collectionId: string; handle: string; title: string }[];
  translations: { productId: string; key: string; value: string }[];
}

export interface AssembleOptions {
  shop: FeedShop;
  market: FeedMarket;
  channel: string;
  googleCategory: (category: { id: string; fullName: string } | null) => { id: number; path: string } | null;
  /** The channel's safety buffer: quantities are what the channel may sell (as stock pushes send). */
  buffer?: SafetyBuffer;
}

function groupBy<T extends { productId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.productId);
    if (list) list.push(row);
    else map.set(row.productId, [row]);
  }
  return map;
}

/** The variant's price in the market: its contextual price there, else the shop price (flagged by the adapter when the currency differs). */
function marketPrice(v: Rows["variants"][number], market: FeedMarket, shopCurrency: string) {
  const prices = v.prices ? (JSON.parse(v.prices) as Record<string, { currency: string; price: number; compareAtPrice?: number | null }>) : {};
  const contextual = market.priceCountry ? prices[market.priceCountry] : undefined;
  if (contextual) {
    return {
      price: { amount: contextual.price, currency: contextual.currency },
      // Absent or null: merged price JSON drops null members (JSON merge patch).
      compareAtPrice: contextual.compareAtPrice == null ? null : { amount: contextual.compareAtPrice, currency: contextual.currency },
    };
  }
  return {
    price: { amount: v.price, currency: shopCurrency },
    compareAtPrice: v.compareAtPrice === null ? null : { amount: v.compareAtPrice, currency: shopCurrency },
  };
}

export function* assembleFeedVariants(rows: Rows, options: AssembleOptions): Generator<FeedVariant> {
  const { shop, market, channel } = options;
  // The same for every variant: built once, shared (a FeedVariant is read, never changed).
  const variantShop = { domain: shop.domain, name: shop.name, storefrontUrl: shop.storefrontUrl };
  const variantMarket = { handle: market.handle, countries: market.countries, currency: market.currency, language: market.language };
  const utm = { source: channel, medium: "product_feed", campaign: "social-selling-hub" };
  const variants = groupBy(rows.variants);
  const images = groupBy(rows.images);
  const collections = groupBy(rows.collections);
  const translations = groupBy(rows.translations);
  for (const p of rows.products) {
    const category = p.categoryId && p.categoryName ? { id: p.categoryId, fullName: p.categoryName } : null;
    const productImages = (images.get(p.id) ?? []).map(({ url, altText, width, height }) => ({ url, altText, width, height }));
    if (p.featuredImageUrl && productImages[0]?.url !== p.featuredImageUrl) {
      const featured = productImages.findIndex((i) => i.url === p.featuredImageUrl);
      const [first] = featured >= 0 ? productImages.splice(featured, 1) : [{ url: p.featuredImageUrl, altText: null, width: null, height: null }];
      productImages.unshift(first);
    }
    const product: FeedVariant["product"] = {
      id: p.id,
      handle: p.handle,
      title: p.title,
      descriptionHtml: p.descriptionHtml,
      vendor: p.vendor,
      productType: p.productType,
      tags: JSON.parse(p.tags) as string[],
      status: p.status,
      onlineStoreUrl: p.onlineStoreUrl,
      category,
      seoTitle: p.seoTitle,
      seoDescription: p.seoDescription,
      options: JSON.parse(p.options) as { name: string; values: string[] }[],
      images: productImages,
      collections: (collections.get(p.id) ?? []).map(({ collectionId, handle, title }) => ({ id: collectionId, handle, title })),
      translations: Object.fromEntries((translations.get(p.id) ?? []).map((t) => [t.key, t.value])),
      attributes: p.attributes && p.attributes !== "{}" ? parseAttributes(p.attributes) : {},
    };
    const googleCategory = options.googleCategory(category);
    for (const v of variants.get(p.id) ?? []) {
      // A variant's own metafields override the product's (a product copy only where it has some).
      const own = v.attributes && v.attributes !== "{}" ? parseAttributes(v.attributes) : null;
      yield {
        shop: variantShop,
        market: variantMarket,
        product: own ? { ...product, attributes: mergeAttributes({ product: product.attributes, variant: own }) } : product,
        variant: {
          id: v.id,
          title: v.title,
          sku: v.sku,
          barcode: v.barcode,
          ...marketPrice(v, market, shop.currency),
          quantity: options.buffer ? sellableQuantity(v.inventoryQuantity, options.buffer) : v.inventoryQuantity,
          inventoryPolicy: v.inventoryPolicy,
          tracked: v.tracked === 1,
          selectedOptions: JSON.parse(v.selectedOptions) as { name: string; value: string }[],
          imageUrl: v.imageUrl,
          weight: v.weightValue === null || !v.weightUnit ? null : { value: v.weightValue, unit: v.weightUnit },
        },
        googleCategory,
        customLabels: [],
        utm,
      };
    }
  }
}
