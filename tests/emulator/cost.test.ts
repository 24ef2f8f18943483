import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index";
import { gql } from "./test-helpers";

const SHOP = "cost.myshopify.com";
let emu: Emulator | null = null;

async function start(opts: Parameters<typeof startEmulator>[0] = { apiSecret: "s" }) {
  emu = await startEmulator({ tomlPath: null, ...opts });
  emu.installShop({ domain: SHOP, accessToken: "t", generate: { products: 30, seed: 3 } });
  return emu;
}

afterEach(async () => {
  await emu?.close();
  emu = null;
});

describe("requested and actual cost", () => {
  it("follows Shopify's rules", async () => {
    const e = await start();
    const cost = async (q: string) => (await gql(e, "t", q)).body.extensions.cost;
    expect((await cost(`{ shop { name currencyCode } }`)).requestedQueryCost).toBe(1);
    // connection: 2 + first × node (node 1 + its objects)
    expect((await cost(`{ products(first: 10) { nodes { id seo { title } } } }`)).requestedQueryCost).toBe(2 + 10 * 2);
    // nested connection
    expect((await cost(`{ products(first: 10) { edges { node { variants(first: 5) { nodes { id } } } } } }`)).requestedQueryCost).toBe(
      2 + 10 * (1 + 2 + 5),
    );
    // interfaces and unions: the most expensive member
    expect(
      (await cost(`{ node(id: "gid://shopify/Product/1") { id ... on Product { seo { title } } ... on ProductVariant { product { seo { title } } } } }`))
        .requestedQueryCost,
    ).toBe(1 + 2);
    // actual cost counts what came back: 30 products exist, 250 were asked for
    const c = await cost(`{ products(first: 250) { nodes { id } } }`);
    expect(c.requestedQueryCost).toBe(252);
    expect(c.actualQueryCost).toBe(2 + 30);
  });

  it("mutations cost 10", async () => {
    const e = await start();
    const { body } = await gql(e, "t", `mutation { bulkOperationCancel(id: "gid://shopify/BulkOperation/1") { userErrors { message } } }`);
    expect(body.extensions.cost.requestedQueryCost).toBe(10);
  });

  it("refuses queries over 1,000 points with MAX_COST_EXCEEDED", async () => {
    const e = await start();
    const { status, body } = await gql(e, "t", `{ products(first: 250) { nodes { variants(first: 100) { nodes { id } } } } }`);
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: "MAX_COST_EXCEEDED", cost: 2 + 250 * 103, maxCost: 1000 });
  });
});

describe("the bucket", () => {
  it("throttles when it lacks the requested cost and recovers after restoring", async () => {
    const e = await start({ apiSecret: "s", maximumAvailable: 300, restoreRate: 1000 });
    e.setBucket(SHOP, { currentlyAvailable: 0, restoreRate: 100 });
    const q = `{ products(first: 100) { nodes { id } } }`; // 102 points
    const throttled = await gql(e, "t", q);
    expect(throttled.status).toBe(200);
    expect(throttled.body.data).toBeUndefined();
    expect(throttled.body.errors).toEqual([
      { message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } },
    ]);
    expect(throttled.body.extensions.cost).toMatchObject({ requestedQueryCost: 102, actualQueryCost: null });
    expect(throttled.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(102);

    // 100 points/s: after ~1.1 s the bucket holds 102 again
    await new Promise((r) => setTimeout(r, 1100));
    const ok = await gql(e, "t", q);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.products.nodes).toHaveLength(30);
    // actual cost 32 was charged, the rest refunded
    expect(ok.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(110);
  });

  it("uses Plus limits for a Plus shop", async () => {
    emu = await startEmulator({ apiSecret: "s", tomlPath: null });
    emu.installShop({ domain: "plus.myshopify.com", accessToken: "p", plan: "plus" });
    const { body } = await gql(emu, "p", `{ shop { name } }`);
    expect(body.extensions.cost.throttleStatus).toMatchObject({ maximumAvailable: 20000, restoreRate: 1000 });
  });
});

describe("fault injection", () => {
  const N = 400;
  async function outcomes(e: Emulator): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < N; i++) {
      const r = await gql(e, "t", `{ shop { name } }`);
      if (r.status >= 500) {
        expect([502, 503]).toContain(r.status);
        expect(String(r.body)).toMatch(/<html/);
        out.push("5xx");
      } else if (r.body.errors?.[0]?.extensions?.code === "THROTTLED") out.push("throttled");
      else out.push("ok");
    }
    return out;
  }

  it("produces roughly the configured shares, deterministically from the seed", async () => {
    const e = await start({ apiSecret: "s", faults: { throttled: 0.2, serverError: 0.1, seed: 42 } });
    const first = await outcomes(e);
    const share = (k: string) => first.filter((x) => x === k).length / N;
    expect(share("throttled")).toBeGreaterThan(0.14);
    expect(share("throttled")).toBeLessThan(0.26);
    expect(share("5xx")).toBeGreaterThan(0.05);
    expect(share("5xx")).toBeLessThan(0.15);

    e.setFaults({ seed: 42 });
    expect(await outcomes(e)).toEqual(first);

    e.setFaults({ throttled: 0, serverError: 0 });
    expect(new Set(await outcomes(e))).toEqual(new Set(["ok"]));
  });

  it("delays a share of answers", async () => {
    const e = await start({ apiSecret: "s", faults: { slow: 1, slowMs: 150 } });
    const t = Date.now();
    await gql(e, "t", `{ shop { name } }`);
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    expect(e.requests.at(-1)?.fault).toBe("slow");
  });
});
