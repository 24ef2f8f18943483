/**
 * What the emulated Shopify holds for one shop. Field names follow the Admin GraphQL API so the
 * default field resolver can read most of them directly. Money is a decimal string, ids are gids.
 */

export type ProductStatus = "ACTIVE" | "DRAFT" | "ARCHIVED" | "UNLISTED";
export type InventoryPolicy = "DENY" | "CONTINUE";
export type WeightUnit = "GRAMS" | "KILOGRAMS" | "OUNCES" | "POUNDS";

export interface ImageData {
  url: string;
  width: number | null;
  height: number | null;
  altText?: string | null;
}

export interface MediaRecord {
  id: string;
  alt: string | null;
  image: ImageData;
  status: "READY" | "PROCESSING" | "FAILED" | "UPLOADED";
}

export interface OptionRecord {
  name: string;
  values: string[];
}

export interface SelectedOptionRecord {
  name: string;
  value: string;
}

export interface MoneyRecord {
  amount: string;
  currencyCode: string;
}

export interface ContextualPriceRecord {
  /** ISO 3166 country code. */
  country: string;
  price: MoneyRecord;
  compareAtPrice: MoneyRecord | null;
}

export interface TranslationRecord {
  locale: string;
  key: string;
  value: string;
}

/** A metafield on a product or variant (catalog lines of type `Metafield`, `shop.setMetafield`). */
export interface MetafieldRecord {
  id: string;
  namespace: string;
  key: string;
  value: string;
  /** Shopify's metafield type name, e.g. "single_line_text_field". */
  type: string;
  createdAt: string;
  updatedAt: string;
}

export interface InventoryItemRecord {
  id: string;
  tracked: boolean;
  weight: { value: number; unit: WeightUnit } | null;
}

export interface VariantRecord {
  id: string;
  title: string;
  sku: string | null;
  barcode: string | null;
  price: string;
  compareAtPrice: string | null;
  inventoryPolicy: InventoryPolicy;
  selectedOptions: SelectedOptionRecord[];
  position: number;
  image: ImageData | null;
  inventoryItem: InventoryItemRecord;
  contextualPrices: ContextualPriceRecord[];
  metafields: MetafieldRecord[];
  taxable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CategoryRecord {
  id: string;
  fullName: string;
  name: string;
}

export interface ProductRecord {
  id: string;
  title: string;
  handle: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  status: ProductStatus;
  onlineStoreUrl: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  options: OptionRecord[];
  category: CategoryRecord | null;
  seo: { title: string | null; description: string | null };
  media: MediaRecord[];
  variants: VariantRecord[];
  collectionIds: string[];
  translations: TranslationRecord[];
  metafields: MetafieldRecord[];
}

export interface CollectionRecord {
  id: string;
  title: string;
  handle: string;
  updatedAt: string;
}

export interface LocaleRecord {
  locale: string;
  primary: boolean;
  published: boolean;
}

export interface MarketRecord {
  id: string;
  handle: string;
  name: string;
  countries: string[];
  currencyCode: string;
  locales: string[];
  primary: boolean;
  enabled: boolean;
}

export interface LocationRecord {
  id: string;
  name: string;
  isActive: boolean;
  fulfillsOnlineOrders: boolean;
  countryCode: string | null;
  city: string | null;
}

export type PlanName = "basic" | "shopify" | "advanced" | "plus" | "development";

export interface ShopFacts {
  id: string;
  name: string;
  email: string;
  myshopifyDomain: string;
  currencyCode: string;
  primaryDomainUrl: string;
  ianaTimezone: string;
  weightUnit: WeightUnit;
  plan: PlanName;
  locales: LocaleRecord[];
  markets: MarketRecord[];
  locations: LocationRecord[];
}

export interface AddressRecord {
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  zip: string | null;
  countryCode: string | null;
  phone: string | null;
}

export interface OrderLineRecord {
  id: string;
  variantId: string | null;
  productId: string | null;
  sku: string | null;
  title: string;
  variantTitle: string | null;
  quantity: number;
  /** Unit price in the order currency (decimal string). */
  price: string;
  /** Where the stock was claimed from (null when inventory was bypassed or untracked). */
  locationId: string | null;
  /** Units given back by refunds and by cancelling. */
  removedQuantity: number;
  fulfilledQuantity: number;
}

export type TransactionKind = "SALE" | "REFUND" | "AUTHORIZATION" | "CAPTURE" | "VOID";

export interface OrderTransactionRecord {
  id: string;
  kind: TransactionKind;
  status: "SUCCESS" | "PENDING" | "FAILURE";
  gateway: string;
  amount: string;
  parentId: string | null;
  createdAt: string;
}

export type RestockType = "RETURN" | "CANCEL" | "LEGACY_RESTOCK" | "NO_RESTOCK";

export interface RefundRecord {
  id: string;
  /** The @idempotent key it was created with (null for cancels and merchant refunds). */
  idempotencyKey: string | null;
  amount: string;
  note: string | null;
  createdAt: string;
  lineItems: { lineItemId: string; variantId: string | null; quantity: number; restockType: RestockType }[];
  transactionIds: string[];
}

export interface FulfillmentRecord {
  id: string;
  createdAt: string;
  trackingNumber: string | null;
  trackingCompany: string | null;
  lineItems: { lineItemId: string; quantity: number }[];
}

/** An order as the emulated Shopify keeps it. Money: decimal strings in `currencyCode`. */
export interface OrderRecord {
  id: string;
  /** "#1001", "#1002"… */
  name: string;
  number: number;
  sourceName: string | null;
  sourceIdentifier: string | null;
  tags: string[];
  currencyCode: string;
  subtotalPrice: string;
  totalDiscounts: string;
  totalShipping: string;
  totalTax: string;
  totalPrice: string;
  discountCodes: { code: string; amount: string }[];
  shippingLines: { title: string; price: string; code: string | null }[];
  taxLines: { title: string; rate: string; price: string }[];
  email: string | null;
  phone: string | null;
  note: string | null;
  shippingAddress: AddressRecord | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  processedAt: string;
  createdAt: string;
  updatedAt: string;
  lineItems: OrderLineRecord[];
  transactions: OrderTransactionRecord[];
  refunds: RefundRecord[];
  fulfillments: FulfillmentRecord[];
}

/** An order in emulator-state.json (catalog-jsonl.md, "What the demo writes"). */
export interface OrderState {
  id: string;
  name: string;
  sourceName: string | null;
  sourceIdentifier: string | null;
  tags: string[];
  currencyCode: string;
  totalPrice: string;
  cancelledAt: string | null;
  lineItems: { variantId: string | null; sku: string | null; quantity: number; price: string }[];
  refunds: { amount: string; lineItems: { variantId: string | null; quantity: number }[] }[];
}

export interface InventoryEntry {
  variantId: string;
  locationId: string;
  available: number;
}

/** The shape written to emulator-state.json. */
export interface EmulatorState {
  products: ProductState[];
  inventory: InventoryEntry[];
  orders: OrderState[];
}

export type ProductState = Omit<ProductRecord, "collectionIds"> & {
  collections: { id: string; title: string; handle: string }[];
  variants: (VariantRecord & { inventoryQuantity: number })[];
};
