// Meta Commerce Platform (Graph API) as the importer's ChannelOrdersClient. Every call carries the
// page/system-user `access_token` and `appsecret_proof` = hex HMAC-SHA256(app secret, access token).
// Graph errors are `{error: {message, type, code, error_subcode, is_transient}}`; rate limits
// (codes 4, 17, 32, 613) and transient errors (1, 2, is_transient) are retried with backoff.
//
// Endpoints: GET /{cms_id}/commerce_orders (state + updated_after filters, cursor paging) and
// GET /{order_id}, both with the order's fields and its items, cancellations and refunds
// expanded; GET /{order_id}/refunds; POST /{order_id}/acknowledge_order, /{order_id}/cancellations
// and /{order_id}/shipments, each with an idempotency_key (Meta answers a repeated key with the
// first result and does nothing twice); stock through POST /{catalog_id}/items_batch (UPDATE with
// data.inventory), at most 5,000 requests per call.

import { createHmac } from "node:crypto";
import { type Json, record, records } from "~/channels/shared/json";
import type { ChannelOrdersClient } from "~/services/orders/ports";
import { callChannel, ChannelApiError, type ChannelCallStats, type ReadProblem, type RetryOptions } from "../http.server";

export const META_GRAPH_BASE_URL = "https://graph.facebook.com/v21.0";
export const META_ITEMS_BATCH_LIMIT = 5000;

export interface MetaCredentials {
  accessToken: string;
  appSecret: string;
  /** Commerce Merchant Settings id of the shop. */
  cmsId: string;
  /** The catalog our feed items live in (stock updates). */
  catalogId: string;
}

export interface MetaClientOptions extends RetryOptions {
  baseUrl?: string;
  credentials: MetaCredentials;
  /** Orders per page when listing (Graph's `limit`, default 25). */
  pageSize?: number;
}

export type MetaOrdersClient = ChannelOrdersClient & { readonly stats: ChannelCallStats };


const REFUND_FIELDS = "id,refund_amount,reason_code,reason_text,items{item_id,retailer_id,item_refund_quantity,item_refund_amount}";
export const META_ORDER_FIELDS = [
  "id",
  "order_status",
  "created",
  "last_updated",
  "channel",
  "merchant_order_id",
  "ship_by_date",
  "items.limit(100){id,retailer_id,product_id,product_name,quantity,price_per_unit,tax_details}",
  "selected_shipping_option",
  "shipping_address",
  "estimated_payment_details",
  "buyer_details",
  "promotion_details",
  "cancellations{id,cancel_reason,request_refund,items}",
  `refunds{${REFUND_FIELDS}}`,
].join(",");
/** Orders Meta lets a seller read (FB_PROCESSING ones are not visible yet). */
const LISTED_STATES = "CREATED,IN_PROGRESS,COMPLETED";
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 32, 341, 613]);

const readProblem: ReadProblem = (_status, body) => {
  const error = record(record(body).error);
  if (Object.keys(error).length === 0) return null;
  const code = typeof error.code === "number" ? error.code : null;
  const sub = typeof error.error_subcode === "number" ? `:${error.error_subcode}` : "";
  return {
    message: `${code ?? "error"} ${typeof error.message === "string" ? error.message : "Graph API error"}`,
    code: code === null ? null : `${code}${sub}`,
    retryable: error.is_transient === true || (code !== null && TRANSIENT_CODES.has(code)),
  };
};

/** Shopify's cancel reasons → Meta's cancel reason codes. */
const CANCEL_REASONS: Readonly<Record<string, string>> = {
  CUSTOMER: "CUSTOMER_REQUESTED",
  INVENTORY: "OUT_OF_STOCK",
  FRAUD: "SUSPICIOUS_ORDER",
  DECLINED: "CANCEL_REASON_OTHER",
  OTHER: "CANCEL_REASON_OTHER",
};

