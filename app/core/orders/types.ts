// A channel's order in the app's own words: what every channel adapter's order normaliser returns
// and what the importer plans a Shopify order from. Money is integer minor units of `currency`.

export type OrderChannelId = "tiktok" | "meta";

/** Where the order stands on its channel, in our words (the raw status is kept beside it). */
export type ChannelOrderState =
  /** Not paid yet, or still inside the channel's own checks (Meta FB_PROCESSING, TikTok UNPAID). */
  | "pending"
  /** Paid but the buyer may still cancel (TikTok ON_HOLD, the 1-hour window): wait. */
  | "on_hold"
  /** Paid and to be fulfilled: import it. */
  | "open"
  /** Shipped / delivered / completed on the channel: import it if not yet imported. */
  | "completed"
  | "cancelled";

export interface OrderAddress {
  firstName: string | null;
  lastName: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  zip: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string | null;
  phone: string | null;
}

export interface OrderBuyer {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface ChannelOrderLine {
  /** The channel's id of this line (stable across re-reads), used by refunds. */
  lineId: string;
  /** The id of our feed item the buyer bought (TikTok `sku_id`, Meta `retailer_id`), if any. */
  itemId: string | null;
  /** The seller SKU the channel knows (TikTok `seller_sku`), if any. */
  sku: string | null;
  title: string;
  quantity: number;
  /** Price of one unit before discounts, minor units. */
  unitPrice: number;
  /** Discount on the whole line (all units), minor units, ≥ 0. */
  discount: number;
}

export interface ChannelRefund {
  /** The channel's refund/return id (the idempotency key of the Shopify refund derives from it). */
  id: string;
  /** Total refunded, minor units of the order currency. */
  amount: number;
  /** Lines given back; empty for an amount-only refund. */
  lines: { lineId: string | null; itemId: string | null; sku: string | null; quantity: number }[];
  reason: string | null;
}

export interface ChannelOrder {
  channel: OrderChannelId;
  /** The channel's order id (becomes Shopify's `sourceIdentifier`). */
  externalId: string;
  state: ChannelOrderState;
  /** The channel's own status text, e.g. "AWAITING_SHIPMENT", "FB_PROCESSING". */
  channelStatus: string;
  /** ISO 8601. */
  createdAt: string | null;
  /** ISO 4217, upper case. */
  currency: string;
  lines: ChannelOrderLine[];
  shipping: { title: string; amount: number };
  /** Total tax charged, minor units (0 when prices include it or none). */
  tax: number;
  /** Order-level discounts not already on lines, minor units, ≥ 0. */
  discount: number;
  /**
   * What the order is worth to the merchant, minor units: lines − seller-funded discounts +
   * shipping + tax. Channel-funded discounts (TikTok platform_discount, Meta FACEBOOK-sponsored
   * promotions) are paid to the merchant by the channel, so they are not discounts here.
   */
  total: number;
  buyer: OrderBuyer;
  shippingAddress: OrderAddress | null;
  /** Set when the channel cancelled the order. */
  cancelReason: string | null;
  refunds: ChannelRefund[];
}

/** A pushed event after its signature was verified and its body parsed. */
export type ParsedPush =
  | { kind: "order"; eventId: string; externalShopId: string; orderId: string; topic: string; hint: string | null }
  | { kind: "unsupported"; eventId: string; externalShopId: string; topic: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
