/**
 * The ShopifyOrders port (app/shopify/orders.server.ts) against the store emulator over HTTP,
 * through the app's own Admin client: create, find by source, stock policy, cancel, refund, lines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShopifyOrderPlan } from "~/core/orders/plan-types";
import type { ShopifyOrdersPort } from "~/services/orders/ports";
import { createAdminClient } from "~/shopify/admin-client.server";
import { API_VERSION } from "~/shopify/api-version";
import { shopifyOrders } from "~/shopify/orders.server";
import { startEmulator, type Emulator, type ShopHandle } from "../emulator";

const SHOP = "port-orders.myshopify.com";
const TOKEN = "shpat_port_orders";

let emu: Emulator;
let shop: ShopHandle;
let port: ShopifyOrdersPort;
let location: string;
let deny: string;
let cont: string;
let n = 0;

function plan(over: Partial<ShopifyOrderPlan> = {}, quantity = 1, variantId = deny): ShopifyOrderPlan {
  n++;
  return {
    sourceName: "tiktok",
    sourceIdentifier: `5764614130387857${n}`,
    currency: "EUR",
    lines: [{ variantId, quantity, unitPrice: 1990, discount: 190, title: "Mug", sku: "MUG-D" }],
    shipping: { title: "Standard", amount: 450 },
    tax: 0,
    discount: 100,
    total: 1990 * quantity - 290 + 450,
    email: "buyer@example.com",
    phone: null,
    shippingAddress: { firstName: "Ana", lastName: "Li", address1: "1 Main St", address2: null, city: "Berlin", province: null, zip: "10115", countryCode: "DE", phone: null },
    tags: ["tiktok"],
    note: "imported",
    processedAt: "2026-11-20T10:00:00Z",
    ...over,
  };
}

async function created(p: ShopifyOrderPlan) {
  const r = await port.create(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

beforeAll(async () => {
  emu = await startEmulator({ apiSecret: "s", tomlPath: null });
  shop = emu.installShop({ domain: SHOP, accessToken: TOKEN });
  location = shop.facts.locations[0].id;
  deny = shop.createProduct({ title: "Mug", variants: [{ sku: "MUG-D", price: "19.90", available: 3, inventoryPolicy: "DENY" }] }).variants[0].id;
  cont = shop.createProduct({ title: "Print", variants: [{ sku: "PRN-C", price: "19.90", available: 0, inventoryPolicy: "CONTINUE" }] }).variants[0].id;
  const admin = createAdminClient({ shop: SHOP, accessToken: TOKEN, apiVersion: API_VERSION, adminOrigin: emu.url, retries: 2 });
  port = shopifyOrders(admin, { cancelJobPollMs: 20 });
});

afterAll(() => emu.close());

describe("ShopifyOrders port against the emulator", () => {
  it("creates the order as planned, and findBySource finds it (and only with the same source name)", async () => {
    const p = plan({}, 2);
    const ref = await created(p);
    expect(ref).toEqual({ id: expect.stringMatching(/^gid:\/\/shopify\/Order\/\d+$/), name: expect.stringMatching(/^#\d+$/), cancelledAt: null });
    const stored = emu.state(SHOP).orders.find((o) => o.id === ref.id)!;
    expect(stored).toMatchObject({ sourceName: "tiktok", sourceIdentifier: p.sourceIdentifier, currencyCode: "EUR", tags: ["tiktok"], totalPrice: "41.40" }); // 2 × 19.90 − 1.90 − 1.00 + 4.50
    expect(stored.lineItems).toEqual([{ variantId: deny, sku: "MUG-D", quantity: 2, price: "19.90" }]);
    expect(shop.order(ref.id)!.transactions).toEqual([expect.objectContaining({ kind: "SALE", gateway: "tiktok", amount: "41.40" })]);
    expect(shop.available(deny, location)).toBe(1);

    expect(await port.findBySource("tiktok", p.sourceIdentifier)).toEqual(ref);
    expect(await port.findBySource("meta", p.sourceIdentifier)).toBeNull();
    expect(await port.findBySource("tiktok", "no-such-order")).toBeNull();
  });

  it("obeys the stock policy: DENY short of stock is a user error with Shopify's code, CONTINUE oversells", async () => {
    shop.setAvailable(deny, location, 1);
    const short = await port.create(plan({}, 2));
    expect(short).toEqual({ ok: false, errors: [expect.objectContaining({ code: "INVENTORY_CLAIM_FAILED", field: "order.lineItems.0.quantity" })] });
    expect(shop.available(deny, location)).toBe(1);

    const oversold = await port.create(plan({}, 2, cont));
    expect(oversold.ok).toBe(true);
    expect(shop.available(cont, location)).toBe(-2);
  });

  it("lists the order's lines", async () => {
    shop.setAvailable(deny, location, 5);
    const ref = await created(plan({ lines: [
      { variantId: deny, quantity: 1, unitPrice: 1990, discount: 0, title: "Mug", sku: "MUG-D" },
      { variantId: cont, quantity: 3, unitPrice: 500, discount: 0, title: "Print", sku: "PRN-C" },
    ] }));
    const lines = await port.lineItems(ref.id);
    expect(lines).toEqual([
      { id: expect.stringMatching(/^gid:\/\/shopify\/LineItem\//), variantId: deny, sku: "MUG-D", quantity: 1 },
      { id: expect.stringMatching(/^gid:\/\/shopify\/LineItem\//), variantId: cont, sku: "PRN-C", quantity: 3 },
    ]);
  });

  it("cancels: waits for the job, restocks, refunds; cancelling again is refused", async () => {
    shop.setAvailable(deny, location, 5);
    const p = plan({}, 2);
    const ref = await created(p);
    expect(shop.available(deny, location)).toBe(3);
    expect(await port.cancel(ref.id, "Buyer changed mind")).toEqual({ ok: true, value: true });
    expect(shop.available(deny, location)).toBe(5);
    expect(shop.order(ref.id)).toMatchObject({ cancelReason: "CUSTOMER", cancelledAt: expect.any(String) });
    expect((await port.findBySource("tiktok", p.sourceIdentifier))?.cancelledAt).toEqual(expect.any(String));
    const again = await port.cancel(ref.id, "Buyer changed mind");
    expect(again.ok).toBe(false);
  });

  it("refunds once per idempotency key and restocks the lines", async () => {
    shop.setAvailable(deny, location, 5);
    const ref = await created(plan({}, 2));
    const [line] = await port.lineItems(ref.id);
    const refund = { orderId: ref.id, idempotencyKey: "0b9c7f5e-6a55-4a0e-9b5e-1d2f3a4b5c6d", currency: "EUR", amount: 1990, lines: [{ lineItemId: line.id, quantity: 1 }], note: "TikTok return R-1" };
    const first = await port.refund(refund);
    const second = await port.refund(refund);
    expect(first).toEqual({ ok: true, value: { id: expect.stringMatching(/^gid:\/\/shopify\/Refund\//) } });
    expect(second).toEqual(first);
    expect(emu.state(SHOP).orders.find((o) => o.id === ref.id)!.refunds).toEqual([{ amount: "19.90", lineItems: [{ variantId: deny, quantity: 1 }] }]);
    expect(shop.available(deny, location)).toBe(4);
    const sale = shop.order(ref.id)!.transactions.find((t) => t.kind === "SALE")!;
    expect(shop.order(ref.id)!.transactions.find((t) => t.kind === "REFUND")).toMatchObject({ parentId: sale.id, gateway: "tiktok", amount: "19.90" });

    const tooMuch = await port.refund({ ...refund, idempotencyKey: "1b9c7f5e-6a55-4a0e-9b5e-1d2f3a4b5c6d", amount: 100_000 });
    expect(tooMuch.ok).toBe(false);
  });
});