export function createMetaOrdersClient(options: MetaClientOptions): MetaOrdersClient {
  const base = (options.baseUrl ?? META_GRAPH_BASE_URL).replace(/\/+$/, "");
  const { credentials } = options;
  const proof = createHmac("sha256", credentials.appSecret).update(credentials.accessToken).digest("hex");
  const stats: ChannelCallStats = { requests: 0, retried: 0 };

  async function call(method: "GET" | "POST", path: string, params: Record<string, string> = {}, body?: Json): Promise<Json> {
    const url = new URL(`${base}${path}`);
    for (const [key, value] of Object.entries({ ...params, access_token: credentials.accessToken, appsecret_proof: proof })) url.searchParams.set(key, value);
    const text = body === undefined ? undefined : JSON.stringify(body);
    return record(await callChannel("Meta", () => ({ method, url, body: text }), readProblem, options, stats));
  }

  /** Follows Graph cursor paging (`paging.cursors.after` while `paging.next` is present). */
  async function pages(path: string, params: Record<string, string>): Promise<Json[]> {
    const found: Json[] = [];
    let after: string | null = null;
    do {
      const page = await call("GET", path, after ? { ...params, after } : params);
      found.push(...records(page.data));
      const paging = record(page.paging);
      const cursor = record(paging.cursors).after;
      after = typeof paging.next === "string" && typeof cursor === "string" ? cursor : null;
    } while (after);
    return found;
  }

  const orderPath = (orderId: string, edge = "") => `/${encodeURIComponent(orderId)}${edge}`;

  async function getOrder(orderId: string): Promise<Json | null> {
    try {
      return await call("GET", orderPath(orderId), { fields: META_ORDER_FIELDS });
    } catch (error) {
      if (error instanceof ChannelApiError && (error.status === 404 || error.code === "100:33")) return null;
      throw error;
    }
  }

  return {
    stats,

    getOrder,

    async getRefunds(orderId) {
      return pages(orderPath(orderId, "/refunds"), { fields: REFUND_FIELDS });
    },

    async listOrders(since) {
      const params: Record<string, string> = { state: LISTED_STATES, fields: META_ORDER_FIELDS, limit: String(options.pageSize ?? 25) };
      if (since) params.updated_after = String(Math.floor(Date.parse(since) / 1000));
      return pages(`/${encodeURIComponent(credentials.cmsId)}/commerce_orders`, params);
    },

    async acknowledge(orderId, idempotencyKey) {
      await call("POST", orderPath(orderId, "/acknowledge_order"), {}, { idempotency_key: idempotencyKey });
    },

    async cancel(orderId, reason, idempotencyKey) {
      await call("POST", orderPath(orderId, "/cancellations"), {}, {
        cancel_reason: { reason_code: CANCEL_REASONS[reason.toUpperCase()] ?? "CANCEL_REASON_OTHER", reason_description: reason },
        restock_items: true,
        idempotency_key: idempotencyKey,
      });
    },

    async ship(orderId, shipment, idempotencyKey) {
      const order = await getOrder(orderId);
      if (!order) throw new ChannelApiError(`Meta has no order ${orderId}`, 404, false);
      const wanted = new Set(shipment.lineIds);
      const items = records(record(order.items).data)
        .filter((item) => wanted.size === 0 || wanted.has(String(item.id)))
        .map((item) => ({ item_id: String(item.id), quantity: item.quantity }));
      if (items.length === 0) throw new ChannelApiError(`Meta order ${orderId} has none of the shipped lines ${[...wanted].join(", ")}`, 400, false);
      await call("POST", orderPath(orderId, "/shipments"), {}, {
        items,
        tracking_info: {
          tracking_number: shipment.trackingNumber ?? "",
          carrier: (shipment.carrier ?? "OTHER").toUpperCase().replace(/[^A-Z0-9]+/g, "_"),
          ...(shipment.carrier ? { shipping_method_name: shipment.carrier } : {}),
        },
        idempotency_key: idempotencyKey,
      });
    },

    async updateStock(updates) {
      for (let start = 0; start < updates.length; start += META_ITEMS_BATCH_LIMIT) {
        const requests = updates
          .slice(start, start + META_ITEMS_BATCH_LIMIT)
          .map((u) => ({ method: "UPDATE", data: { id: u.itemId, inventory: Math.max(0, u.quantity) } }));
        await call("POST", `/${encodeURIComponent(credentials.catalogId)}/items_batch`, {}, { item_type: "PRODUCT_ITEM", requests });
      }
    },
  };
}
