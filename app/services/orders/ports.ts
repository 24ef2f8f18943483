// The ports the order importer works through. Implementations: app/shopify/orders.server.ts
// (Shopify Admin GraphQL) and app/services/channels/<channel>/client.server.ts (channel APIs).
// Transport failures (network, 5xx, THROTTLED after retries) throw; the worker retries the job.

import type { ShopifyOrderPlan, ShopifyOrderRef, ShopifyRefundPlan, ShopifyWriteResult } from "~/core/orders/plan-types";

export interface ShopifyOrdersPort {
  /** The order Shopify already holds for (sourceName, sourceIdentifier), if any. */
  findBySource(sourceName: string, sourceIdentifier: string): Promise<ShopifyOrderRef | null>;
  /** orderCreate with inventoryBehaviour DECREMENT_OBEYING_POLICY and one paid transaction. */
  create(plan: ShopifyOrderPlan): Promise<ShopifyWriteResult<ShopifyOrderRef>>;
  /** Line items of an order (to map channel refund lines to Shopify line items by variant). */
  lineItems(orderId: string): Promise<{ id: string; variantId: string | null; sku: string | null; quantity: number }[]>;
  /** orderCancel: restock, no customer notification, the paid amount refunded to the original method. */
  cancel(orderId: string, reason: string): Promise<ShopifyWriteResult<true>>;
  /** refundCreate with @idempotent(key:). */
  refund(plan: ShopifyRefundPlan): Promise<ShopifyWriteResult<{ id: string }>>;
}

/** Items' new sellable quantities pushed to a channel (feed item id → quantity). */
export interface StockUpdate {
  itemId: string;
  sku: string | null;
  quantity: number;
}

export interface ChannelOrdersClient {
  /** One order as the channel's order API returns it (raw JSON), or null when unknown. */
  getOrder(orderId: string): Promise<unknown | null>;
  /** Raw return/refund records of an order (TikTok returns API; Meta returns refunds inline). */
  getRefunds(orderId: string): Promise<unknown[]>;
  /** Meta: orders updated since `since` (ISO), raw. TikTok: not used (pushes). */
  listOrders(since: string | null): Promise<unknown[]>;
  /** Meta: CREATED → IN_PROGRESS. Idempotent on the channel side by `idempotencyKey`. */
  acknowledge(orderId: string, idempotencyKey: string): Promise<void>;
  /** Shopify cancelled the order: cancel it on the channel. */
  cancel(orderId: string, reason: string, idempotencyKey: string): Promise<void>;
  /** Shopify fulfilled it: send tracking back. */
  ship(orderId: string, shipment: { trackingNumber: string | null; carrier: string | null; lineIds: string[] }, idempotencyKey: string): Promise<void>;
  /** New sellable quantities (≤ the channel's batch limit per call; the caller batches). */
  updateStock(updates: StockUpdate[]): Promise<void>;
}
