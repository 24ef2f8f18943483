import { get } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RULES, type FeedRules } from "~/core/feeds/rules";
import type { Sql } from "~/persistence/sql/port";
import { saveFeedRules } from "~/services/feeds/feeds.server";
import { feedsPage } from "~/services/feeds/settings.server";
import { freshDatabase, freshSqlite, onPostgres, testSql } from "../support/db";
import { startStack, type Stack } from "../support/stack";

// One code path, two databases: the same generated catalog, read by the built app into SQLite and
// into PostgreSQL, serves every feed byte for byte alike — with the default rules and with rules
// that use every kind of condition — and the Feeds page shows the same counts and choices.
// Runs when the suite runs on PostgreSQL (TEST_POSTGRES_URL); SQLite is the other side.

const PRODUCTS = 150;
const SEED = 21;
const CHANNELS = ["meta", "google", "tiktok", "pinterest", "snapchat"];

interface Side {
  stack: Stack;
  sql: Sql;
}
const sides: Side[] = [];

async function readCatalog(databaseUrl: string): Promise<Side> {
  const stack = await startStack({ databaseUrl });
  sides.push({ stack, sql: testSql(databaseUrl) });
  stack.emu.loadGenerated(stack.shop, { products: PRODUCTS, seed: SEED });
  await stack.install();
  expect((await stack.waitForSync()).status).toBe("completed");
  return sides.at(-1)!;
}

/**
 * The status, then the bytes, of a GET on a connection of its own (the tests pause for seconds
 * between feeds: a kept-alive connection could be closed by the server just as it is reused).
 */
function served(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [Buffer.from(`${res.statusCode}\n`)];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

/** Every feed of a side by channel/market/format, as its URL serves it. */
async function servedFeeds({ stack }: Side): Promise<Map<string, Buffer>> {
  const feeds = new Map<string, Buffer>();
  for (const t of await stack.db.feedToken.findMany({ where: { shop: stack.shop } })) feeds.set(`${t.channel}/${t.market}.${t.format}`, await served(`${stack.app.url}/feeds/${t.token}`));
  return feeds;
}

const lines = (feed: Buffer | undefined) => (feed ? feed.toString("utf8").trim().split("\n").length : 0);

/** The Feeds page of every channel for one market, its secret URLs masked (each side has its own tokens). */
async function pages({ stack, sql }: Side, market: string): Promise<string[]> {
  const out: string[] = [];
  for (const channel of CHANNELS) {
    const page = await feedsPage({ db: stack.db, sql }, { shop: stack.shop, appUrl: "https://app.example", channel, market });
    out.push(JSON.stringify(page).replace(/\/feeds\/[\w-]+/g, "/feeds/<token>"));
  }
  return out;
}

function expectSameFeeds(sqlite: Map<string, Buffer>, postgres: Map<string, Buffer>): void {
  expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
  const differing = [...sqlite].filter(([key, body]) => !postgres.get(key)!.equals(body)).map(([key]) => key);
  expect(differing).toEqual([]);
}

describe.skipIf(!onPostgres)("feeds on SQLite and PostgreSQL", () => {
  let sqlite: Side;
  let postgres: Side;
  let defaults: Map<string, Buffer>;

  beforeAll(async () => {
    sqlite = await readCatalog(freshSqlite().url);
    postgres = await readCatalog(freshDatabase().url);
  }, 240_000);

  afterAll(async () => {
    for (const side of sides) {
      await side.sql.close();
      await side.stack.stop();
    }
  });

  it("serve every feed byte for byte alike, and the Feeds page alike", { timeout: 120_000 }, async () => {
    const [a, b] = await Promise.all([servedFeeds(sqlite), servedFeeds(postgres)]);
    expect(a.size).toBeGreaterThan(CHANNELS.length);
    expect(lines(a.get("meta/eu.csv"))).toBeGreaterThan(PRODUCTS);
    expectSameFeeds(a, b);
    defaults = a;
    expect(await pages(postgres, "eu")).toEqual(await pages(sqlite, "eu"));
  });

  it("apply the merchant's rules alike", { timeout: 120_000 }, async () => {
    const products = await sqlite.stack.db.catalogProduct.findMany({ where: { shop: sqlite.stack.shop }, orderBy: { id: "asc" }, take: 3 });
    const rules: FeedRules = {
      ...DEFAULT_RULES,
      markets: ["eu", "us"],
      statuses: ["ACTIVE", "DRAFT"],
      include: [{ field: "collection", value: "Bestsellers" }, { field: "tag", value: "summer" }, { field: "productType", value: "Shirts" }, { field: "vendor", value: products[0].vendor }],
      exclude: [{ field: "tag", value: "sale" }],
      excludeOutOfStock: true,
      titleTemplate: "{title} | {vendor} | {collection} | {option:Color}",
      customLabels: [{ index: 0, value: "{product_type}" }, { index: 3, value: "{variant}", when: { field: "tag", value: "eco" } }],
      overrides: { [products[1].id]: { exclude: true }, [products[2].id]: { title: "Renamed", description: "Described", customLabels: ["x"] } },
    };
    for (const side of [sqlite, postgres]) for (const channel of CHANNELS) await saveFeedRules(side.stack.db, side.stack.shop, channel, rules);
    const [a, b] = await Promise.all([servedFeeds(sqlite), servedFeeds(postgres)]);
    expect(a.get("meta/hu.csv")!.toString("utf8")).toMatch(/^404\n/); // a market the rules leave out
    expect(lines(a.get("meta/eu.csv"))).toBeGreaterThan(10);
    expect(a.get("meta/eu.csv")!.equals(defaults.get("meta/eu.csv")!)).toBe(false);
    expectSameFeeds(a, b);
    expect(await pages(postgres, "us")).toEqual(await pages(sqlite, "us"));
  });
});
