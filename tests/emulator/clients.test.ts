/**
 * The clients the app really uses talk to the emulator unchanged: @shopify/shopify-api's Admin
 * GraphQL client (its fetch redirected from https://{shop} to the emulator) and graphql-request.
 */
import "@shopify/shopify-api/adapters/node";
import { ApiVersion, GraphqlQueryError, LogSeverity, Session, shopifyApi } from "@shopify/shopify-api";
import { setAbstractFetchFunc } from "@shopify/shopify-api/runtime";
import { GraphQLClient, ClientError } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index";

const SHOP = "client.myshopify.com";
const TOKEN = "shpat_client";
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ apiSecret: "s", tomlPath: null });
  emu.installShop({ domain: SHOP, accessToken: TOKEN, generate: { products: 12, seed: 4 } });
  setAbstractFetchFunc((input, init) => {
    const url = String(input).replace(/^https:\/\/[a-z0-9-]+\.myshopify\.com/, emu.url);
    return fetch(url, init);
  });
});

afterAll(() => emu.close());

describe("@shopify/shopify-api Admin GraphQL client", () => {
  const api = shopifyApi({
    apiKey: "key",
    apiSecretKey: "s",
    apiVersion: ApiVersion.October26,
    hostName: "localhost:3000",
    isEmbeddedApp: true,
    logger: { level: LogSeverity.Error },
  });
  const session = new Session({ id: `offline_${SHOP}`, shop: SHOP, state: "x", isOnline: false, accessToken: TOKEN });

  it("queries with variables and sees cost extensions", async () => {
    const client = new api.clients.Graphql({ session });
    const res = await client.request<{ products: { nodes: { id: string; title: string }[] } }>(
      `query P($n: Int!) { products(first: $n) { nodes { id title } } }`,
      { variables: { n: 5 } },
    );
    expect(res.data?.products.nodes).toHaveLength(5);
    expect(res.extensions).toMatchObject({ cost: { requestedQueryCost: 7 } });
  });

  it("surfaces Shopify-shaped validation errors", async () => {
    const client = new api.clients.Graphql({ session });
    const err = await client.request(`{ shop { nope } }`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphqlQueryError);
    expect(JSON.stringify((err as GraphqlQueryError).body)).toContain("undefinedField");
  });
});

describe("graphql-request", () => {
  it("works against the emulator URL", async () => {
    const client = new GraphQLClient(`${emu.url}/admin/api/2026-10/graphql.json`, { headers: { "X-Shopify-Access-Token": TOKEN } });
    const data = await client.request<{ shop: { myshopifyDomain: string } }>(`{ shop { myshopifyDomain } }`);
    expect(data.shop.myshopifyDomain).toBe(SHOP);
    const bad = new GraphQLClient(`${emu.url}/admin/api/2026-10/graphql.json`, { headers: { "X-Shopify-Access-Token": "wrong" } });
    await expect(bad.request(`{ shop { name } }`)).rejects.toBeInstanceOf(ClientError);
  });
});
