// TikTok Shop Open API (202309 versions) as the importer's ChannelOrdersClient. Every request is
// signed as TikTok Shop requires: query `app_key`, `timestamp` (unix seconds), `shop_cipher`, and
// `sign` = hex HMAC-SHA256(app secret, secret + path + sorted "key"+"value" query pairs (without
// `sign` and `access_token`) + JSON body + secret); the shop's token goes in `x-tts-access-token`.
// Responses are `{code, message, request_id, data}`: code ≠ 0 is an error even on HTTP 200.
//
// Endpoints: Get Order Detail GET /order/202309/orders?ids=…, Get Order List POST
// /order/202309/orders/search, Search Returns POST /return_refund/202309/returns/search, Cancel
// Order POST /return_refund/202309/cancellations (seller cancellation), Mark Package As Shipped
// POST /fulfillment/202309/orders/{order_id}/packages (seller-shipped orders: line item ids +
// tracking number + shipping provider id, the provider id looked up by name in Get Shipping
// Providers GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers),
// Update Inventory POST /product/202309/products/{product_id}/inventory/update.
//
// TikTok has no idempotency keys: cancel and ship read the order first and do nothing when it is
// already cancelled / the lines already carry a tracking number, which makes retries harmless.
// Stock: Update Inventory is per product, and StockUpdate carries our item id (the TikTok sku id)
// and seller SKU but not TikTok's product id. Pass `productOf` when the product id is known (e.g.
// stored when the listing was created); otherwise the client finds products by seller SKU with
// Search Products (POST /product/202309/products/search, `seller_skus`). Items with neither are
// reported in the error thrown after the others were updated.

import { createHmac } from "node:crypto";
import { type Json, record, records } from "~/channels/shared/json";
import { groupTikTokUnits } from "~/channels/tiktok/orders/normalize";
import type { ChannelOrdersClient, StockUpdate } from "~/services/orders/ports";
import { callChannel, ChannelApiError, type ChannelCallStats, type ReadProblem, type RetryOptions } from "../http.server";

export const TIKTOK_API_BASE_URL = "https://open-api.tiktokglobalshop.com";

export interface TikTokCredentials {
  appKey: string;
  appSecret: string;
  /** The shop's access token (x-tts-access-token). */
  accessToken: string;
  /** From Get Authorized Shops; identifies the shop in every shop-scoped call. */
  shopCipher: string;
  /** Warehouse whose stock updateStock sets; TikTok's default warehouse when omitted. */
  warehouseId?: string;
}

export interface TikTokClientOptions extends RetryOptions {
  baseUrl?: string;
  credentials: TikTokCredentials;
  /** Known TikTok product (and sku) ids of an item, else null. */
  productOf?: (update: StockUpdate) => Promise<{ productId: string; skuId: string } | null>;
  /** Clock for the request timestamp (ms). */
  now?: () => number;
}

export type TikTokOrdersClient = ChannelOrdersClient & { readonly stats: ChannelCallStats };

const PAGE_SIZE = 50;

/** TikTok Shop's request signature (see the header). */
export function tiktokRequestSign(path: string, query: Record<string, string>, body: string, appSecret: string): string {
  const pairs = Object.keys(query)
    .filter((key) => key !== "sign" && key !== "access_token")
    .sort()
    .map((key) => `${key}${query[key]}`)
    .join("");
  return createHmac("sha256", appSecret).update(`${appSecret}${path}${pairs}${body}${appSecret}`).digest("hex");
}

const readProblem: ReadProblem = (_status, body) => {
  const envelope = record(body);
  if (typeof envelope.code !== "number") return null;
  if (envelope.code === 0) return null;
  return { message: `${envelope.code} ${typeof envelope.message === "string" ? envelope.message : "error"}`, code: String(envelope.code), retryable: false };
};

/** Shopify's cancel reasons → TikTok's seller cancel reasons (Cancel Order 202309). */
const CANCEL_REASONS: Readonly<Record<string, string>> = {
  INVENTORY: "seller_cancel_reason_out_of_stock",
  CUSTOMER: "seller_cancel_paid_reason_buyer_requested_cancellation",
  DECLINED: "seller_cancel_paid_reason_address_not_deliver",
  FRAUD: "seller_cancel_reason_wrong_price",
};

