/** Orders in the emulator over real HTTP: orderCreate, orders(query:), orderCancel, refundCreate, webhooks, state. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type ShopHandle } from "./index";
import { appTomlFile, gql, startReceiver } from "./test-helpers";

const SHOP = "orders.myshopify.com";
const TOKEN = "orders-token";

const CREATE = `mutation Create($order: OrderCreateOrderInput!, $options: OrderCreateOptionsInput) {
  orderCreate(order: $order, options: $options) {
    order { id name sourceName sourceIdentifier currencyCode tags totalPriceSet { shopMoney { amount currencyCode } }
      lineItems(first: 10) { nodes { id sku quantity variant { id } } }
      transactions { id kind gateway amountSet { shopMoney { amount } } } }
    userErrors { field message code }
  } }`;
const CANCEL = `mutation Cancel($id: ID!) {
  orderCancel(orderId: $id, reason: CUSTOMER, restock: true, notifyCustomer: false, refund: true) {
    job { id done } orderCancelUserErrors { field message code } } }`;
const REFUND = (directive: string) => `mutation Refund($input: RefundInput!${directive.includes("$key") ? ", $key: String!" : ""}) {
  refundCreate(input: $input) ${directive} {
    refund { id totalRefundedSet { shopMoney { amount } } refundLineItems(first: 10) { nodes { quantity restockType lineItem { id } } } }
    userErrors { field message } } }`;

let emu: Emulator;
let shop: ShopHandle;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let variantId: string;
let location: string;
let seq = 0;

function order(over: Record<string, unknown> = {}, quantity = 1, id = variantId) {
  seq++;
  return {
    currency: "EUR",
    presentmentCurrency: "EUR",
    sourceName: "tiktok",
    sourceIdentifier: `TT-${seq}`,
    tags: ["tiktok"],
    lineItems: [{ variantId: id, quantity, priceSet: { shopMoney: { amount: "10.00", currencyCode: "EUR" } } }],
    shippingLines: [{ title: "Standard", priceSet: { shopMoney: { amount: "4.50", currencyCode: "EUR" } } }],
    financialStatus: "PAID",
    transactions: [{ kind: "SALE", status: "SUCCESS", gateway: "tiktok", amountSet: { shopMoney: { amount: "14.50", currencyCode: "EUR" } } }],
    ...over,
  };
}

const create = (o: Record<string, unknown>, behaviour = "DECREMENT_OBEYING_POLICY") =>
  gql(emu, TOKEN, CREATE, { order: o, options: { inventoryBehaviour: behaviour, sendReceipt: false } });

beforeAll(async () => {
  receiver = await startReceiver();
  const toml = appTomlFile([
    { topics: ["inventory_levels/update"], uri: "/webhooks/catalog" },
    { topics: ["orders/cancelled", "fulfillments/create"], uri: "/webhooks/orders" },
  ]);
  emu = await startEmulator({ apiSecret: "s", appUrl: receiver.url, tomlPath: toml });
  shop = emu.installShop({ domain: SHOP, accessToken: TOKEN });
  location = shop.facts.locations[0].id;
  const p = shop.createProduct({ title: "Mug", variants: [{ sku: "MUG-1", price: "10.00", available: 5, inventoryPolicy: "DENY" }] });
  variantId = p.variants[0].id;
});

afterAll(async () => {
  await emu.close();
  await receiver.close();
});

beforeEach(async () => {
  await emu.webhooks.settled();
  emu.webhooks.clear();
  receiver.received.length = 0;
  shop.setAvailable(variantId, location, 5);
  shop.updateVariant(variantId, { inventoryPolicy: "DENY" });
  shop.limitOrderCreates(null);
  await emu.webhooks.settled();
  emu.webhooks.clear();
  receiver.received.length = 0;
});

describe("orderCreate", () => {
  it("creates a numbered, paid order, claims stock and fires inventory_levels/update", async () => {
    const { status, body } = await create(order({ tags: ["tiktok", "channel"] }, 2));
    expect(status).toBe(200);
    const o = body.data.orderCreate.order;
    expect(body.data.orderCreate.userErrors).toEqual([]);
    expect(o.name).toMatch(/^#\d{4}$/);
    expect(o).toMatchObject({ sourceName: "tiktok", currencyCode: "EUR", tags: ["tiktok", "channel"] });
    expect(o.totalPriceSet.shopMoney).toEqual({ amount: "24.50", currencyCode: "EUR" });
    expect(o.lineItems.nodes).toEqual([{ id: expect.stringMatching(/^gid:\/\/shopify\/LineItem\/\d+$/), sku: "MUG-1", quantity: 2, variant: { id: variantId } }]);
    expect(o.transactions).toEqual([expect.objectContaining({ kind: "SALE", gateway: "tiktok", amountSet: { shopMoney: { amount: "14.50" } } })]);
    expect(shop.available(variantId, location)).toBe(3);
    expect(body.extensions.cost.requestedQueryCost).toBe(10);

    await emu.webhooks.settled();
    const levels = emu.webhooks.byTopic("inventory_levels/update");
    expect(levels).toHaveLength(1);
    expect(JSON.parse(levels[0].body)).toMatchObject({ available: 3 });

    const next = await create(order());
    expect(Number(next.body.data.orderCreate.order.name.slice(1))).toBe(Number(o.name.slice(1)) + 1);
  });

  it("DECREMENT_OBEYING_POLICY refuses a DENY variant short of stock, and changes nothing", async () => {
    const { body } = await create(order({}, 6));
    expect(body.data.orderCreate.order).toBeNull();
    expect(body.data.orderCreate.userErrors).toEqual([expect.objectContaining({ code: "INVENTORY_CLAIM_FAILED" })]);
    expect(shop.available(variantId, location)).toBe(5);
    expect(shop.orders().some((o) => o.sourceIdentifier === `TT-${seq}`)).toBe(false);
  });

  it("oversells a CONTINUE variant, and BYPASS leaves stock alone", async () => {
    shop.updateVariant(variantId, { inventoryPolicy: "CONTINUE" });
    expect((await create(order({}, 7))).body.data.orderCreate.userErrors).toEqual([]);
    expect(shop.available(variantId, location)).toBe(-2);
    expect((await create(order({}, 3), "BYPASS")).body.data.orderCreate.userErrors).toEqual([]);
    expect(shop.available(variantId, location)).toBe(-2);
  });

  it("validates like Shopify: the variant must exist and quantity ≥ 1", async () => {
    const missing = await create(order({}, 1, "gid://shopify/ProductVariant/1"));
    expect(missing.body.data.orderCreate.userErrors[0]).toMatchObject({ field: ["order", "lineItems", "0", "variantId"], code: "INVALID" });
    const zero = await create(order({}, 0));
    expect(zero.body.data.orderCreate.userErrors[0]).toMatchObject({ field: ["order", "lineItems", "0", "quantity"] });
  });

  it("limits orderCreate per minute when asked, answering 429 as development stores do", async () => {
    shop.limitOrderCreates(2);
    expect((await create(order())).status).toBe(200);
    expect((await create(order())).status).toBe(200);
    const third = await create(order());
    expect(third.status).toBe(429);
    expect(third.body.errors).toMatch(/Exceeded order API rate limit/);
    expect(shop.orders().some((o) => o.sourceIdentifier === `TT-${seq}`)).toBe(false);
  });

  it("obeys fault injection like every other request", async () => {
    emu.setFaults({ throttled: 1 });
    try {
      const { body } = await create(order());
      expect(body.errors[0].extensions.code).toBe("THROTTLED");
      expect(shop.orders().some((o) => o.sourceIdentifier === `TT-${seq}`)).toBe(false);
    } finally {
      emu.setFaults({ throttled: 0 });
    }
  });
});

describe("orders(query:)", () => {
  it("finds by source_identifier (quoted or not) and source_name, and pages", async () => {
    const id = (await create(order({ sourceIdentifier: "it's 1,2" }))).body.data.orderCreate.order.id;
    await create(order({ sourceIdentifier: "PLAIN-7", sourceName: "meta" }));
    const find = async (q: string) =>
      (await gql(emu, TOKEN, `query($q: String) { orders(first: 5, query: $q) { nodes { id sourceName sourceIdentifier } } }`, { q })).body.data.orders.nodes;
    expect(await find(`source_identifier:'it\\'s 1,2'`)).toEqual([{ id, sourceName: "tiktok", sourceIdentifier: "it's 1,2" }]);
    expect(await find(`source_identifier:PLAIN-7`)).toHaveLength(1);
    expect(await find(`source_identifier:"PLAIN-7" source_name:tiktok`)).toEqual([]);
    expect(await find(`source_identifier:NOPE`)).toEqual([]);
    const page = (await gql(emu, TOKEN, `{ orders(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`)).body.data.orders;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await gql(emu, TOKEN, `query($a: String) { orders(first: 1, after: $a) { nodes { id } } }`, { a: page.pageInfo.endCursor })).body.data.orders;
    expect(next.nodes[0].id).not.toBe(page.nodes[0].id);
    const one = (await gql(emu, TOKEN, `query($id: ID!) { order(id: $id) { id } node(id: $id) { id } }`, { id })).body.data;
    expect(one).toEqual({ order: { id }, node: { id } });
  });
});

describe("orderCancel", () => {
  it("cancels with a job, restocks, refunds the payment; a second cancel is a user error", async () => {
    const id = (await create(order({}, 2))).body.data.orderCreate.order.id;
    expect(shop.available(variantId, location)).toBe(3);
    const { body } = await gql(emu, TOKEN, CANCEL, { id });
    expect(body.data.orderCancel).toEqual({ job: { id: expect.stringMatching(/^gid:\/\/shopify\/Job\//), done: true }, orderCancelUserErrors: [] });
    expect(shop.available(variantId, location)).toBe(5);
    const rec = shop.order(id)!;
    expect(rec.cancelledAt).not.toBeNull();
    expect(emu.state(SHOP).orders.find((o) => o.id === id)!.refunds).toEqual([{ amount: "14.50", lineItems: [{ variantId, quantity: 2 }] }]);
    const job = await gql(emu, TOKEN, `query($id: ID!) { job(id: $id) { id done } }`, { id: body.data.orderCancel.job.id });
    expect(job.body.data.job.done).toBe(true);

    const again = await gql(emu, TOKEN, CANCEL, { id });
    expect(again.body.data.orderCancel.orderCancelUserErrors).toHaveLength(1);
    await emu.webhooks.settled();
    expect(emu.webhooks.byTopic("inventory_levels/update").map((d) => JSON.parse(d.body).available)).toEqual([3, 5]);
  });
});

describe("refundCreate", () => {
  async function refundable() {
    const o = (await create(order({}, 2))).body.data.orderCreate.order;
    return { id: o.id as string, line: o.lineItems.nodes[0].id as string, sale: o.transactions[0].id as string };
  }
  const input = (o: { id: string; line: string; sale: string }, restockType = "RETURN") => ({
    orderId: o.id,
    refundLineItems: [{ lineItemId: o.line, quantity: 1, restockType }],
    transactions: [{ orderId: o.id, amount: "10.00", gateway: "tiktok", kind: "REFUND", parentId: o.sale }],
  });

  it("the same @idempotent key gives the same refund, not a second one; RETURN restocks", async () => {
    const o = await refundable();
    const first = await gql(emu, TOKEN, REFUND("@idempotent(key: $key)"), { input: input(o), key: "6d1f9b53-0b5c-4f1e-9a55-2f1c0de1a001" });
    const second = await gql(emu, TOKEN, REFUND("@idempotent(key: $key)"), { input: input(o), key: "6d1f9b53-0b5c-4f1e-9a55-2f1c0de1a001" });
    expect(first.body.data.refundCreate.userErrors).toEqual([]);
    expect(second.body.data.refundCreate.refund.id).toBe(first.body.data.refundCreate.refund.id);
    expect(first.body.data.refundCreate.refund.totalRefundedSet.shopMoney.amount).toBe("10.00");
    expect(shop.order(o.id)!.refunds).toHaveLength(1);
    expect(shop.available(variantId, location)).toBe(4);
    expect(emu.state(SHOP).orders.find((x) => x.id === o.id)!.refunds).toEqual([{ amount: "10.00", lineItems: [{ variantId, quantity: 1 }] }]);
  });

  it("NO_RESTOCK keeps stock; refunding more than was bought is a user error", async () => {
    const o = await refundable();
    await gql(emu, TOKEN, REFUND(`@idempotent(key: "k-${o.id}")`), { input: input(o, "NO_RESTOCK") });
    expect(shop.available(variantId, location)).toBe(3);
    const tooMany = { ...input(o), refundLineItems: [{ lineItemId: o.line, quantity: 2, restockType: "RETURN" }] };
    const r = await gql(emu, TOKEN, REFUND(`@idempotent(key: "k2-${o.id}")`), { input: tooMany });
    expect(r.body.data.refundCreate.userErrors).toHaveLength(1);
  });

  it("without @idempotent it fails on 2026-04 and later, as Shopify does", async () => {
    const o = await refundable();
    const r = await gql(emu, TOKEN, REFUND(""), { input: input(o) });
    expect(r.body.data.refundCreate).toBeNull();
    expect(r.body.errors[0].message).toMatch(/@idempotent/);
    expect(shop.order(o.id)!.refunds).toHaveLength(0);
    const old = await gql(emu, TOKEN, REFUND(""), { input: input(o) }, { version: "2025-10" });
    expect(old.body.data.refundCreate.userErrors).toEqual([]);
  });
});

describe("ShopHandle: the merchant's side", () => {
  it("cancelOrder fires orders/cancelled with the source fields; fulfillOrder fires fulfillments/create", async () => {
    const created = (await create(order({ sourceIdentifier: "TT-MERCHANT" }, 1))).body.data.orderCreate.order;
    const other = (await create(order({}, 1))).body.data.orderCreate.order;
    shop.cancelOrder(created.id);
    shop.fulfillOrder(other.id, { trackingNumber: "1Z999", company: "UPS" });
    await emu.webhooks.settled();

    const cancelled = receiver.received.find((r) => r.headers["x-shopify-topic"] === "orders/cancelled")!;
    expect(cancelled.url).toBe("/webhooks/orders");
    const body = JSON.parse(cancelled.body);
    expect(body).toMatchObject({
      admin_graphql_api_id: created.id,
      source_name: "tiktok",
      source_identifier: "TT-MERCHANT",
      cancel_reason: "customer",
      name: created.name,
    });
    expect(cancelled.body).toContain(`"id":${created.id.split("/").pop()},`);
    expect(body.cancelled_at).toMatch(/\+00:00$/);

    const fulfilled = JSON.parse(receiver.received.find((r) => r.headers["x-shopify-topic"] === "fulfillments/create")!.body);
    expect(fulfilled).toMatchObject({ tracking_number: "1Z999", tracking_numbers: ["1Z999"], tracking_company: "UPS" });
    expect(fulfilled.line_items).toEqual([expect.objectContaining({ quantity: 1, sku: "MUG-1", admin_graphql_api_id: other.lineItems.nodes[0].id })]);
    expect(String(fulfilled.order_id)).toBe(other.id.split("/").pop());
    expect(receiver.received.some((r) => r.headers["x-shopify-topic"] === "orders/create")).toBe(false); // not subscribed
  });

  it("state() lists orders with exactly the documented keys", async () => {
    await create(order({}, 1));
    const s = emu.state(SHOP).orders.at(-1)!;
    expect(Object.keys(s).sort()).toEqual(
      ["id", "name", "sourceName", "sourceIdentifier", "tags", "currencyCode", "totalPrice", "cancelledAt", "lineItems", "refunds"].sort(),
    );
    expect(s.lineItems).toEqual([{ variantId, sku: "MUG-1", quantity: 1, price: "10.00" }]);
    expect(s.totalPrice).toBe("14.50");
  });
});
