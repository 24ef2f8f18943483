import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalog, gtinCheckDigit, startEmulator, writeCatalogFile, type Emulator } from "./index";
import { gql } from "./test-helpers";

const dir = mkdtempSync(path.join(tmpdir(), "emu-catalog-"));
const EXAMPLE = path.join(__dirname, "fixtures", "catalog-example.jsonl");
let emu: Emulator;
let shops = 0;

function install(): string {
  const domain = `cat-${++shops}.myshopify.com`;
  emu.installShop({ domain, accessToken: `tok-${shops}` });
  return domain;
}

beforeAll(async () => {
  emu = await startEmulator({ apiSecret: "s", tomlPath: null });
});
afterAll(() => emu.close());

describe("catalog-jsonl.md example", () => {
  it("loads, with children before and after their parents", async () => {
    const domain = install();
    const summary = await emu.loadCatalog(domain, EXAMPLE);
    expect(summary).toMatchObject({ products: 2, variants: 3, locations: 1, markets: 2, locales: 2 });
    const state = emu.state(domain);
    const [shirt, cap] = state.products;
    expect(shirt.id).toBe("gid://shopify/Product/10");
    // variant 101 came after product 11's line but belongs to product 10
    expect(shirt.variants.map((v) => v.id)).toEqual(["gid://shopify/ProductVariant/100", "gid://shopify/ProductVariant/101"]);
    expect(shirt.variants[0]).toMatchObject({ price: "29.00", compareAtPrice: "35.00", barcode: "4006381333931", inventoryQuantity: 4 });
    expect(shirt.variants[1]).toMatchObject({ barcode: "", compareAtPrice: null, inventoryQuantity: 0 });
    expect(shirt.variants[0].contextualPrices).toEqual([{ country: "HU", price: { amount: "11990", currencyCode: "HUF" }, compareAtPrice: null }]);
    expect(shirt.translations).toEqual([{ locale: "hu", key: "title", value: "Lenvászon ing" }]);
    expect(shirt.media[0].image).toEqual({ url: "https://cdn.example/ls.jpg", width: 1200, height: 1200 });
    expect(shirt.category).toMatchObject({ id: "gid://shopify/TaxonomyCategory/aa-1-13-7", name: "Shirts" });
    // Shopify's defaults for what the file leaves out
    expect(cap.variants[0]).toMatchObject({ barcode: null, compareAtPrice: null, inventoryPolicy: "CONTINUE", position: 1, taxable: true });
    expect(cap.media).toEqual([]);
    expect(state.inventory).toContainEqual({ variantId: "gid://shopify/ProductVariant/110", locationId: "gid://shopify/Location/1", available: 30 });

    const { body } = await gql(
      emu,
      `tok-${shops}`,
      `{ shop { name currencyCode } markets(first: 5) { nodes { handle currencySettings { baseCurrency { currencyCode } } } }
         product(id: "gid://shopify/Product/10") { title translations(locale: "hu") { key value }
           variants(first: 5) { nodes { sku contextualPricing(context: { country: HU }) { price { amount currencyCode } } } } } }`,
    );
    expect(body.data.shop).toEqual({ name: "Demo", currencyCode: "EUR" });
    expect(body.data.markets.nodes.map((m: { handle: string }) => m.handle)).toEqual(["hu", "eu"]);
    expect(body.data.product.translations).toEqual([{ key: "title", value: "Lenvászon ing" }]);
    expect(body.data.product.variants.nodes[0].contextualPricing.price).toEqual({ amount: "11990", currencyCode: "HUF" });
  });

  it("ignores unknown fields and types; a bad line fails with its line number", async () => {
    const domain = install();
    const ok = path.join(dir, "unknown.jsonl");
    writeFileSync(
      ok,
      `{"id":"gid://shopify/Product/1","title":"A","someNewField":{"x":1}}\n` +
        `{"id":"gid://shopify/SellingPlanGroup/9","name":"x","__parentId":"gid://shopify/Product/1"}\n` +
        `{"id":"gid://shopify/ProductVariant/2","price":"1.00","futureField":true,"__parentId":"gid://shopify/Product/1"}\n`,
    );
    expect((await emu.loadCatalog(domain, ok)).variants).toBe(1);

    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, `{"id":"gid://shopify/Product/1","title":"A"}\n\n{"id":"gid://shopify/ProductVariant/2", "price": \n`);
    await expect(emu.loadCatalog(domain, bad)).rejects.toThrow(/bad\.jsonl:3: invalid JSON/);
    const float = path.join(dir, "float.jsonl");
    writeFileSync(float, `{"id":"gid://shopify/Product/1","title":"A"}\n{"id":"gid://shopify/ProductVariant/2","price":29.9,"__parentId":"gid://shopify/Product/1"}\n`);
    await expect(emu.loadCatalog(domain, float)).rejects.toThrow(/float\.jsonl:2: price must be a decimal string/);
    const orphan = path.join(dir, "orphan.jsonl");
    writeFileSync(orphan, `{"id":"gid://shopify/ProductVariant/2","price":"1.00","__parentId":"gid://shopify/Product/404"}\n`);
    await expect(emu.loadCatalog(domain, orphan)).rejects.toThrow(/orphan\.jsonl:1: parent gid:\/\/shopify\/Product\/404/);
  });
});