export function createTikTokOrdersClient(options: TikTokClientOptions): TikTokOrdersClient {
  const base = (options.baseUrl ?? TIKTOK_API_BASE_URL).replace(/\/+$/, "");
  const { credentials } = options;
  const now = options.now ?? Date.now;
  const stats: ChannelCallStats = { requests: 0, retried: 0 };

  async function call(method: "GET" | "POST", path: string, query: Record<string, string> = {}, body?: unknown): Promise<Json> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const response = await callChannel(
      "TikTok Shop",
      () => {
        const params: Record<string, string> = { ...query, app_key: credentials.appKey, shop_cipher: credentials.shopCipher, timestamp: String(Math.floor(now() / 1000)) };
        const url = new URL(`${base}${path}`);
        for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
        url.searchParams.set("sign", tiktokRequestSign(path, params, text ?? "", credentials.appSecret));
        return { method, url, headers: { "x-tts-access-token": credentials.accessToken }, body: text };
      },
      readProblem,
      options,
      stats,
    );
    const envelope = record(response);
    if (envelope.code !== 0) throw new ChannelApiError(`TikTok Shop ${method} ${path}: not a TikTok Shop response`, 200, false);
    return record(envelope.data);
  }

  /** Follows next_page_token through a search endpoint. */
  async function search(path: string, body: Json, key: string): Promise<Json[]> {
    const found: Json[] = [];
    let token = "";
    do {
      const data = await call("POST", path, { page_size: String(PAGE_SIZE), ...(token ? { page_token: token } : {}) }, body);
      found.push(...records(data[key]));
      token = typeof data.next_page_token === "string" ? data.next_page_token : "";
    } while (token);
    return found;
  }

  async function getOrder(orderId: string): Promise<Json | null> {
    const data = await call("GET", "/order/202309/orders", { ids: orderId });
    return records(data.orders).find((o) => o.id === orderId) ?? null;
  }

  async function requireOrder(orderId: string): Promise<Json> {
    const order = await getOrder(orderId);
    if (!order) throw new ChannelApiError(`TikTok Shop has no order ${orderId}`, 404, false);
    return order;
  }

  async function providerId(order: Json, carrier: string | null): Promise<string> {
    if (carrier && /^\d+$/.test(carrier)) return carrier;
    const option = typeof order.delivery_option_id === "string" ? order.delivery_option_id : null;
    if (!carrier) {
      if (typeof order.shipping_provider_id === "string") return order.shipping_provider_id;
      throw new ChannelApiError(`TikTok Shop order ${String(order.id)}: a shipment needs a carrier`, 400, false);
    }
    if (!option) throw new ChannelApiError(`TikTok Shop order ${String(order.id)} has no delivery option to find carrier "${carrier}" in`, 400, false);
    const data = await call("GET", `/logistics/202309/delivery_options/${encodeURIComponent(option)}/shipping_providers`);
    const wanted = carrier.trim().toLowerCase();
    const provider = records(data.shipping_providers).find((p) => String(p.name).toLowerCase() === wanted);
    if (!provider) throw new ChannelApiError(`TikTok Shop offers no shipping provider named "${carrier}" for order ${String(order.id)}`, 400, false);
    return String(provider.id);
  }

  async function locate(updates: StockUpdate[]): Promise<{ found: Map<string, { productId: string; skuId: string; warehouseId?: string }>; missing: string[] }> {
    const found = new Map<string, { productId: string; skuId: string; warehouseId?: string }>();
    for (const update of updates) {
      const known = options.productOf ? await options.productOf(update) : null;
      if (known) found.set(update.itemId, known);
    }
    const bySku = updates.filter((u) => !found.has(u.itemId) && u.sku);
    if (bySku.length > 0) {
      const products = await search("/product/202309/products/search", { seller_skus: bySku.map((u) => u.sku) }, "products");
      for (const product of products) {
        for (const sku of records(product.skus)) {
          const update = bySku.find((u) => u.itemId === sku.id || u.sku === sku.seller_sku);
          const warehouse = records(sku.inventory)[0]?.warehouse_id;
          if (update && !found.has(update.itemId)) {
            found.set(update.itemId, { productId: String(product.id), skuId: String(sku.id), warehouseId: typeof warehouse === "string" ? warehouse : undefined });
          }
        }
      }
    }
    return { found, missing: updates.filter((u) => !found.has(u.itemId)).map((u) => u.itemId) };
  }

  return {
    stats,

    getOrder,

    async getRefunds(orderId) {
      return search("/return_refund/202309/returns/search", { order_ids: [orderId] }, "return_orders");
    },

    async listOrders(since) {
      const body = since ? { update_time_ge: Math.floor(Date.parse(since) / 1000) } : {};
      return search("/order/202309/orders/search", body, "orders");
    },

    async acknowledge() {
      // TikTok Shop has no acknowledgement: a paid order is the seller's to fulfil.
    },

    async cancel(orderId, reason) {
      const order = await requireOrder(orderId);
      if (order.status === "CANCELLED") return;
      await call("POST", "/return_refund/202309/cancellations", {}, { order_id: orderId, cancel_reason: CANCEL_REASONS[reason.toUpperCase()] ?? CANCEL_REASONS.INVENTORY });
    },

    async ship(orderId, shipment) {
      const order = await requireOrder(orderId);
      const wanted = new Set(shipment.lineIds);
      const units = groupTikTokUnits(order.line_items as unknown[])
        .filter((group) => wanted.size === 0 || wanted.has(group.lineId) || group.unitIds.some((id) => wanted.has(id)))
        .flatMap((group) => group.units)
        .filter((unit) => !unit.tracking_number && unit.display_status !== "CANCELLED");
      if (units.length === 0) return;
      if (!shipment.trackingNumber) throw new ChannelApiError(`TikTok Shop order ${orderId}: a shipment needs a tracking number`, 400, false);
      await call(
        "POST",
        `/fulfillment/202309/orders/${encodeURIComponent(orderId)}/packages`,
        {},
        { order_line_item_ids: units.map((u) => String(u.id)), tracking_number: shipment.trackingNumber, shipping_provider_id: await providerId(order, shipment.carrier) },
      );
    },

    async updateStock(updates) {
      if (updates.length === 0) return;
      const { found, missing } = await locate(updates);
      const byProduct = new Map<string, { id: string; inventory: { quantity: number; warehouse_id?: string }[] }[]>();
      for (const update of updates) {
        const where = found.get(update.itemId);
        if (!where) continue;
        const warehouse = credentials.warehouseId ?? where.warehouseId;
        const skus = byProduct.get(where.productId) ?? [];
        skus.push({ id: where.skuId, inventory: [{ quantity: Math.max(0, update.quantity), ...(warehouse ? { warehouse_id: warehouse } : {}) }] });
        byProduct.set(where.productId, skus);
      }
      for (const [productId, skus] of byProduct) {
        await call("POST", `/product/202309/products/${encodeURIComponent(productId)}/inventory/update`, {}, { skus });
      }
      if (missing.length > 0) throw new ChannelApiError(`TikTok Shop has no product for item(s) ${missing.join(", ")}`, 404, false);
    },
  };
}
