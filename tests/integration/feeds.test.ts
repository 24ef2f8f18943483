import { get, type IncomingHttpHeaders } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/db";
import { startStack, waitFor, type Stack } from "../support/stack";

// Feeds served by the built app at their secret URLs, from the catalog it read from the emulator.

let stack: Stack;
const feedUrl = (token: string) => `${stack.app.url}/feeds/${token}`;

/** A GET whose body is left as sent (fetch would undo the gzip). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

beforeAll(async () => {
  stack = await startStack({ databaseUrl: freshDatabase().url });
  stack.emu.loadGenerated(stack.shop, { products: 120, seed: 5 });
  await stack.install();
  expect((await stack.waitForSync()).status).toBe("completed");
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe("feeds", () => {
  it("gives every channel, market and format a secret URL of at least 128 random bits", async () => {
    const tokens = await stack.db.feedToken.findMany({ where: { shop: stack.shop } });
    const markets = await stack.db.shopMarket.count({ where: { shop: stack.shop, enabled: true } });
    expect(new Set(tokens.map((t) => t.channel))).toEqual(new Set(["meta", "google", "tiktok", "pinterest", "snapchat"]));
    // Every market, plus Meta's two override feeds (all markets' countries, all languages).
    expect(new Set(tokens.filter((t) => !t.market.startsWith("@")).map((t) => t.market)).size).toBe(markets);
    expect(tokens.filter((t) => t.market.startsWith("@")).map((t) => `${t.channel}/${t.market}`).sort()).toEqual(["meta/@countries", "meta/@languages"]);
    for (const t of tokens) expect(Buffer.from(t.token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
  });

  it("serves a feed with ETag and Last-Modified, 304 on a match, gzip when asked, 404 for an unknown token", async () => {
    const token = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "meta", format: "csv" } });
    const response = await fetch(feedUrl(token.token));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const etag = response.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect(response.headers.get("last-modified")).toBeTruthy();
    const body = await response.text();
    const lines = body.trim().split("\n");
    expect(lines[0]).toMatch(/^id,/);
    expect(lines.length).toBeGreaterThan(100);

    expect((await fetch(feedUrl(token.token), { headers: { "If-None-Match": etag } })).status).toBe(304);
    const zipped = await rawGet(feedUrl(token.token), { "Accept-Encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString("utf8")).toBe(body);
    expect((await fetch(feedUrl("no-such-token"))).status).toBe(404);
  });

  it("applies the merchant's rules: markets, exclusions and a title template, with a new ETag", async () => {
    const { saveFeedRules } = await import("~/services/feeds/feeds.server");
    const { DEFAULT_RULES } = await import("~/core/feeds/rules");
    const token = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "tiktok", market: "eu", format: "csv" } });
    const before = await fetch(feedUrl(token.token));
    const beforeText = await before.text();
    const vendor = stack.emu.state(stack.shop).products.find((p) => p.status === "ACTIVE")!.vendor;
    await saveFeedRules(stack.db, stack.shop, "tiktok", { ...DEFAULT_RULES, markets: ["eu"], exclude: [{ field: "vendor", value: vendor }], titleTemplate: "{title} | {vendor}" });

    const after = await fetch(feedUrl(token.token), { headers: { "If-None-Match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    const text = await after.text();
    expect(text.length).toBeLessThan(beforeText.length);
    expect(text).not.toContain(`,${vendor},`);
    const [header, first] = text.split("\n");
    expect(first.split(",")[header.split(",").indexOf("title")]).toMatch(/ \| /);
    const other = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "tiktok", market: { not: "eu" } } });
    expect((await fetch(feedUrl(other.token))).status).toBe(404); // not published in that market
    await saveFeedRules(stack.db, stack.shop, "tiktok", DEFAULT_RULES);
  });

  it("shows a price change made in Shopify, with a new ETag", async () => {
    // The EUR market: its contextual price follows the shop (EUR) price.
    const token = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "google", format: "xml", market: "eu" } });
    const before = await fetch(feedUrl(token.token));
    const etag = before.headers.get("etag");
    const xml = await before.text();
    const variantId = /<g:id>(\d+)<\/g:id>/.exec(xml)![1];
    const priceOf = (feed: string) => /<g:price>([^<]+)<\/g:price>/.exec(feed.split("<item>").find((chunk) => chunk.includes(`<g:id>${variantId}</g:id>`))!)![1];
    const variant = stack.emu.state(stack.shop).products.flatMap((p) => p.variants).find((v) => v.id.endsWith(`/${variantId}`))!;
    stack.emu.shop(stack.shop).updateVariant(variant.id, { price: "987.65" });
    await stack.emu.webhooks.settled();

    // The product's fresh copy is committed at once: the first new version already has the price.
    const after = await waitFor(async () => {
      const r = await fetch(feedUrl(token.token), { headers: { "If-None-Match": etag! } });
      return r.status === 200 ? r : null;
    }, 10_000, "a new feed version");
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(priceOf(xml)).not.toBe("987.65 EUR");
    expect(priceOf(await after.text())).toBe("987.65 EUR");
  });
});
