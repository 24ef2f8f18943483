import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelOrder } from "~/core/orders/types";
import { customersDataRequest, customersRedact, shopRedact } from "~/jobs/handlers/compliance.server";
import { recordChannelOrder } from "~/persistence/channel-orders.server";
import { freshDatabase, testPrisma } from "../support/db";

// GDPR over what the order feature keeps: the compliance handlers (as the worker runs them for
// Shopify's compliance webhooks) against a real database (SQLite, or PostgreSQL with
// TEST_POSTGRES_URL) holding channel orders of two buyers.

let db: PrismaClient;
const SHOP = "privacy-shop.myshopify.com";
const OTHER = "other-shop.myshopify.com";

function order(externalId: string, email: string): ChannelOrder {
  return {
    channel: "meta",
    externalId,
    state: "open",
    channelStatus: "CREATED",
    createdAt: "2026-11-20T10:00:00.000Z",
    currency: "USD",
    lines: [{ lineId: "1", itemId: "100", sku: "TEE-1", title: "Tee", quantity: 1, unitPrice: 2000, discount: 0 }],
    shipping: { title: "Standard", amount: 500 },
    tax: 0,
    discount: 0,
    total: 2500,
    buyer: { name: "Ada Lovelace", email, phone: "+15125550100" },
    shippingAddress: { firstName: "Ada", lastName: "Lovelace", address1: "1 Analytical Way", address2: null, city: "London", province: null, zip: "N1", countryCode: "GB", phone: "+15125550100" },
    cancelReason: null,
    refunds: [],
  };
}

let nextEvent = 1;
async function run(handler: typeof customersRedact, topic: string, shop: string, body: string) {
  const row = await db.inboxEvent.create({ data: { source: "shopify", eventKey: `ev-${nextEvent++}`, shop, topic, payload: body } });
  return handler(db, { ...row, triggeredAt: null });
}

beforeAll(async () => {
  db = testPrisma(freshDatabase().url);
  for (const [shop, id, email] of [
    [SHOP, "9001", "Ada@Example.com"],
    [SHOP, "9002", "ada@example.com"],
    [SHOP, "9003", "grace@example.com"],
    [OTHER, "9004", "ada@example.com"],
  ] as const) {
    await recordChannelOrder(db, shop, order(id, email));
    await db.inboxEvent.create({ data: { source: "meta", eventKey: `${id}:hash`, shop, topic: "order", payload: JSON.stringify({ id, buyer_details: { email } }) } });
  }
  // A Shopify webhook naming the buyer in capitals: found whatever the database's LIKE does with case.
  await db.inboxEvent.create({ data: { source: "shopify", eventKey: "named-upper", shop: SHOP, topic: "orders/cancelled", payload: `{"email":"ADA@EXAMPLE.COM"}` } });
  // The third order is linked to Shopify order 5 000 000 000 000 000 001 (beyond 2^53).
  await db.channelOrder.updateMany({ where: { externalId: "9003" }, data: { shopifyOrderId: "gid://shopify/Order/5000000000000000001", status: "imported" } });
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("GDPR", () => {
  it("customers/data_request writes what the app holds about the buyer, for that shop only", async () => {
    await run(customersDataRequest, "customers/data_request", SHOP, `{"shop_domain":"${SHOP}","customer":{"id":1,"email":"ada@example.com","phone":null},"orders_requested":[],"data_request":{"id":9999}}`);
    const exported = await db.customerDataExport.findUniqueOrThrow({ where: { shop_requestId: { shop: SHOP, requestId: "9999" } } });
    const data = JSON.parse(exported.data) as { channelOrders: { channelOrderId: string; order: ChannelOrder }[] };
    expect(data.channelOrders.map((o) => o.channelOrderId).sort()).toEqual(["9001", "9002"]);
    expect(data.channelOrders[0].order.shippingAddress?.address1).toBe("1 Analytical Way");
  });

  it("customers/redact removes the buyer's personal data everywhere, by email and by exact order id", async () => {
    await run(customersRedact, "customers/redact", SHOP, `{"shop_domain":"${SHOP}","customer":{"id":1,"email":"ada@example.com","phone":"+15125550100"},"orders_to_redact":[5000000000000000001]}`);
    const rows = await db.channelOrder.findMany({ where: { shop: SHOP }, orderBy: { externalId: "asc" } });
    for (const row of rows) {
      expect(row.redactedAt).not.toBeNull();
      expect(row.buyerEmail).toBeNull();
      expect(row.order).not.toMatch(/Lovelace|example\.com|Analytical|\+1512/);
      expect((JSON.parse(row.order) as ChannelOrder).lines).toHaveLength(1); // the sale itself stays
    }
    const payloads = (await db.inboxEvent.findMany({ where: { shop: SHOP } })).map((e) => e.payload).join("\n");
    expect(payloads).not.toMatch(/example\.com|\+1512/i);
    // The earlier data request's export held the same data.
    expect(await db.customerDataExport.count({ where: { shop: SHOP, email: "ada@example.com" } })).toBe(0);
    // Another shop's order of the same buyer is not this request's to touch.
    expect((await db.channelOrder.findFirstOrThrow({ where: { shop: OTHER } })).buyerEmail).toBe("ada@example.com");
  });

  it("a redacted order stays redacted when its channel sends it again", async () => {
    await recordChannelOrder(db, SHOP, order("9001", "ada@example.com"));
    const row = await db.channelOrder.findFirstOrThrow({ where: { shop: SHOP, externalId: "9001" } });
    expect(row.order).not.toMatch(/Lovelace/);
    expect(row.buyerEmail).toBeNull();
  });

  it("shop/redact deletes everything of the shop and nothing of others", async () => {
    await run(shopRedact, "shop/redact", SHOP, `{"shop_domain":"${SHOP}"}`);
    expect(await db.channelOrder.count({ where: { shop: SHOP } })).toBe(0);
    expect(await db.customerDataExport.count({ where: { shop: SHOP } })).toBe(0);
    expect(await db.inboxEvent.count({ where: { shop: SHOP, source: "meta" } })).toBe(0);
    expect(await db.channelOrder.count({ where: { shop: OTHER } })).toBe(1);
  });
});
