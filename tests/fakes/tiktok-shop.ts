// A local TikTok Shop Open API (202309) for tests and the demo: checks every request as TikTok
// does (app key, shop cipher, access token header, timestamp within 5 minutes, and the request
// signature recomputed here from TikTok's documented recipe), keeps orders, returns and products in
// memory, and records cancellations, shipments and stock updates. Errors use TikTok's envelope
// `{code, message, request_id, data}`. TikTok takes no idempotency keys: a second cancellation or
// shipment of the same lines is refused by state, as the real API does.

import { createHmac, randomUUID } from "node:crypto";
import { FakeFaults, pageOf, parseJson, startJsonServer, type FakeRequest, type FakeResponse, type FaultOptions, type LoggedRequest } from "./http";

export interface TikTokShopFakeOptions {
  appKey: string;
  appSecret: string;
  accessToken: string;
  shopCipher: string;
  faults?: FaultOptions;
  /** The fake's clock (ms), for the timestamp check. */
  now?: () => number;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw channel JSON

export interface TikTokShopFake {
  url: string;
  faults: FakeFaults;
  requests: LoggedRequest[];
  orders: Map<string, Json>;
  cancellations: { orderId: string; cancelReason: string; cancelId: string }[];
  shipments: { orderId: string; lineItemIds: string[]; trackingNumber: string; shippingProviderId: string; packageId: string }[];
  stockUpdates: { productId: string; skuId: string; quantity: number; warehouseId: string | null }[];
  putOrder(raw: Json): void;
  putReturn(raw: Json): void;
  /** A product with `skus: [{id, seller_sku, inventory: [{warehouse_id, quantity}]}]`. */
  putProduct(raw: Json): void;
  /** Forgets orders, returns, products, records and the request log. */
  reset(): void;
  close(): Promise<void>;
}

/** Error codes this fake answers with (TikTok's envelope; the values are the fake's own). */
export const TIKTOK_ERRORS = {
  invalidSign: 106001,
  expiredTimestamp: 106002,
  invalidToken: 105002,
  invalidShop: 106011,
  invalidParam: 36009001,
  notFound: 36009002,
  wrongState: 36009003,
  tooManyRequests: 36009004,
  internal: 36009999,
} as const;

const SHIPPING_PROVIDERS = [
  { id: "6617675021119438849", name: "USPS" },
  { id: "6617675021119438850", name: "UPS" },
  { id: "6617675021119438851", name: "FedEx" },
  { id: "7117858858072016686", name: "Royal Mail" },
  { id: "7117858858072016687", name: "Evri" },
];
const CANCELLABLE = new Set(["UNPAID", "ON_HOLD", "AWAITING_SHIPMENT"]);

function expectedSign(path: string, url: URL, body: string, secret: string): string {
  const params = [...url.searchParams.entries()].filter(([k]) => k !== "sign" && k !== "access_token");
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let input = secret + path;
  for (const [k, v] of params) input += k + v;
  input += body + secret;
  return createHmac("sha256", secret).update(input).digest("hex");
}

export async function startTikTokShopFake(options: TikTokShopFakeOptions): Promise<TikTokShopFake> {
  const now = options.now ?? Date.now;
  const faults = new FakeFaults(options.faults);
  const orders = new Map<string, Json>();
  const returns: Json[] = [];
  const products = new Map<string, Json>();
  const cancellations: TikTokShopFake["cancellations"] = [];
  const shipments: TikTokShopFake["shipments"] = [];
  const stockUpdates: TikTokShopFake["stockUpdates"] = [];

  const reply = (data: unknown): FakeResponse => ({ status: 200, body: { code: 0, message: "Success", request_id: randomUUID(), data } });
  const refuse = (status: number, code: number, message: string): FakeResponse => ({ status, body: { code, message, request_id: randomUUID(), data: {} } });

  function authenticate(req: FakeRequest): FakeResponse | null {
    const q = req.url.searchParams;
    if (q.get("app_key") !== options.appKey) return refuse(401, TIKTOK_ERRORS.invalidSign, "Invalid app_key");
    const timestamp = Number(q.get("timestamp"));
    if (!Number.isInteger(timestamp) || Math.abs(now() / 1000 - timestamp) > 300) return refuse(401, TIKTOK_ERRORS.expiredTimestamp, "Timestamp is invalid or expired");
    const sign = q.get("sign") ?? "";
    if (sign !== expectedSign(req.url.pathname, req.url, req.method === "GET" ? "" : req.rawBody, options.appSecret)) {
      return refuse(401, TIKTOK_ERRORS.invalidSign, "Invalid signature");
    }
    if (req.headers["x-tts-access-token"] !== options.accessToken) return refuse(401, TIKTOK_ERRORS.invalidToken, "Access token is invalid");
    if (q.get("shop_cipher") !== options.shopCipher) return refuse(403, TIKTOK_ERRORS.invalidShop, "Invalid shop_cipher");
    return null;
  }

  const pageSize = (req: FakeRequest) => Math.min(100, Math.max(1, Number(req.url.searchParams.get("page_size")) || 20));

  function search(req: FakeRequest, items: Json[], key: string): FakeResponse {
    const { page, next } = pageOf(items, pageSize(req), req.url.searchParams.get("page_token"));
    return reply({ [key]: page, next_page_token: next ?? "", total_count: items.length });
  }

  function setStatusAfterShipping(order: Json): void {
    const live = (order.line_items as Json[]).filter((u) => u.display_status !== "CANCELLED");
    const shipped = live.filter((u) => u.tracking_number);
    order.status = shipped.length === live.length ? "IN_TRANSIT" : "PARTIALLY_SHIPPING";
  }

  function handle(req: FakeRequest): FakeResponse {
    const denied = authenticate(req);
    if (denied) return denied;
    const body = req.method === "POST" ? (parseJson(req.rawBody) as Json | undefined) : {};
    if (body === undefined || typeof body !== "object" || body === null) return refuse(400, TIKTOK_ERRORS.invalidParam, "Request body is not valid JSON");
    const path = req.url.pathname;
    let m: RegExpExecArray | null;

    if (req.method === "GET" && path === "/order/202309/orders") {
      const ids = (req.url.searchParams.get("ids") ?? "").split(",").filter(Boolean);
      if (ids.length === 0 || ids.length > 50) return refuse(400, TIKTOK_ERRORS.invalidParam, "ids must name 1 to 50 orders");
      return reply({ orders: ids.flatMap((id) => (orders.has(id) ? [orders.get(id)!] : [])) });
    }
    if (req.method === "POST" && path === "/order/202309/orders/search") {
      const since = typeof body.update_time_ge === "number" ? body.update_time_ge : 0;
      const found = [...orders.values()].filter((o) => (o.update_time ?? o.create_time ?? 0) >= since);
      return search(req, found, "orders");
    }
    if (req.method === "POST" && path === "/return_refund/202309/returns/search") {
      const ids: unknown[] = Array.isArray(body.order_ids) ? body.order_ids : [];
      return search(req, returns.filter((r) => ids.length === 0 || ids.includes(r.order_id)), "return_orders");
    }
    if (req.method === "POST" && path === "/return_refund/202309/cancellations") {
      const order = orders.get(String(body.order_id));
      if (!order) return refuse(404, TIKTOK_ERRORS.notFound, "Order does not exist");
      if (typeof body.cancel_reason !== "string" || !body.cancel_reason) return refuse(400, TIKTOK_ERRORS.invalidParam, "cancel_reason is required");
      if (!CANCELLABLE.has(order.status)) return refuse(400, TIKTOK_ERRORS.wrongState, `Order in status ${order.status} cannot be cancelled`);
      const cancelId = `40352${String(cancellations.length + 1).padStart(14, "0")}`;
      order.status = "CANCELLED";
      order.cancel_reason = body.cancel_reason;
      cancellations.push({ orderId: order.id, cancelReason: body.cancel_reason, cancelId });
      return reply({ cancel_id: cancelId, cancel_status: "CANCELLATION_REQUEST_COMPLETE" });
    }
    if (req.method === "GET" && (m = /^\/logistics\/202309\/delivery_options\/([^/]+)\/shipping_providers$/.exec(path))) {
      return reply({ shipping_providers: SHIPPING_PROVIDERS });
    }
    if (req.method === "POST" && (m = /^\/fulfillment\/202309\/orders\/([^/]+)\/packages$/.exec(path))) {
      const order = orders.get(decodeURIComponent(m[1]));
      if (!order) return refuse(404, TIKTOK_ERRORS.notFound, "Order does not exist");
      const ids: string[] = Array.isArray(body.order_line_item_ids) ? body.order_line_item_ids.map(String) : [];
      if (!body.tracking_number || !SHIPPING_PROVIDERS.some((p) => p.id === body.shipping_provider_id) || ids.length === 0) {
        return refuse(400, TIKTOK_ERRORS.invalidParam, "order_line_item_ids, tracking_number and a valid shipping_provider_id are required");
      }
      const units = ids.map((id) => (order.line_items as Json[]).find((u) => u.id === id));
      if (units.some((u) => !u)) return refuse(400, TIKTOK_ERRORS.invalidParam, "Unknown order_line_item_ids");
      if (order.status === "CANCELLED" || units.some((u) => u!.tracking_number)) return refuse(400, TIKTOK_ERRORS.wrongState, "Line items are already shipped or cancelled");
      const packageId = `11531${String(shipments.length + 1).padStart(14, "0")}`;
      for (const unit of units) Object.assign(unit!, { tracking_number: body.tracking_number, package_id: packageId, display_status: "IN_TRANSIT" });
      setStatusAfterShipping(order);
      shipments.push({ orderId: order.id, lineItemIds: ids, trackingNumber: body.tracking_number, shippingProviderId: body.shipping_provider_id, packageId });
      return reply({ package_id: packageId });
    }
    if (req.method === "POST" && path === "/product/202309/products/search") {
      const skus: unknown[] = Array.isArray(body.seller_skus) ? body.seller_skus : [];
      const found = [...products.values()].filter((p) => skus.length === 0 || (p.skus as Json[]).some((s) => skus.includes(s.seller_sku)));
      return search(req, found, "products");
    }
    if (req.method === "POST" && (m = /^\/product\/202309\/products\/([^/]+)\/inventory\/update$/.exec(path))) {
      const product = products.get(decodeURIComponent(m[1]));
      if (!product) return refuse(404, TIKTOK_ERRORS.notFound, "Product does not exist");
      const updates: Json[] = Array.isArray(body.skus) ? body.skus : [];
      if (updates.length === 0) return refuse(400, TIKTOK_ERRORS.invalidParam, "skus is required");
      for (const update of updates) {
        const sku = (product.skus as Json[]).find((s) => s.id === update.id);
        const inventory = Array.isArray(update.inventory) ? update.inventory[0] : undefined;
        if (!sku || !inventory || !Number.isInteger(inventory.quantity) || inventory.quantity < 0) {
          return refuse(400, TIKTOK_ERRORS.invalidParam, `SKU ${String(update.id)} is not a SKU of product ${product.id} or has no valid quantity`);
        }
      }
      for (const update of updates) {
        const sku = (product.skus as Json[]).find((s) => s.id === update.id)!;
        const { quantity, warehouse_id: warehouseId = null } = update.inventory[0];
        sku.inventory = [{ warehouse_id: warehouseId ?? sku.inventory?.[0]?.warehouse_id ?? null, quantity }];
        stockUpdates.push({ productId: product.id, skuId: sku.id, quantity, warehouseId });
      }
      return reply({});
    }
    return refuse(404, TIKTOK_ERRORS.notFound, `No such API: ${req.method} ${path}`);
  }

  const faultBody = (status: number) =>
    status === 429
      ? { code: TIKTOK_ERRORS.tooManyRequests, message: "Too many requests", request_id: randomUUID(), data: {} }
      : { code: TIKTOK_ERRORS.internal, message: "Internal error, please try again", request_id: randomUUID(), data: {} };
  const server = await startJsonServer(handle, faults, faultBody);

  const copy = (raw: Json): Json => JSON.parse(JSON.stringify(raw)) as Json;
  return {
    url: server.url,
    faults,
    requests: server.requests,
    orders,
    cancellations,
    shipments,
    stockUpdates,
    putOrder: (raw) => void orders.set(String(raw.id), copy(raw)),
    putReturn(raw) {
      const at = returns.findIndex((r) => r.return_id === raw.return_id);
      if (at >= 0) returns[at] = copy(raw);
      else returns.push(copy(raw));
    },
    putProduct: (raw) => void products.set(String(raw.id), copy(raw)),
    reset() {
      faults.reset();
      orders.clear();
      products.clear();
      for (const log of [returns, cancellations, shipments, stockUpdates, server.requests] as unknown[][]) log.length = 0;
    },
    close: server.close,
  };
}
