import { createHmac } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readSubscriptions, startEmulator, type Emulator } from "./index";
import { appTomlFile, gql, startReceiver, type Received } from "./test-helpers";

const SHOP = "hooks.myshopify.com";
const SECRET = "hook-secret";

let emu: Emulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let answer = 200;

function verify(r: Received) {
  const hmac = createHmac("sha256", SECRET).update(r.body, "utf8").digest("base64");
  expect(r.headers["x-shopify-hmac-sha256"]).toBe(hmac);
}

beforeAll(async () => {
  receiver = await startReceiver(() => answer);
  const toml = appTomlFile([
    { topics: ["app/uninstalled"], uri: "/webhooks/app" },
    { topics: ["products/create", "products/update", "products/delete", "inventory_levels/update"], uri: "/webhooks/catalog" },
    { compliance_topics: ["customers/data_request", "customers/redact", "shop/redact"], uri: "/webhooks/compliance" },
  ]);
  emu = await startEmulator({ apiSecret: SECRET, appUrl: receiver.url, tomlPath: toml });
  // ids above 2^53 make sure webhook bodies carry exact 64-bit ids
  emu.installShop({ domain: SHOP, accessToken: "t", generate: { products: 5, seed: 9, idOffset: 2n ** 53n } });
});

afterAll(async () => {
  await emu.close();
  await receiver.close();
});

beforeEach(() => {
  answer = 200;
  receiver.received.length = 0;
  emu.webhooks.clear();
  emu.webhooks.enabled = true;
});

describe("subscriptions", () => {
  it("come from shopify.app.toml, compliance topics included", () => {
    expect(emu.webhooks.apiVersion).toBe("2026-10");
    expect(emu.webhooks.subscribed("products/update").map((s) => s.uri)).toEqual(["/webhooks/catalog"]);
    expect(emu.webhooks.subscribed("shop/redact").map((s) => s.uri)).toEqual(["/webhooks/compliance"]);
    expect(emu.webhooks.subscribed("orders/create")).toEqual([]);
  });

  it("the repo's own shopify.app.toml parses", () => {
    const { subscriptions } = readSubscriptions(path.resolve(__dirname, "../../shopify.app.toml"));
    expect(Array.isArray(subscriptions)).toBe(true);
  });
});

