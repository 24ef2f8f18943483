// The contract every sales channel implements (one folder per channel, registered in
// ./registry.ts). Pure: no network, DB, clock or environment. The feed builder gives an adapter
// one FeedVariant at a time (one catalog variant, in one market) and streams what it returns.
// Channels that sell (TikTok Shop, Meta) add `orders`: verify and parse what they push, normalise
// the orders their API returns (app/core/orders/types.ts).

import type { ChannelOrder, Parsed, ParsedPush } from "../core/orders/types";

export type ChannelId = "meta" | "tiktok" | "pinterest" | "snapchat" | "google";
export type FeedFormat = "csv" | "tsv" | "xml";

/** Money in integer minor units of `currency` (see app/core/money.ts). */
export interface Price {
  amount: number;
  currency: string;
}

/** One variant of the catalog, as one market sees it: the input of every adapter. */
export interface FeedVariant {
  shop: { domain: string; name: string; storefrontUrl: string };
  market: {
    handle: string;
    /** The market's countries (ISO 3166-1 alpha-2); a feed targets all of them. */
    countries: string[];
    currency: string;
    /** The feed's language (BCP 47, e.g. "en", "pt-BR"); text is translated when a translation exists. */
    language: string;
  };
  product: {
    id: string; // gid://shopify/Product/N
    handle: string;
    title: string;
    descriptionHtml: string;
    vendor: string;
    productType: string;
    tags: string[];
    status: "ACTIVE" | "DRAFT" | "ARCHIVED" | string;
    onlineStoreUrl: string | null;
    /** Shopify taxonomy category, e.g. { id: "gid://shopify/TaxonomyCategory/aa-1-13-7", fullName: "Apparel & Accessories > …" }. */
    category: { id: string; fullName: string } | null;
    seoTitle: string | null;
    seoDescription: string | null;
    options: { name: string; values: string[] }[];
    /** Product images in order, the featured one first. */
    images: { url: string; altText: string | null; width: number | null; height: number | null }[];
    collections: { id: string; handle: string; title: string }[];
    /** Translated fields for the market's language (Shopify keys: title, body_html, handle, …). */
    translations: Record<string, string>;
    /** Product metafields the merchant mapped to channel attributes (gender, age_group, material, pattern…). */
    attributes: Record<string, string>;
  };
  variant: {
    id: string; // gid://shopify/ProductVariant/N
    title: string;
    sku: string | null;
    barcode: string | null;
    /** The price in the market's currency (contextual price, else the shop price when currencies match). */
    price: Price;
    compareAtPrice: Price | null;
    /** Sellable quantity (after the channel's safety buffer). */
    quantity: number;
    inventoryPolicy: "DENY" | "CONTINUE" | string;
    tracked: boolean;
    selectedOptions: { name: string; value: string }[];
    imageUrl: string | null;
    weight: { value: number; unit: string } | null;
  };
  /** Google product category resolved from the Shopify taxonomy (shared by all channels). */
  googleCategory: { id: number; path: string } | null;
  /** custom_label_0..4 computed from the merchant's rules. */
  customLabels: string[];
  /** UTM parameters for this channel's links. */
  utm: { source: string; medium: string; campaign: string };
}

/** Why an item would be rejected or weakened by the channel, with what the merchant should do. */
export interface FeedIssue {
  /** Stable code, e.g. "missing_image", "invalid_gtin", "title_too_long". */
  code: string;
  /** The channel's field, e.g. "image_link". */
  field: string;
  severity: "error" | "warning";
  /** What is wrong, with the value: "barcode 123 is not a valid GTIN". */
  message: string;
  /** What to do in Shopify: "Add an image to the product or variant". */
  fix: string;
}

/** A channel's item: its field names, values as the feed writes them. */
export type FeedItem = Record<string, string>;

export interface MappedItem {
  /** null when any issue is an error: no item with a known defect is ever emitted. */
  item: FeedItem | null;
  issues: FeedIssue[];
}

export interface ChannelAdapter {
  id: ChannelId;
  name: string;
  /** The item key field: "id" (Meta, Google, Pinterest, Snapchat) or "sku_id" (TikTok). */
  keyField: string;
  /** Columns in feed order (CSV/TSV header; XML element order). */
  columns: readonly string[];
  formats: readonly FeedFormat[];
  /**
   * Fields whose value is a comma-separated list (e.g. additional_image_link). XML feeds write one
   * element per entry (shared/serialize.ts `listFields`). Optional: added with the five feed adapters.
   */
  listFields?: readonly string[];
  map(variant: FeedVariant): MappedItem;
  /** Present on channels whose orders come back into Shopify. */
  orders?: OrderAdapter;
}

/** Credentials a channel signs its pushes with (decrypted by the caller; never logged). */
export interface PushSecret {
  appKey: string;
  appSecret: string;
}

export interface OrderAdapter {
  /** Channel capabilities the importer and the stock pusher rely on. */
  delivery: "push" | "pull";
  takesStockPushes: boolean;
  /** Max items per stock update call. */
  stockBatchLimit: number;
  /**
   * Checks a pushed event's signature over the raw bytes, before anything is parsed or stored
   * (constant-time compare). `header` reads a request header case-insensitively.
   */
  verifyPush?(raw: Uint8Array, header: (name: string) => string | null, secret: PushSecret): boolean;
  /** Parses a verified push. Not JSON, or not the channel's event shape → ok: false with a clear message. */
  parsePush?(raw: string): Parsed<ParsedPush>;
  /** The channel's raw order (+ its raw refund records) → ChannelOrder, or why it cannot be read. */
  normalizeOrder(raw: unknown, refunds: unknown[]): Parsed<ChannelOrder>;
}
