import { encodeCursor } from "../connection";
import { compareAmounts, formatAmount } from "../money";
import { compareGids, gid, legacyId } from "../store/ids";
import type { ShopStore } from "../store/shop-store";
import type { CollectionRecord, MediaRecord, ProductRecord, VariantRecord } from "../store/types";
import { byId, connection, count, type ResolverContext, type ResolverMap } from "./context";
import { contextualPrice, inventoryItemView } from "./views";

function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function optionId(product: ProductRecord, index: number): string {
  return gid("ProductOption", `${legacyId(product.id)}${String(index + 1).padStart(2, "0")}`);
}

function optionValueId(product: ProductRecord, index: number, valueIndex: number): string {
  return gid(
    "ProductOptionValue",
    `${legacyId(product.id)}${String(index + 1).padStart(2, "0")}${String(valueIndex + 1).padStart(3, "0")}`,
  );
}

function optionValueView(store: ShopStore, product: ProductRecord, name: string, value: string) {
  const oi = product.options.findIndex((o) => o.name === name);
  const vi = oi >= 0 ? product.options[oi].values.indexOf(value) : -1;
  return {
    id: oi >= 0 && vi >= 0 ? optionValueId(product, oi, vi) : gid("ProductOptionValue", "0"),
    name: value,
    hasVariants: product.variants.some((v) => v.selectedOptions.some((s) => s.name === name && s.value === value)),
    swatch: null,
    translations: [],
  };
}

export function mediaImage(m: MediaRecord) {
  return { ...m, __typename: "MediaImage" as const };
}

function imageView(image: { url: string; width: number | null; height: number | null } | null, alt: string | null, idHint?: string) {
  if (!image) return null;
  return {
    id: idHint ? gid("ImageSource", legacyId(idHint)) : null,
    url: image.url,
    width: image.width,
    height: image.height,
    altText: alt,
    thumbhash: null,
    translations: [],
  };
}

function money(amount: string, currencyCode: string) {
  return { amount: formatAmount(amount, currencyCode), currencyCode };
}

function priceRange(prices: string[], currency: string) {
  if (prices.length === 0) return { minVariantPrice: money("0", currency), maxVariantPrice: money("0", currency) };
  const sorted = [...prices].sort(compareAmounts);
  return { minVariantPrice: money(sorted[0], currency), maxVariantPrice: money(sorted[sorted.length - 1], currency) };
}

function translationsFor(product: ProductRecord, locale: unknown) {
  return product.translations
    .filter((t) => t.locale === locale)
    .map((t) => ({ key: t.key, locale: t.locale, value: t.value, outdated: false, updatedAt: product.updatedAt, market: null }));
}

function inventoryQuantity(ctx: ResolverContext, v: VariantRecord): number {
  return ctx.store.inventoryQuantity(v);
}

function productOf(ctx: ResolverContext, v: VariantRecord): ProductRecord {
  const ref = ctx.store.variant(v.id);
  if (!ref) throw new Error(`variant ${v.id} has no product`);
  return ref.product;
}

export function taxonomyCategoryView(c: { id: string; fullName: string; name: string }) {
  const code = legacyId(c.id);
  const parts = code.split("-");
  const ancestors = parts.slice(0, -1).map((_, i) => gid("TaxonomyCategory", parts.slice(0, i + 1).join("-")));
  return {
    ...c,
    __typename: "TaxonomyCategory" as const,
    ancestorIds: ancestors.reverse(),
    childrenIds: [],
    isArchived: false,
    isLeaf: true,
    isRoot: parts.length === 1,
    level: parts.length,
    parentId: parts.length > 1 ? gid("TaxonomyCategory", parts.slice(0, -1).join("-")) : null,
  };
}

