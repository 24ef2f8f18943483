// What the importer asks Shopify to do, decided from a ChannelOrder (app/core/orders/plan.ts) and
// carried out by the ShopifyOrders port (app/shopify/orders.server.ts). Money in minor units.

import type { OrderAddress, OrderChannelId } from "./types";

export interface ShopifyOrderPlan {
  /** The channel id ("tiktok", "meta"): Shopify's `sourceName`. */
  sourceName: OrderChannelId;
  /** The channel's order id: Shopify's `sourceIdentifier`, looked up before every create. */
  sourceIdentifier: string;
  /** ISO 4217: the order is created in the currency the buyer paid in. */
  currency: string;
  lines: { variantId: string; quantity: number; unitPrice: number; discount: number; title: string; sku: string | null }[];
  shipping: { title: string; amount: number };
  tax: number;
  /** Order-level discount (not on lines), ≥ 0. */
  discount: number;
  /** What the buyer paid: the one paid transaction's amount. */
  total: number;
  email: string | null;
  phone: string | null;
  shippingAddress: OrderAddress | null;
  tags: string[];
  note: string;
  /** ISO 8601, the channel's order time. */
  processedAt: string | null;
}

export interface ShopifyOrderRef {
  id: string; // gid://shopify/Order/N
  name: string; // "#1001"
  cancelledAt: string | null;
}

export interface ShopifyRefundPlan {
  orderId: string;
  /** Deterministic UUID from (shop, channel, refund id): the @idempotent key, reused on retries. */
  idempotencyKey: string;
  currency: string;
  amount: number;
  /** Shopify line items given back (restocked). */
  lines: { lineItemId: string; quantity: number }[];
  note: string;
}

export type ShopifyWriteResult<T> =
  | { ok: true; value: T }
  /** Shopify refused the request (userErrors); `code` is Shopify's error code when it gives one. */
  | { ok: false; errors: { field: string | null; message: string; code: string | null }[] };
