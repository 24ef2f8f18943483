import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATTRIBUTE_KEYS, ATTRIBUTE_NAMESPACE, attributesFromColumns, parseAttributes } from "~/core/catalog/attributes";
import { freshDatabase } from "../support/db";
import { startStack, waitFor, type Stack } from "../support/stack";
import type { MetafieldRecord } from "../emulator/store/types";

// Channel attributes from metafields end to end: the emulated store's mm-google-shopping metafields
// on products and variants reach CatalogProduct.attributes / CatalogVariant.attributes through the
// full (bulk) read, and a metafield change reaches them through products/update and the refresh.

let stack: Stack;

/** What the DB should hold for a product or variant: its attribute metafields by key. */
const expected = (metafields: readonly MetafieldRecord[]) =>
  Object.fromEntries(
    metafields
      .filter((m) => m.namespace === ATTRIBUTE_NAMESPACE && (ATTRIBUTE_KEYS as readonly string[]).includes(m.key))
      .map((m) => [m.key, m.value]),
  );

const productRow = (id: string) => stack.db.catalogProduct.findUniqueOrThrow({ where: { shop_id: { shop: stack.shop, id } } });
const variantRow = (id: string) => stack.db.catalogVariant.findUniqueOrThrow({ where: { shop_id: { shop: stack.shop, id } } });

beforeAll(async () => {
  stack = await startStack({ databaseUrl: freshDatabase().url });
  stack.emu.loadGenerated(stack.shop, { products: 60, seed: 7 });
  await stack.install();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe("catalog attributes from metafields", () => {
  it("the full read stores every product's and variant's mm-google-shopping metafields", async () => {
    const sync = await stack.waitForSync();
    expect(sync).toMatchObject({ status: "completed", error: null });
    const products = stack.emu.shop(stack.shop).products();
    const withProductAttributes = products.filter((p) => Object.keys(expected(p.metafields)).length > 0);
    const withVariantAttributes = products.flatMap((p) => p.variants).filter((v) => Object.keys(expected(v.metafields)).length > 0);
    expect(withProductAttributes.length).toBeGreaterThan(5);
    expect(withVariantAttributes.length).toBeGreaterThan(3);
    for (const p of products) {
      expect(parseAttributes((await productRow(p.id)).attributes), p.id).toEqual(expected(p.metafields));
      for (const v of p.variants) expect(parseAttributes((await variantRow(v.id)).attributes), v.id).toEqual(expected(v.metafields));
    }
    // The merged map a feed gets: the variant's pattern on top of the product's gender and material.
    const product = products.find((p) => expected(p.metafields).gender && expected(p.variants[0].metafields).pattern)!;
    const merged = attributesFromColumns((await productRow(product.id)).attributes, (await variantRow(product.variants[0].id)).attributes);
    expect(merged).toMatchObject({ gender: expected(product.metafields).gender, pattern: "striped" });
  });

  it("a metafield change on a product and on a variant reaches the DB through the webhook refresh", async () => {
    await stack.waitForSync();
    const shop = stack.emu.shop(stack.shop);
    const product = shop.products().find((p) => p.status === "ACTIVE" && p.variants.length > 1 && Object.keys(expected(p.metafields)).length === 0)!;
    const [variant, other] = product.variants;
    shop.setMetafield(product.id, ATTRIBUTE_NAMESPACE, "age_group", "adult");
    shop.setMetafield(variant.id, ATTRIBUTE_NAMESPACE, "color", "Navy");
    shop.setMetafield(variant.id, "custom", "color", "ignored: another namespace");
    await stack.emu.webhooks.settled();

    await waitFor(async () => parseAttributes((await variantRow(variant.id)).attributes).color === "Navy", 10_000, "the variant's color");
    expect(parseAttributes((await productRow(product.id)).attributes)).toEqual({ age_group: "adult" });
    expect(parseAttributes((await variantRow(variant.id)).attributes)).toEqual({ ...expected(variant.metafields), color: "Navy" });
    expect(parseAttributes((await variantRow(other.id)).attributes)).toEqual(expected(other.metafields));

    // A changed value and a deleted metafield are written too (the row hash covers the attributes).
    shop.setMetafield(variant.id, ATTRIBUTE_NAMESPACE, "color", "Red");
    shop.setMetafield(product.id, ATTRIBUTE_NAMESPACE, "age_group", null);
    await stack.emu.webhooks.settled();
    await waitFor(async () => parseAttributes((await variantRow(variant.id)).attributes).color === "Red", 10_000, "the new color");
    await waitFor(async () => (await productRow(product.id)).attributes === "{}", 10_000, "the deleted age group");
  });
});
