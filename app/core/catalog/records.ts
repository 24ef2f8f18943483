// The app's normalised catalog records, independent of how they were read (bulk JSONL line,
// paginated page, single-product fetch). Money in integer minor units of `currency`.

export interface ProductRecord {
  id: string;
  handle: string;
  title: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  status: string;
  onlineStoreUrl: string | null;
  categoryId: string | null;
  categoryName: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  options: { name: string; values: string[] }[];
  featuredImageUrl: string | null;
  updatedAt: string | null;
  /** Metafields of namespace mm-google-shopping by key (./attributes). */
  attributes: Record<string, string>;
}

export interface MarketPrice {
  currency: string;
  price: number;
  compareAtPrice: number | null;
}

/** A variant's prices by market country (ISO code). */
export interface VariantPrices {
  variantId: string;
  prices: Record<string, MarketPrice>;
}

export interface VariantRecord {
  id: string;
  productId: string;
  title: string;
  sku: string | null;
  barcode: string | null;
  price: number;
  compareAtPrice: number | null;
  inventoryQuantity: number;
  inventoryPolicy: string;
  tracked: boolean;
  position: number;
  selectedOptions: { name: string; value: string }[];
  imageUrl: string | null;
  inventoryItemId: string | null;
  weightValue: number | null;
  weightUnit: string | null;
  /** Metafields of namespace mm-google-shopping by key; they override the product's (./attributes). */
  attributes: Record<string, string>;
}

export interface ImageRecord {
  id: string;
  productId: string;
  url: string;
  altText: string | null;
  width: number | null;
  height: number | null;
  position: number;
}

export interface TranslationRecord {
  productId: string;
  locale: string;
  key: string;
  value: string;
}

export interface CollectionLink {
  productId: string;
  collectionId: string;
  handle: string;
  title: string;
}

export interface LevelRecord {
  variantId: string;
  locationId: string;
  available: number;
  updatedAt: string | null;
}

export type CatalogRecord =
  | { kind: "product"; record: ProductRecord }
  | { kind: "variant"; record: VariantRecord }
  | { kind: "image"; record: ImageRecord }
  | { kind: "collection"; record: CollectionLink }
  | { kind: "level"; record: LevelRecord }
  | { kind: "prices"; record: VariantPrices }
  | { kind: "translation"; record: TranslationRecord };

/** Which bulk query a line came from: each reads different parts of a variant. */
export type CatalogQueryKind = "catalog" | "inventory" | "prices" | "translations";

/** "gid://shopify/ProductVariant/12?x=y" → "ProductVariant". */
export function gidType(id: string): string {
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\//.exec(id);
  return match ? match[1] : "";
}