describe("generator and writer", () => {
  it("round trip: generate → write → load gives the same data, and writes the same bytes again", async () => {
    const a = install();
    emu.loadGenerated(a, { products: 150, seed: 21 });
    const file1 = path.join(dir, "gen.jsonl");
    await emu.writeCatalog(a, file1);

    const b = install();
    await emu.loadCatalog(b, file1);
    expect(emu.state(b)).toEqual(emu.state(a));
    const facts = (d: string) => {
      const { myshopifyDomain: _d, ...f } = emu.shop(d).facts;
      return f;
    };
    expect(facts(b)).toEqual(facts(a));

    const file2 = path.join(dir, "gen2.jsonl");
    await emu.writeCatalog(b, file2);
    expect(readFileSync(file2, "utf8").replaceAll(b, a)).toBe(readFileSync(file1, "utf8"));
  });

  it("the generator streams to the writer directly, deterministically", async () => {
    const f1 = path.join(dir, "direct1.jsonl");
    const f2 = path.join(dir, "direct2.jsonl");
    const f3 = path.join(dir, "direct3.jsonl");
    await writeCatalogFile(f1, generateCatalog({ products: 40, seed: 5 }).source());
    await writeCatalogFile(f2, generateCatalog({ products: 40, seed: 5 }).source());
    await writeCatalogFile(f3, generateCatalog({ products: 40, seed: 6 }).source());
    expect(readFileSync(f1, "utf8")).toBe(readFileSync(f2, "utf8"));
    expect(readFileSync(f1, "utf8")).not.toBe(readFileSync(f3, "utf8"));
  });

  it("generates realistic variety", () => {
    const products = [...generateCatalog({ products: 600, seed: 1 }).products()].map((g) => g.product);
    const variants = products.flatMap((p) => p.variants);
    const titles = products.map((p) => p.title);
    expect(titles.some((t) => /[\u3040-\u9fff]/.test(t))).toBe(true); // CJK
    expect(titles.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true); // emoji
    expect(titles.some((t) => /[éèüöőäñż]/i.test(t))).toBe(true); // accents
    expect(products.some((p) => /&amp;|&quot;|&lt;/.test(p.descriptionHtml))).toBe(true);
    const counts = products.map((p) => p.variants.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThanOrEqual(100);
    expect(new Set(products.map((p) => p.options.length))).toEqual(new Set([1, 2]));
    expect(products.some((p) => p.media.length === 0)).toBe(true);
    expect(new Set(products.map((p) => p.status))).toEqual(new Set(["ACTIVE", "DRAFT", "ARCHIVED"]));
    expect(products.some((p) => p.category?.id === "gid://shopify/TaxonomyCategory/aa-1-13-7")).toBe(true);
    expect(products.some((p) => p.translations.length > 0)).toBe(true);

    const valid = (b: string) => /^\d{12,13}$/.test(b) && gtinCheckDigit(b.slice(0, -1)) === Number(b.at(-1));
    const barcodes = variants.map((v) => v.barcode);
    expect(barcodes.some((b) => b?.length === 13 && valid(b))).toBe(true);
    expect(barcodes.some((b) => b?.length === 12 && valid(b))).toBe(true);
    expect(barcodes.some((b) => b && /^\d{13}$/.test(b) && !valid(b))).toBe(true);
    expect(barcodes).toContain("");
    expect(barcodes).toContain(null);
    expect(variants.some((v) => v.compareAtPrice !== null)).toBe(true);
    expect(variants.every((v) => /^\d+\.\d{2}$/.test(v.price))).toBe(true);
    expect(new Set(variants.flatMap((v) => v.contextualPrices.map((c) => c.price.currencyCode)))).toEqual(new Set(["HUF", "JPY", "USD"]));
  });

  it("has zero stock with both DENY and CONTINUE, several markets and locations", async () => {
    const d = install();
    emu.loadGenerated(d, { products: 300, seed: 2 });
    const state = emu.state(d);
    const variants = state.products.flatMap((p) => p.variants);
    expect(variants.some((v) => v.inventoryQuantity === 0 && v.inventoryPolicy === "DENY")).toBe(true);
    expect(variants.some((v) => v.inventoryQuantity === 0 && v.inventoryPolicy === "CONTINUE")).toBe(true);
    const facts = emu.shop(d).facts;
    expect(facts.markets.map((m) => `${m.handle}/${m.currencyCode}`)).toEqual(["eu/EUR", "hu/HUF", "us/USD", "jp/JPY"]);
    expect(facts.locations.length).toBe(3);
    expect(new Set(state.inventory.map((i) => i.locationId)).size).toBe(3);
  });
});