export const catalogResolvers: ResolverMap = {
  Product: {
    legacyResourceId: (p: ProductRecord) => legacyId(p.id),
    description: (p: ProductRecord, { truncateAt }) => {
      const text = stripHtml(p.descriptionHtml);
      return typeof truncateAt === "number" && text.length > truncateAt ? `${text.slice(0, truncateAt)}...` : text;
    },
    bodyHtml: (p: ProductRecord) => p.descriptionHtml,
    defaultCursor: (p: ProductRecord) => encodeCursor(p.id, p.id),
    featuredMedia: (p: ProductRecord) => (p.media[0] ? mediaImage(p.media[0]) : null),
    featuredImage: (p: ProductRecord) => (p.media[0] ? imageView(p.media[0].image, p.media[0].alt, p.media[0].id) : null),
    media: (p: ProductRecord, args, ctx, info) =>
      connection(p.media.map(mediaImage), args, ctx, info, { id: byId, sortValue: (m) => p.media.findIndex((x) => x.id === m.id) }),
    images: (p: ProductRecord, args, ctx, info) => {
      const c = connection(p.media, args, ctx, info, { id: byId, sortValue: (m) => p.media.indexOf(m) });
      const nodes = c.nodes.map((m) => imageView(m.image, m.alt, m.id));
      return { ...c, nodes, edges: c.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
    },
    variants: (p: ProductRecord, args, ctx, info) =>
      connection(p.variants, args, ctx, info, { id: byId, sortValue: (v) => v.position }),
    variantsCount: (p: ProductRecord) => count(p.variants.length),
    totalVariants: (p: ProductRecord) => p.variants.length,
    options: (p: ProductRecord, { first }) =>
      p.options.slice(0, typeof first === "number" ? first : undefined).map((o, i) => ({
        id: optionId(p, i),
        name: o.name,
        position: i + 1,
        values: o.values,
        translations: [],
        optionValues: o.values.map((_, vi) => ({
          id: optionValueId(p, i, vi),
          name: o.values[vi],
          hasVariants: p.variants.some((v) => v.selectedOptions.some((s) => s.name === o.name && s.value === o.values[vi])),
          swatch: null,
          translations: [],
        })),
      })),
    category: (p: ProductRecord) => (p.category ? taxonomyCategoryView(p.category) : null),
    collections: (p: ProductRecord, args, ctx, info) => {
      const list = p.collectionIds
        .map((id) => ctx.store.collections.get(id))
        .filter((c): c is CollectionRecord => !!c)
        .sort((a, b) => compareGids(a.id, b.id));
      return connection(list, args, ctx, info, { id: byId });
    },
    inCollection: (p: ProductRecord, { id }) => p.collectionIds.includes(String(id)),
    translations: (p: ProductRecord, { locale }) => translationsFor(p, locale),
    totalInventory: (p: ProductRecord, _a, ctx) => p.variants.reduce((s, v) => s + inventoryQuantity(ctx, v), 0),
    tracksInventory: (p: ProductRecord) => p.variants.some((v) => v.inventoryItem.tracked),
    hasOnlyDefaultVariant: (p: ProductRecord) =>
      p.variants.length === 1 && p.options.length === 1 && p.options[0].name === "Title" && p.options[0].values[0] === "Default Title",
    hasOutOfStockVariants: (p: ProductRecord, _a, ctx) =>
      p.variants.some((v) => v.inventoryItem.tracked && inventoryQuantity(ctx, v) <= 0),
    priceRangeV2: (p: ProductRecord, _a, ctx) => priceRange(p.variants.map((v) => v.price), ctx.store.facts.currencyCode),
    compareAtPriceRange: (p: ProductRecord, _a, ctx) => {
      const prices = p.variants.map((v) => v.compareAtPrice).filter((x): x is string => !!x);
      if (!prices.length) return null;
      const r = priceRange(prices, ctx.store.facts.currencyCode);
      return { minVariantCompareAtPrice: r.minVariantPrice, maxVariantCompareAtPrice: r.maxVariantPrice };
    },
    contextualPricing: (p: ProductRecord, { context }, ctx) => {
      const country = (context as { country?: string } | null)?.country;
      const prices = p.variants.map((v) => ({ v, ...contextualPrice(ctx.store, v, country) }));
      prices.sort((a, b) => compareAmounts(a.price.amount, b.price.amount));
      const cur = prices[0]?.price.currencyCode ?? ctx.store.facts.currencyCode;
      const pricing = (x: (typeof prices)[number] | undefined) =>
        x ? { price: x.price, compareAtPrice: x.compareAtPrice, unitPrice: null, productVariant: x.v } : null;
      return {
        fixedQuantityRulesCount: 0,
        minVariantPricing: pricing(prices[0]),
        maxVariantPricing: pricing(prices[prices.length - 1]),
        priceRange: {
          minVariantPrice: prices[0]?.price ?? money("0", cur),
          maxVariantPrice: prices[prices.length - 1]?.price ?? money("0", cur),
        },
      };
    },
    isGiftCard: () => false,
    requiresSellingPlan: () => false,
    templateSuffix: () => null,
    giftCardTemplateSuffix: () => null,
    hasVariantsThatRequiresComponents: () => false,
    publishedOnCurrentPublication: (p: ProductRecord) => p.status === "ACTIVE",
    onlineStorePreviewUrl: (p: ProductRecord, _a, ctx) => `${ctx.store.facts.primaryDomainUrl.replace(/\/$/, "")}/products/${p.handle}`,
  },

  ProductVariant: {
    legacyResourceId: (v: VariantRecord) => legacyId(v.id),
    displayName: (v: VariantRecord, _a, ctx) => `${productOf(ctx, v).title} - ${v.title}`,
    product: (v: VariantRecord, _a, ctx) => productOf(ctx, v),
    inventoryQuantity: (v: VariantRecord, _a, ctx) => inventoryQuantity(ctx, v),
    sellableOnlineQuantity: (v: VariantRecord, _a, ctx) => Math.max(0, inventoryQuantity(ctx, v)),
    availableForSale: (v: VariantRecord, _a, ctx) =>
      productOf(ctx, v).status === "ACTIVE" &&
      (!v.inventoryItem.tracked || v.inventoryPolicy === "CONTINUE" || inventoryQuantity(ctx, v) > 0),
    inventoryItem: (v: VariantRecord, _a, ctx) => inventoryItemView(ctx.store.variant(v.id)!),
    image: (v: VariantRecord, _a, ctx) => {
      if (!v.image) return null;
      const m = productOf(ctx, v).media.find((x) => x.image.url === v.image!.url);
      return imageView(v.image, m?.alt ?? null, m?.id);
    },
    media: (v: VariantRecord, args, ctx, info) => {
      const p = productOf(ctx, v);
      const list = v.image ? p.media.filter((m) => m.image.url === v.image!.url).map(mediaImage) : [];
      return connection(list, args, ctx, info, { id: byId });
    },
    selectedOptions: (v: VariantRecord, _a, ctx) =>
      v.selectedOptions.map((s) => ({ ...s, optionValue: optionValueView(ctx.store, productOf(ctx, v), s.name, s.value) })),
    contextualPricing: (v: VariantRecord, { context }, ctx) => {
      const country = (context as { country?: string } | null)?.country;
      const { price, compareAtPrice } = contextualPrice(ctx.store, v, country);
      return {
        price,
        compareAtPrice,
        unitPrice: null,
        quantityRule: { minimum: 1, maximum: null, increment: 1, isDefault: true, originType: "FIXED", productVariant: v },
      };
    },
    defaultCursor: (v: VariantRecord) => encodeCursor(v.id, v.id),
    translations: () => [],
    requiresComponents: () => false,
    showUnitPrice: () => false,
    unitPrice: () => null,
  },

  MediaImage: {
    image: (m: MediaRecord) => imageView(m.image, m.alt, m.id),
    preview: (m: MediaRecord) => ({ image: imageView(m.image, m.alt, m.id), status: "READY" }),
    mediaContentType: () => "IMAGE",
    mediaErrors: () => [],
    mediaWarnings: () => [],
    fileErrors: () => [],
    fileStatus: () => "READY",
    mimeType: (m: MediaRecord) => (/\.png(\?|$)/i.test(m.image.url) ? "image/png" : "image/jpeg"),
    createdAt: (_m, _a, ctx) => ctx.store.now(),
    updatedAt: (_m, _a, ctx) => ctx.store.now(),
    translations: () => [],
  },

  Collection: {
    legacyResourceId: (c: CollectionRecord) => legacyId(c.id),
    descriptionHtml: () => "",
    description: () => "",
    seo: (c: CollectionRecord) => ({ title: c.title, description: null }),
    sortOrder: () => "BEST_SELLING",
    templateSuffix: () => null,
    image: () => null,
    products: (c: CollectionRecord, args, ctx, info) =>
      connection(ctx.store.productList().filter((p) => p.collectionIds.includes(c.id)), args, ctx, info, { id: byId }),
    productsCount: (c: CollectionRecord, _a, ctx) => count(ctx.store.productList().filter((p) => p.collectionIds.includes(c.id)).length),
    hasProduct: (c: CollectionRecord, { id }, ctx) => !!ctx.store.products.get(String(id))?.collectionIds.includes(c.id),
    translations: () => [],
  },
};