describe("data changes fire signed webhooks", () => {
  it("updateProduct → products/update in Shopify's REST shape, with exact ids", async () => {
    const shop = emu.shop(SHOP);
    const p = shop.products()[0];
    const before = p.updatedAt;
    shop.updateProduct(p.id, { title: "Renamed ✨ Ünïcode" });
    await emu.webhooks.settled();

    expect(receiver.received).toHaveLength(1);
    const r = receiver.received[0];
    verify(r);
    expect(r.url).toBe("/webhooks/catalog");
    expect(r.headers).toMatchObject({
      "content-type": "application/json",
      "x-shopify-topic": "products/update",
      "x-shopify-shop-domain": SHOP,
      "x-shopify-api-version": "2026-10",
    });
    expect(r.headers["x-shopify-webhook-id"]).toBeTruthy();
    expect(r.headers["x-shopify-event-id"]).toBeTruthy();
    expect(r.headers["x-shopify-triggered-at"]).toBeTruthy();

    const legacy = p.id.split("/").pop()!;
    expect(BigInt(legacy) > 2n ** 53n).toBe(true);
    expect(r.body).toContain(`"id":${legacy},`); // a bare JSON number, every digit kept
    const body = JSON.parse(r.body);
    expect(body.admin_graphql_api_id).toBe(p.id);
    expect(body.title).toBe("Renamed ✨ Ünïcode");
    expect(body.updated_at).not.toBe(before);
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(["body_html", "handle", "product_type", "status", "tags", "variants", "options", "images", "variant_gids", "category"]),
    );
    expect(body.variants[0]).toHaveProperty("admin_graphql_api_id");
    expect(body.variants[0]).toHaveProperty("inventory_item_id");
    expect(p.updatedAt > before).toBe(true);

    // the change is visible over GraphQL too
    const q = await gql(emu, "t", `query($id: ID!) { product(id: $id) { title updatedAt } }`, { id: p.id });
    expect(q.body.data.product).toEqual({ title: "Renamed ✨ Ünïcode", updatedAt: p.updatedAt });
  });

  it("createProduct, addVariant, updateVariant, deleteProduct and setAvailable fire their topics", async () => {
    const shop = emu.shop(SHOP);
    const loc = shop.facts.locations[0].id;
    const p = shop.createProduct({ title: "Wool Cap", variants: [{ sku: "WC-1", price: "12.50", available: 3 }] });
    const v = shop.addVariant(p.id, { sku: "WC-2", price: "13.00", selectedOptions: [{ name: "Size", value: "L" }] });
    shop.updateVariant(v.id, { price: "14.00" });
    shop.setAvailable(v.id, loc, 7);
    shop.deleteProduct(p.id);
    await emu.webhooks.settled();

    expect(receiver.received.map((r) => r.headers["x-shopify-topic"])).toEqual([
      "products/create",
      "products/update",
      "products/update",
      "inventory_levels/update",
      "products/delete",
    ]);
    receiver.received.forEach(verify);
    const level = JSON.parse(receiver.received[3].body);
    expect(level).toMatchObject({ available: 7, admin_graphql_api_id: expect.stringMatching(/^gid:\/\/shopify\/InventoryLevel\/\d+\?inventory_item_id=\d+$/) });
    expect(receiver.received[4].body).toBe(`{"id":${p.id.split("/").pop()}}`);
    expect(JSON.parse(receiver.received[2].body).variants[1].price).toBe("14.00");
    expect(emu.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
  });

  it("redeliver sends a duplicate: same ids, same body", async () => {
    const shop = emu.shop(SHOP);
    shop.updateProduct(shop.products()[1].id, { tags: ["dup"] });
    await emu.webhooks.settled();
    const original = emu.webhooks.deliveries[0];
    const again = await emu.webhooks.redeliver(original);
    expect(again.status).toBe(200);
    const [a, b] = receiver.received;
    expect(b.body).toBe(a.body);
    expect(b.headers["x-shopify-webhook-id"]).toBe(a.headers["x-shopify-webhook-id"]);
    expect(b.headers["x-shopify-event-id"]).toBe(a.headers["x-shopify-event-id"]);
    expect(b.headers["x-shopify-hmac-sha256"]).toBe(a.headers["x-shopify-hmac-sha256"]);
    expect(again.redeliveryOf).toBe(original);
  });

  it("can be turned off (lost webhooks) and records failures", async () => {
    const shop = emu.shop(SHOP);
    emu.webhooks.enabled = false;
    shop.updateProduct(shop.products()[2].id, { vendor: "Lost" });
    await emu.webhooks.settled();
    expect(receiver.received).toHaveLength(0);
    expect(emu.webhooks.deliveries[0]).toMatchObject({ topic: "products/update", sent: false, status: null });

    emu.webhooks.enabled = true;
    answer = 500;
    shop.updateProduct(shop.products()[2].id, { vendor: "Failing" });
    await emu.webhooks.settled();
    expect(emu.webhooks.deliveries[1]).toMatchObject({ sent: true, status: 500, error: "HTTP 500" });
  });

  it("uninstalling a shop sends app/uninstalled and revokes its token", async () => {
    emu.installShop({ domain: "gone.myshopify.com", accessToken: "gone" });
    expect((await gql(emu, "gone", `{ shop { name } }`)).status).toBe(200);
    await emu.uninstallShop("gone.myshopify.com");
    const r = receiver.received.find((x) => x.headers["x-shopify-topic"] === "app/uninstalled")!;
    verify(r);
    expect(r.url).toBe("/webhooks/app");
    expect(JSON.parse(r.body)).toMatchObject({ myshopify_domain: "gone.myshopify.com", currency: "EUR" });
    expect((await gql(emu, "gone", `{ shop { name } }`)).status).toBe(401);
  });

  it("delivers any topic with any body, e.g. compliance topics", async () => {
    const body = { shop_id: 1, shop_domain: SHOP };
    const [d] = await emu.webhooks.deliver({ shop: SHOP, topic: "shop/redact", body });
    expect(d.url).toBe(`${receiver.url}/webhooks/compliance`);
    expect(receiver.received[0].headers["x-shopify-topic"]).toBe("shop/redact");
    verify(receiver.received[0]);
    const [raw] = await emu.webhooks.deliver({ shop: SHOP, topic: "customers/redact", body: "{not json" });
    expect(raw.body).toBe("{not json");
  });
});
