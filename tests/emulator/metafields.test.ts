import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalog, startEmulator, type Emulator } from "./index";
import { appTomlFile, gql, startReceiver, until } from "./test-helpers";

// Metafields of products and variants: loaded from `Metafield` lines of a catalog file, served by
// `metafield(namespace:, key:)` and the `metafields` connection (also in bulk output), generated
// for some products, and changed with shop.setMetafield (which fires products/update).

const dir = mkdtempSync(path.join(tmpdir(), "emu-metafields-"));
const NS = "mm-google-shopping";
const CATALOG = [
  `{"id":"gid://shopify/Metafield/501","namespace":"${NS}","key":"pattern","value":"striped","type":"single_line_text_field","__parentId":"gid://shopify/ProductVariant/100"}`,
  `{"id":"gid://shopify/Product/10","title":"Linen Shirt"}`,
  `{"id":"gid://shopify/Metafield/500","namespace":"${NS}","key":"gender","value":"female","type":"single_line_text_field","__parentId":"gid://shopify/Product/10"}`,
  `{"id":"gid://shopify/Metafield/502","namespace":"custom","key":"fabric","value":"linen","__parentId":"gid://shopify/Product/10"}`,
  `{"id":"gid://shopify/ProductVariant/100","price":"29.00","sku":"LS-S","__parentId":"gid://shopify/Product/10"}`,
].join("\n");

let emu: Emulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let shops = 0;

async function install(): Promise<{ domain: string; token: string }> {
  const n = ++shops;
  const domain = `meta-${n}.myshopify.com`;
  emu.installShop({ domain, accessToken: `tok-${n}` });
  const file = path.join(dir, `catalog-${n}.jsonl`);
  writeFileSync(file, CATALOG);
  await emu.loadCatalog(domain, file);
  return { domain, token: `tok-${n}` };
}

beforeAll(async () => {
  receiver = await startReceiver();
  emu = await startEmulator({ apiSecret: "s", appUrl: receiver.url, tomlPath: appTomlFile([{ topics: ["products/update", "bulk_operations/finish"], uri: "/webhooks" }]) });
});
afterAll(async () => {
  await emu.close();
  await receiver.close();
});

describe("metafields", () => {
  it("load from Metafield lines (before or after their owner) and answer metafield / metafields", async () => {
    const { token } = await install();
    const { body } = await gql(
      emu,
      token,
      `{ product(id: "gid://shopify/Product/10") {
          gender: metafield(namespace: "${NS}", key: "gender") { value type namespace key }
          missing: metafield(namespace: "${NS}", key: "color") { value }
          metafields(first: 10, namespace: "${NS}") { nodes { key value ownerType } }
          all: metafields(first: 10) { nodes { namespace key } }
          variants(first: 1) { nodes { pattern: metafield(namespace: "${NS}", key: "pattern") { value owner { ... on ProductVariant { sku } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const product = body.data.product;
    expect(product.gender).toEqual({ value: "female", type: "single_line_text_field", namespace: NS, key: "gender" });
    expect(product.missing).toBeNull();
    expect(product.metafields.nodes).toEqual([{ key: "gender", value: "female", ownerType: "PRODUCT" }]);
    expect(product.all.nodes).toEqual([{ namespace: NS, key: "gender" }, { namespace: "custom", key: "fabric" }]);
    expect(product.variants.nodes[0].pattern).toEqual({ value: "striped", owner: { sku: "LS-S" } });
  });

  it("come out of a bulk query: the connection as lines of their own, single metafields inline", async () => {
    const { token } = await install();
    const query = `{ products { edges { node { id gender: metafield(namespace: "${NS}", key: "gender") { value }
      metafields(namespace: "${NS}") { edges { node { id key value } } }
      variants { edges { node { id pattern: metafield(namespace: "${NS}", key: "pattern") { value } } } } } } } }`;
    const run = await gql(emu, token, `mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id } userErrors { message } } }`, { q: query });
    expect(run.body.data.bulkOperationRunQuery.userErrors).toEqual([]);
    const id = run.body.data.bulkOperationRunQuery.bulkOperation.id as string;
    const op = await until(async () => {
      const n = (await gql(emu, token, `query($id: ID!) { node(id: $id) { ... on BulkOperation { status url } } }`, { id })).body.data.node;
      return n.status === "COMPLETED" ? n : null;
    });
    const lines = (await (await fetch(op.url)).text()).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual({ id: "gid://shopify/Product/10", gender: { value: "female" } });
    expect(lines).toContainEqual({ id: "gid://shopify/Metafield/500", key: "gender", value: "female", __parentId: "gid://shopify/Product/10" });
    expect(lines).toContainEqual({ id: "gid://shopify/ProductVariant/100", pattern: { value: "striped" }, __parentId: "gid://shopify/Product/10" });
    expect(lines.some((l) => l.id === "gid://shopify/Metafield/502")).toBe(false); // another namespace
  });

  it("setMetafield creates, changes and deletes a metafield and fires products/update", async () => {
    const { domain, token } = await install();
    const shop = emu.shop(domain);
    const before = emu.webhooks.deliveries.length;
    shop.setMetafield("gid://shopify/ProductVariant/100", NS, "color", "Navy");
    shop.setMetafield("gid://shopify/Product/10", NS, "gender", "male");
    shop.setMetafield("gid://shopify/ProductVariant/100", NS, "pattern", null);
    await emu.webhooks.settled();
    const fired = emu.webhooks.deliveries.slice(before).filter((d) => d.shop === domain);
    expect(fired.map((d) => d.topic)).toEqual(["products/update", "products/update", "products/update"]);
    const { body } = await gql(
      emu,
      token,
      `{ product(id: "gid://shopify/Product/10") { metafield(namespace: "${NS}", key: "gender") { value }
          variants(first: 1) { nodes { metafields(first: 5) { nodes { key value } } } } } }`,
    );
    expect(body.data.product.metafield).toEqual({ value: "male" });
    expect(body.data.product.variants.nodes[0].metafields.nodes).toEqual([{ key: "color", value: "Navy" }]);
    expect(() => shop.setMetafield("gid://shopify/Product/404", NS, "gender", "x")).toThrow(/No product/);
  });

  it("the generator gives some products and variants attribute metafields, the same on every pass", () => {
    const catalog = generateCatalog({ products: 40, seed: 3 });
    const pass = () => [...catalog.products()].map(({ product: p }) => [p.metafields, p.variants.map((v) => v.metafields)]);
    const first = pass();
    expect(pass()).toEqual(first);
    const products = [...catalog.products()].map((g) => g.product);
    expect(products.filter((p) => p.metafields.some((m) => m.key === "gender")).length).toBeGreaterThan(0);
    expect(products.filter((p) => p.variants.some((v) => v.metafields.length > 0)).length).toBeGreaterThan(0);
    expect(products.flatMap((p) => p.metafields).every((m) => m.namespace === NS && m.type === "single_line_text_field")).toBe(true);
  });
});
