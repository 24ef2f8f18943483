// A local Meta Graph API (Commerce Platform) for tests and the demo: checks `access_token` and
// `appsecret_proof` on every request as Graph does, keeps commerce orders and refunds in memory,
// serves commerce_orders with state / updated_after filters and cursor paging, and records
// acknowledgements, cancellations, shipments and items_batch stock updates. A repeated
// idempotency_key answers the first result again and has no second effect. Errors use Graph's
// `{error: {message, type, code, error_subcode, fbtrace_id}}`.

import { createHmac, randomUUID } from "node:crypto";
import { FakeFaults, IdempotencyKeys, pageOf, parseJson, startJsonServer, type FakeRequest, type FakeResponse, type FaultOptions, type LoggedRequest } from "./http";

export interface MetaGraphFakeOptions {
  accessToken: string;
  appSecret: string;
  cmsId: string;
  catalogId: string;
  faults?: FaultOptions;
  now?: () => number;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw channel JSON

export interface MetaGraphFake {
  url: string;
  faults: FakeFaults;
  requests: LoggedRequest[];
  orders: Map<string, Json>;
  acknowledgements: { orderId: string; idempotencyKey: string }[];
  cancellations: { orderId: string; reasonCode: string; idempotencyKey: string }[];
  shipments: { orderId: string; items: { item_id: string; quantity: number }[]; trackingNumber: string; carrier: string; idempotencyKey: string }[];
  stockUpdates: { retailerId: string; inventory: number }[];
  /** items_batch calls, with their number of requests. */
  batches: number[];
  putOrder(raw: Json): void;
  putRefund(orderId: string, raw: Json): void;
  /** Forgets orders, records, idempotency keys and the request log. */
  reset(): void;
  close(): Promise<void>;
}

export const META_BATCH_MAX = 5000;

export async function startMetaGraphFake(options: MetaGraphFakeOptions): Promise<MetaGraphFake> {
  const now = options.now ?? Date.now;
  const faults = new FakeFaults(options.faults);
  const orders = new Map<string, Json>();
  const acknowledgements: MetaGraphFake["acknowledgements"] = [];
  const cancellations: MetaGraphFake["cancellations"] = [];
  const shipments: MetaGraphFake["shipments"] = [];
  const stockUpdates: MetaGraphFake["stockUpdates"] = [];
  const batches: number[] = [];
  let keys = new IdempotencyKeys();
  const proof = createHmac("sha256", options.appSecret).update(options.accessToken).digest("hex");

  const error = (status: number, code: number, message: string, type = "GraphMethodException", subcode?: number): FakeResponse => ({
    status,
    body: { error: { message, type, code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: randomUUID().slice(0, 11) } },
  });
  const ok = (body: unknown): FakeResponse => ({ status: 200, body });
  const touch = (order: Json) => void (order.last_updated = new Date(now()).toISOString());
  const edgeData = (order: Json, edge: string): Json[] => (order[edge] ??= { data: [] }).data;

  function authenticate(req: FakeRequest): FakeResponse | null {
    const token = req.url.searchParams.get("access_token");
    if (token !== options.accessToken) return error(400, 190, "Invalid OAuth access token - Cannot parse access token", "OAuthException");
    if (req.url.searchParams.get("appsecret_proof") !== proof) return error(400, 100, "Invalid appsecret_proof provided in the API argument");
    return null;
  }

  function page(req: FakeRequest, items: Json[]): FakeResponse {
    const limit = Math.min(100, Math.max(1, Number(req.url.searchParams.get("limit")) || 25));
    const { page: data, next } = pageOf(items, limit, req.url.searchParams.get("after"));
    const paging: Json = { cursors: { before: Buffer.from("0").toString("base64url"), after: next ?? "" } };
    if (next) {
      const url = new URL(req.url.pathname, "https://graph.facebook.com");
      url.search = req.url.search;
      url.searchParams.set("after", next);
      paging.next = url.toString();
    }
    return ok({ data, paging });
  }

  function listOrders(req: FakeRequest): FakeResponse {
    const states = (req.url.searchParams.get("state") ?? "").replace(/[[\]"]/g, "").split(",").filter(Boolean);
    const after = Number(req.url.searchParams.get("updated_after") ?? 0);
    const found = [...orders.values()]
      .filter((o) => o.order_status?.state !== "FB_PROCESSING")
      .filter((o) => states.length === 0 || states.includes(o.order_status?.state))
      .filter((o) => Date.parse(o.last_updated ?? o.created) / 1000 >= after)
      .sort((a, b) => String(a.created).localeCompare(String(b.created)));
    return page(req, found);
  }

  function orderAction(order: Json, action: string, body: Json): FakeResponse {
    const key = body.idempotency_key;
    if (typeof key !== "string" || key === "") return error(400, 100, "(#100) The parameter idempotency_key is required");
    return keys.once(`${order.id}/${action}`, key, () => {
      const state = order.order_status?.state;
      if (action === "acknowledge_order") {
        if (state !== "CREATED") return error(400, 100, `(#100) Order ${order.id} is in state ${state}, not CREATED`);
        order.order_status = { state: "IN_PROGRESS" };
        acknowledgements.push({ orderId: order.id, idempotencyKey: key });
        touch(order);
        return ok({ id: order.id, state: "IN_PROGRESS" });
      }
      if (action === "cancellations") {
        const reason = body.cancel_reason?.reason_code;
        if (typeof reason !== "string") return error(400, 100, "(#100) cancel_reason.reason_code is required");
        if (state === "COMPLETED" || edgeData(order, "cancellations").length > 0) return error(400, 100, `(#100) Order ${order.id} cannot be cancelled`);
        const id = `53126${String(cancellations.length + 1).padStart(10, "0")}`;
        edgeData(order, "cancellations").push({ id, cancel_reason: body.cancel_reason, request_refund: true });
        cancellations.push({ orderId: order.id, reasonCode: reason, idempotencyKey: key });
        touch(order);
        return ok({ success: true, id });
      }
      // shipments
      const items: Json[] = Array.isArray(body.items) ? body.items : [];
      const known = edgeData(order, "items");
      if (items.length === 0 || items.some((i) => !known.some((k) => k.id === i.item_id && Number.isInteger(i.quantity) && i.quantity >= 1))) {
        return error(400, 100, "(#100) items must name items of the order with a quantity");
      }
      if (!body.tracking_info?.tracking_number || !body.tracking_info?.carrier) return error(400, 100, "(#100) tracking_info needs tracking_number and carrier");
      if (state !== "IN_PROGRESS") return error(400, 100, `(#100) Order ${order.id} is in state ${state}; acknowledge it first`);
      shipments.push({ orderId: order.id, items: items as never, trackingNumber: body.tracking_info.tracking_number, carrier: body.tracking_info.carrier, idempotencyKey: key });
      const shipped = (id: string) => shipments.filter((s) => s.orderId === order.id).flatMap((s) => s.items).filter((i) => i.item_id === id).reduce((n, i) => n + i.quantity, 0);
      if (known.every((k) => shipped(k.id) >= k.quantity)) order.order_status = { state: "COMPLETED" };
      touch(order);
      return ok({ success: true });
    });
  }

  function itemsBatch(body: Json): FakeResponse {
    const requests: Json[] = Array.isArray(body.requests) ? body.requests : [];
    if (body.item_type !== "PRODUCT_ITEM" || requests.length === 0) return error(400, 100, "(#100) item_type PRODUCT_ITEM and requests are required");
    if (requests.length > META_BATCH_MAX) return error(400, 100, `(#100) requests: at most ${META_BATCH_MAX} items per batch`);
    for (const r of requests) {
      if (r.method !== "UPDATE" || typeof r.data?.id !== "string" || !Number.isInteger(r.data?.inventory) || r.data.inventory < 0) {
        return error(400, 100, "(#100) every request needs method UPDATE, data.id and a non-negative integer data.inventory");
      }
    }
    batches.push(requests.length);
    for (const r of requests) stockUpdates.push({ retailerId: r.data.id, inventory: r.data.inventory });
    return ok({ handles: [randomUUID()] });
  }

  function handle(req: FakeRequest): FakeResponse {
    const denied = authenticate(req);
    if (denied) return denied;
    const body = req.method === "POST" ? (parseJson(req.rawBody) as Json | undefined) : {};
    if (!body || typeof body !== "object") return error(400, 100, "(#100) The request body is not valid JSON");
    const [, id, edge, ...rest] = req.url.pathname.split("/").map(decodeURIComponent);
    if (!id || rest.length > 0) return error(400, 2500, "Unknown path components", "OAuthException");

    if (req.method === "GET" && id === options.cmsId && edge === "commerce_orders") return listOrders(req);
    if (req.method === "POST" && id === options.catalogId && edge === "items_batch") return itemsBatch(body);
    const order = orders.get(id);
    if (!order) return error(400, 100, `Unsupported ${req.method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, "GraphMethodException", 33);
    if (req.method === "GET" && edge === undefined) return ok(order);
    if (req.method === "GET" && edge === "refunds") return page(req, edgeData(order, "refunds"));
    if (req.method === "POST" && ["acknowledge_order", "cancellations", "shipments"].includes(edge)) return orderAction(order, edge, body);
    return error(400, 100, `(#100) Unknown edge ${edge} on ${req.method}`);
  }

  const faultBody = (status: number) =>
    status === 429
      ? { error: { message: "(#4) Application request limit reached", type: "OAuthException", code: 4, is_transient: true } }
      : { error: { message: "An unexpected error has occurred. Please retry your request later.", type: "OAuthException", code: 2, is_transient: true } };
  const server = await startJsonServer(handle, faults, faultBody);

  return {
    url: server.url,
    faults,
    requests: server.requests,
    orders,
    acknowledgements,
    cancellations,
    shipments,
    stockUpdates,
    batches,
    putOrder(raw) {
      const order = JSON.parse(JSON.stringify(raw)) as Json;
      order.last_updated ??= new Date(now()).toISOString();
      orders.set(String(order.id), order);
    },
    putRefund(orderId, raw) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`putRefund: no order ${orderId}`);
      const refunds = edgeData(order, "refunds");
      refunds.push(JSON.parse(JSON.stringify(raw)));
      touch(order);
    },
    reset() {
      faults.reset();
      orders.clear();
      for (const log of [acknowledgements, cancellations, shipments, stockUpdates, batches, server.requests] as unknown[][]) log.length = 0;
      keys = new IdempotencyKeys();
    },
    close: server.close,
  };
}
