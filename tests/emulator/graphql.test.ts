import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index";
import { gql } from "./test-helpers";

const A = "shop-a.myshopify.com";
const B = "shop-b.myshopify.com";

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ apiSecret: "secret", tomlPath: null });
  emu.installShop({ domain: A, accessToken: "token-a", generate: { products: 260, seed: 7 } });
  emu.installShop({ domain: B, accessToken: "token-b", generate: { products: 3, seed: 8 } });
});

afterAll(() => emu.close());

describe("a valid query", () => {
  it("returns data with Shopify's cost extensions", async () => {
    const { status, body } = await gql(
      emu,
      "token-a",
      `{ shop { id name myshopifyDomain currencyCode primaryDomain { url } ianaTimezone }
         products(first: 3) { edges { cursor node { id title variants(first: 5) { nodes { id price } } } } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.shop.myshopifyDomain).toBe(A);
    expect(body.data.shop.id).toMatch(/^gid:\/\/shopify\/Shop\/\d+$/);
    expect(body.data.products.edges).toHaveLength(3);
    // shop 1 + primaryDomain 1 + products 2 + 3 × (product 1 + variants (2 + 5 × 1)) = 28
    expect(body.extensions.cost).toMatchObject({
      requestedQueryCost: 28,
      throttleStatus: { maximumAvailable: 2000, restoreRate: 100 },
    });
    expect(body.extensions.cost.actualQueryCost).toBeLessThanOrEqual(28);
    expect(body.extensions.cost.throttleStatus.currentlyAvailable).toBeGreaterThan(1900);
  });

  it("keeps money as decimal strings and ids as gid strings", async () => {
    const { body } = await gql(
      emu,
      "token-a",
      `{ productVariants(first: 20) { nodes { id legacyResourceId price compareAtPrice
          contextualPricing(context: { country: HU }) { price { amount currencyCode } } } } }`,
    );
    for (const v of body.data.productVariants.nodes) {
      expect(typeof v.price).toBe("string");
      expect(v.price).toMatch(/^\d+\.\d{2}$/);
      expect(v.legacyResourceId).toMatch(/^\d+$/);
      expect(v.contextualPricing.price.currencyCode).toBe("HUF");
      expect(v.contextualPricing.price.amount).toMatch(/^\d+$/);
    }
  });

  it("resolves node and nodes by gid, and interface fragments", async () => {
    const first = (await gql(emu, "token-a", `{ products(first: 1) { nodes { id variants(first: 1) { nodes { id } } } } }`)).body.data
      .products.nodes[0];
    const { body } = await gql(
      emu,
      "token-a",
      `query($ids: [ID!]!, $id: ID!) {
         nodes(ids: $ids) { __typename id ... on ProductVariant { product { id } } }
         node(id: $id) { ... on Product { title } }
         missing: node(id: "gid://shopify/Product/1") { id } }`,
      { ids: [first.id, first.variants.nodes[0].id], id: first.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(["Product", "ProductVariant"]);
    expect(body.data.nodes[1].product.id).toBe(first.id);
    expect(typeof body.data.node.title).toBe("string");
    expect(body.data.missing).toBeNull();
  });

  it("answers shop facts, locales, markets and locations", async () => {
    const { body } = await gql(
      emu,
      "token-a",
      `{ shopLocales { locale primary published }
         markets(first: 10) { nodes { handle currencySettings { baseCurrency { currencyCode } }
           conditions { regionsCondition { regions(first: 10) { nodes { ... on MarketRegionCountry { code } } } } } } }
         locations(first: 10) { nodes { id name } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.shopLocales.find((l: { primary: boolean }) => l.primary).locale).toBe("en");
    const hu = body.data.markets.nodes.find((m: { handle: string }) => m.handle === "hu");
    expect(hu.currencySettings.baseCurrency.currencyCode).toBe("HUF");
    expect(hu.conditions.regionsCondition.regions.nodes).toEqual([{ code: "HU" }]);
    expect(body.data.locations.nodes.length).toBeGreaterThanOrEqual(3);
  });
});

describe("an invalid document is rejected exactly like Shopify", () => {
  it("unknown field", async () => {
    const { status, body } = await gql(emu, "token-a", `query Q { shop { name nope } }`);
    expect(status).toBe(200);
    expect(body).toEqual({
      errors: [
        {
          message: "Field 'nope' doesn't exist on type 'Shop'",
          locations: [{ line: 1, column: 23 }],
          path: ["query Q", "shop", "nope"],
          extensions: { code: "undefinedField", typeName: "Shop", fieldName: "nope" },
        },
      ],
    });
  });

  it("wrong argument", async () => {
    const { body } = await gql(emu, "token-a", `{ products(first: 1, sort: TITLE) { nodes { id } } }`);
    expect(body).toEqual({
      errors: [
        {
          message: "Field 'products' doesn't accept argument 'sort'",
          locations: [{ line: 1, column: 22 }],
          path: ["query", "products", "sort"],
          extensions: { code: "argumentNotAccepted", name: "products", typeName: "Field", argumentName: "sort" },
        },
      ],
    });
  });

  it("argument of the wrong type, and a missing required argument", async () => {
    const wrong = await gql(emu, "token-a", `{ products(first: "ten") { nodes { id } } }`);
    expect(wrong.body.errors[0]).toMatchObject({
      message: `Argument 'first' on Field 'products' has an invalid value ("ten"). Expected type 'Int'.`,
      extensions: { code: "argumentLiteralsIncompatible", typeName: "Field", argumentName: "first" },
    });
    const missing = await gql(emu, "token-a", `{ product { id } }`);
    expect(missing.body.errors[0]).toMatchObject({
      message: "Field 'product' is missing required arguments: id",
      path: ["query", "product"],
      extensions: { code: "missingRequiredArguments", className: "Field", name: "product", arguments: "id" },
    });
    expect(missing.body.data).toBeUndefined();
  });

  it("syntax errors and bad variables", async () => {
    const parse = await gql(emu, "token-a", `{ shop { name } } }`);
    expect(parse.body).toEqual({
      errors: [{ message: 'Parse error on "}" (RCURLY) at [1, 19]', locations: [{ line: 1, column: 19 }] }],
    });
    const variable = await gql(emu, "token-a", `query($id: ID!) { product(id: $id) { id } }`, {});
    expect(variable.body.errors[0]).toMatchObject({
      message: "Variable $id of type ID! was provided invalid value",
      extensions: { code: "INVALID_VARIABLE", value: null, problems: [{ path: [], explanation: "Expected value to not be null" }] },
    });
  });

  it("nothing executes and nothing is charged", async () => {
    const before = emu.throttleStatus(A).currentlyAvailable;
    const { body } = await gql(emu, "token-a", `{ shop { nope } }`);
    expect(body.data).toBeUndefined();
    expect(emu.throttleStatus(A).currentlyAvailable).toBeGreaterThanOrEqual(before);
  });
});

describe("HTTP level", () => {
  it("401 for a missing or unknown access token", async () => {
    const bad = await gql(emu, "nope", `{ shop { name } }`);
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" });
    const res = await fetch(`${emu.url}/admin/api/2026-10/graphql.json`, { method: "POST", body: "{}" });
    expect(res.status).toBe(401);
  });

  it("400 for malformed JSON", async () => {
    const res = await fetch(`${emu.url}/admin/api/2026-10/graphql.json`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": "token-a" },
      body: "{ not json",
    });
    expect(res.status).toBe(400);
  });

  it("each token sees its own shop; the Host header picks the shop and must match the token", async () => {
    const a = await gql(emu, "token-a", `{ shop { myshopifyDomain } productsCount { count } }`);
    const b = await gql(emu, "token-b", `{ shop { myshopifyDomain } productsCount { count } }`);
    expect(a.body.data).toEqual({ shop: { myshopifyDomain: A }, productsCount: { count: 260 } });
    expect(b.body.data).toEqual({ shop: { myshopifyDomain: B }, productsCount: { count: 3 } });
    const crossed = await gql(emu, "token-a", `{ shop { name } }`, undefined, { headers: { "X-Forwarded-Host": B } });
    expect(crossed.status).toBe(401);
    const productOfA = a.body && (await gql(emu, "token-a", `{ products(first: 1) { nodes { id } } }`)).body.data.products.nodes[0].id;
    const fromB = await gql(emu, "token-b", `query($id: ID!) { product(id: $id) { id } }`, { id: productOfA });
    expect(fromB.body.data.product).toBeNull();
  });
});

describe("pagination and search", () => {
  it("pages through 260 products forwards with after and backwards with before", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body } = await gql(
        emu,
        "token-a",
        `query($after: String) { products(first: 100, after: $after) {
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      const c = body.data.products;
      seen.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(c.pageInfo.hasPreviousPage).toBe(pages > 0);
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(260);
    const sorted = [...seen].sort((x, y) => (BigInt(x.split("/").pop()!) < BigInt(y.split("/").pop()!) ? -1 : 1));
    expect(seen).toEqual(sorted);

    const back = await gql(emu, "token-a", `query($b: String) { products(last: 5, before: $b) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } }`, {
      b: after,
    });
    expect(back.body.data.products.nodes.map((n: { id: string }) => n.id)).toEqual(seen.slice(194, 199));
    expect(back.body.data.products.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
  });

  it("requires first or last and caps pages at 250", async () => {
    const none = await gql(emu, "token-a", `{ products { nodes { id } } }`);
    expect(none.body.errors[0].message).toBe("you must provide one of first or last");
    const big = await gql(emu, "token-a", `{ products(first: 251) { nodes { id } } }`);
    expect(big.body.errors[0].path).toEqual(["products"]);
  });

  it("filters with status:, id:> and updated_at:> and sorts by sortKey", async () => {
    const draft = await gql(emu, "token-a", `{ products(first: 250, query: "status:draft") { nodes { status } } }`);
    expect(draft.body.data.products.nodes.length).toBeGreaterThan(0);
    expect(new Set(draft.body.data.products.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(["DRAFT"]));

    const all = (await gql(emu, "token-a", `{ products(first: 250, sortKey: UPDATED_AT) { nodes { updatedAt } } }`)).body.data.products
      .nodes as { updatedAt: string }[];
    const times = all.map((n) => n.updatedAt);
    expect(times).toEqual([...times].sort());
    const cut = times[200];
    const newer = await gql(emu, "token-a", `query($q: String) { products(first: 250, query: $q) { nodes { updatedAt } } }`, {
      q: `updated_at:>'${cut}'`,
    });
    for (const n of newer.body.data.products.nodes) expect(n.updatedAt > cut).toBe(true);

    const byId = (await gql(emu, "token-a", `{ products(first: 250) { nodes { legacyResourceId } } }`)).body.data.products.nodes;
    const pivot = byId[249].legacyResourceId;
    const idGt = await gql(emu, "token-a", `{ products(first: 250, query: "id:>${pivot}") { nodes { id } } }`);
    expect(idGt.body.data.products.nodes).toHaveLength(10);
  });
});
