import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/db";
import { startStack, waitFor, type Stack } from "../support/stack";
import { catalogInDb, expectDbEqualsStore } from "../support/catalog-compare";

// The catalog end to end: the built app, installed through the embedded page, reads the emulated
// store by bulk operations and then follows it through signed webhooks.

let stack: Stack;


beforeAll(async () => {
  stack = await startStack({ databaseUrl: freshDatabase().url });
  stack.emu.loadGenerated(stack.shop, { products: 500, seed: 7 });
  await stack.install();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe("catalog sync against the store emulator", () => {
  it("reads 500 products fully by bulk operations and the DB equals the store", async () => {
    const sync = await stack.waitForSync();
    expect(sync).toMatchObject({ status: "completed", error: null });
    const row = await stack.db.catalogSync.findUniqueOrThrow({ where: { id: sync.id } });
    expect(row.mode).toBe("bulk");
    expect(row.productsCreated).toBe(500);
    await expectDbEqualsStore(stack);
    // Every variant has a price in every enabled market (read for the market's first country).
    const rows = await stack.db.catalogMarketPrice.findMany({ where: { shop: stack.shop } });
    const markets = await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true } });
    const countries = markets.map((m) => (JSON.parse(m.countries) as string[]).sort()[0]).sort();
    expect(rows).toHaveLength(Object.keys((await catalogInDb(stack.db, stack.shop)).variants).length);
    for (const row of rows) expect(Object.keys(JSON.parse(row.prices)).sort()).toEqual(countries);
  });

  it("follows a product edit, a new variant, a deletion and a stock change through webhooks", async () => {
    const shop = stack.emu.shop(stack.shop);
    const [first, second, third] = shop.products().filter((p) => p.status === "ACTIVE");
    shop.updateProduct(first.id, { title: "Edited through the admin" });
    const added = shop.addVariant(second.id, { title: "Extra", sku: "EXTRA-1", price: "12.34", selectedOptions: second.variants[0].selectedOptions.map((o) => ({ ...o, value: `${o.value} extra` })) });
    shop.deleteProduct(third.id);
    const variant = shop.products()[3].variants[0];
    const location = stack.emu.state(stack.shop).inventory.find((i) => i.variantId === variant.id)!.locationId;
    shop.setAvailable(variant.id, location, 4321);
    await stack.emu.webhooks.settled();

    await waitFor(async () => (await stack.db.catalogProduct.findUnique({ where: { shop_id: { shop: stack.shop, id: first.id } } }))?.title === "Edited through the admin", 10_000, "the edited title");
    await waitFor(async () => stack.db.catalogVariant.findUnique({ where: { shop_id: { shop: stack.shop, id: added.id } } }), 10_000, "the new variant");
    await waitFor(async () => !(await stack.db.catalogProduct.findUnique({ where: { shop_id: { shop: stack.shop, id: third.id } } })), 10_000, "the deletion");
    await waitFor(async () => (await stack.db.catalogInventoryLevel.findUnique({ where: { shop_variantId_locationId: { shop: stack.shop, variantId: variant.id, locationId: location } } }))?.available === 4321, 10_000, "the stock change");
    expect(await stack.db.catalogVariant.count({ where: { shop: stack.shop, productId: third.id } })).toBe(0);
    await expectDbEqualsStore(stack);
  });

  it("changes nothing twice when Shopify delivers the same webhook again", async () => {
    await stack.waitForSync();
    const shop = stack.emu.shop(stack.shop);
    const product = shop.products().filter((p) => p.variants.length <= 4)[5];
    shop.updateProduct(product.id, { vendor: "Redelivered Co" });
    await stack.emu.webhooks.settled();
    const delivery = stack.emu.webhooks.byTopic("products/update").at(-1)!;
    await waitFor(async () => (await stack.db.catalogProduct.findUnique({ where: { shop_id: { shop: stack.shop, id: product.id } } }))?.vendor === "Redelivered Co", 10_000, "the vendor change");
    const before = await stack.db.catalogProduct.findUniqueOrThrow({ where: { shop_id: { shop: stack.shop, id: product.id } } });
    const requestsBefore = stack.emu.requests.length;

    await stack.emu.webhooks.redeliver(delivery);
    await stack.emu.webhooks.settled();
    await new Promise((r) => setTimeout(r, 500));

    const rows = await stack.db.inboxEvent.findMany({ where: { shop: stack.shop, topic: "products/update", eventKey: delivery.eventId } });
    expect(rows).toHaveLength(1);
    const after = await stack.db.catalogProduct.findUniqueOrThrow({ where: { shop_id: { shop: stack.shop, id: product.id } } });
    expect(after.syncedAt).toEqual(before.syncedAt);
    expect(stack.emu.requests.length).toBe(requestsBefore); // no second read of the product
  });

  it("repairs drift from lost webhooks with a reconciliation and records what it repaired", async () => {
    const shop = stack.emu.shop(stack.shop);
    stack.emu.webhooks.enabled = false;
    const products = shop.products();
    shop.updateProduct(products[10].id, { title: "Changed while webhooks were lost" });
    shop.deleteProduct(products[11].id);
    const created = shop.createProduct({ title: "Created while webhooks were lost", variants: [{ sku: "LOST-1", price: "9.99" }] } as never);
    stack.emu.webhooks.enabled = true;
    const previous = await stack.db.catalogSync.findFirstOrThrow({ where: { shop: stack.shop }, orderBy: { id: "desc" } });

    const { reconcileNow } = await import("../support/reconcile");
    await reconcileNow(stack);
    const sync = await stack.waitForSync(previous.id);
    expect(sync.status).toBe("completed");
    const row = await stack.db.catalogSync.findUniqueOrThrow({ where: { id: sync.id } });
    expect(row.kind).toBe("reconcile");
    expect(row.productsCreated).toBe(1);
    expect(row.productsUpdated).toBe(1);
    expect(row.productsDeleted).toBe(1);
    const repairs = JSON.parse(row.repairs) as string[];
    expect(repairs).toEqual(expect.arrayContaining([created.id, products[10].id, `deleted ${products[11].id}`]));
    await expectDbEqualsStore(stack);
  });
});
