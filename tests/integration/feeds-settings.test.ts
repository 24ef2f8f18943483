import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RULES, type FeedRules } from "~/core/feeds/rules";
import type { Sql } from "~/persistence/sql/port";
import { feedsPage, findProducts, rotateFeedToken, saveRulesFromForm, templateProblem } from "~/services/feeds/settings.server";
import { parseCsv } from "../channels/csv";
import { freshDatabase, testSql } from "../support/db";
import { mintSessionToken } from "../support/session-token";
import { BROWSER_UA, startStack, type Stack } from "../support/stack";

// The Feeds page's editing side against the BUILT app and a real database: rules saved through
// the page's action (the POST App Bridge sends) change the feed served at its URL; bad rules are
// answered with a message per field and change nothing; revoking a URL makes it 404 and the new
// one serve.

let stack: Stack;
let sql: Sql;
let dbDir: string;
const CHANNEL = "meta";
const MARKET = "eu";

beforeAll(async () => {
  const db = freshDatabase();
  dbDir = db.dir;
  stack = await startStack({ databaseUrl: db.url });
  stack.emu.loadGenerated(stack.shop, { products: 120, seed: 5 });
  await stack.install();
  expect((await stack.waitForSync()).status).toBe("completed");
  sql = testSql(db.url);
}, 120_000);

afterAll(async () => {
  await sql?.close();
  await stack?.stop();
  if (dbDir) rmSync(dbDir, { recursive: true, force: true });
});

/** The Feeds page's action, as App Bridge's authenticated fetch sends it. */
async function postFeedsForm(fields: Record<string, string>): Promise<{ status: number; body: string }> {
  const response = await fetch(`${stack.app.url}/app/feeds.data`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await mintSessionToken({ shop: stack.shop })}`, "User-Agent": BROWSER_UA },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, body: await response.text() };
}

const saveRules = (rules: unknown) => postFeedsForm({ intent: "save-rules", channel: CHANNEL, rules: JSON.stringify(rules) });
const csvToken = () => stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: CHANNEL, market: MARKET, format: "csv" } });

/** The served CSV feed as records keyed by column. */
async function servedFeed(token: string): Promise<{ etag: string | null; rows: Record<string, string>[] }> {
  const response = await fetch(`${stack.app.url}/feeds/${token}`);
  expect(response.status).toBe(200);
  const [header, ...records] = parseCsv(await response.text());
  return { etag: response.headers.get("etag"), rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

async function pageCounts() {
  const page = await feedsPage({ db: stack.db, sql }, { shop: stack.shop, appUrl: stack.app.url, channel: CHANNEL, market: MARKET });
  if (page.state !== "ready") throw new Error("the page is not ready");
  return { live: page.live, byRules: Object.fromEntries(page.byRules.map((r) => [r.reason, r.items])), editor: page.editor };
}

describe("feed rules saved from the Feeds page", () => {
  it("change what the served feed contains and what the page counts", async () => {
    const token = (await csvToken()).token;
    const before = await servedFeed(token);
    const beforeCounts = await pageCounts();
    expect(before.rows.length).toBe(beforeCounts.live);
    // The vendor with the most live items: excluding it must show.
    const byVendor = new Map<string, number>();
    for (const row of before.rows) byVendor.set(row.brand, (byVendor.get(row.brand) ?? 0) + 1);
    const [vendor, vendorItems] = [...byVendor].sort((a, b) => b[1] - a[1])[0];
    expect(vendorItems).toBeGreaterThan(0);

    const { status } = await saveRules({ ...DEFAULT_RULES, exclude: [{ field: "vendor", value: vendor }], titleTemplate: "{title} | {vendor}" });
    expect(status).toBe(200);

    const after = await servedFeed(token);
    expect(after.etag).not.toBe(before.etag);
    expect(after.rows.length).toBe(before.rows.length - vendorItems);
    expect(after.rows.filter((r) => r.brand === vendor)).toEqual([]);
    // Meta adds the variant to the title after the template: "<title> | <vendor> - <variant>".
    for (const row of after.rows) expect(row.title).toMatch(new RegExp(` \\| ${row.brand.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( - |$)`));

    const afterCounts = await pageCounts();
    expect(afterCounts.live).toBe(after.rows.length);
    expect(afterCounts.byRules.excluded_vendor).toBeGreaterThanOrEqual(vendorItems);
    expect(afterCounts.editor.rules.exclude).toEqual([{ field: "vendor", value: vendor }]);

    // A product override: out of the feed, and another product under its own title.
    const [gone, renamed] = [...new Set(after.rows.map((r) => r.item_group_id))].slice(0, 2);
    const productId = (groupId: string) => `gid://shopify/Product/${groupId.replace(/\D/g, "")}`;
    const withOverrides = { ...DEFAULT_RULES, overrides: { [productId(gone)]: { exclude: true }, [productId(renamed)]: { title: "Renamed for Meta" } } };
    expect((await saveRules(withOverrides)).status).toBe(200);
    const overridden = await servedFeed(token);
    expect(overridden.rows.some((r) => r.item_group_id === gone)).toBe(false);
    const renamedRows = overridden.rows.filter((r) => r.item_group_id === renamed);
    expect(renamedRows.length).toBeGreaterThan(0);
    for (const row of renamedRows) expect(row.title).toMatch(/^Renamed for Meta( - |$)/);
    expect((await pageCounts()).byRules.excluded_product).toBeGreaterThan(0);

    expect((await saveRules(DEFAULT_RULES)).status).toBe(200);
    expect((await servedFeed(token)).rows.length).toBe(before.rows.length);
  });

  it("rejects invalid rules with a message per field, and nothing changes", async () => {
    const token = (await csvToken()).token;
    await saveRulesFromForm(stack.db, stack.shop, CHANNEL, JSON.stringify({ ...DEFAULT_RULES, titleTemplate: "{title}!" }));
    const setting = await stack.db.feedSetting.findUniqueOrThrow({ where: { shop_channel: { shop: stack.shop, channel: CHANNEL } } });
    const before = await servedFeed(token);

    const bad = {
      ...DEFAULT_RULES,
      markets: ["nowhere"],
      statuses: [],
      include: [{ field: "vendor", value: "   " }],
      titleTemplate: "{title} {price}",
      customLabels: [{ index: 0, value: "x".repeat(101) }],
      overrides: { "gid://shopify/Product/1": { title: "" } },
    };
    const { status, body } = await saveRules(bad);
    expect(status).toBe(400);
    expect(body).toContain("Unknown placeholder {price}");
    expect(body).toContain("Pick at least one product status");

    const result = await saveRulesFromForm(stack.db, stack.shop, CHANNEL, JSON.stringify(bad));
    expect(result).toEqual({
      ok: false,
      errors: {
        "markets.0": "nowhere is not one of your markets",
        statuses: "Pick at least one product status",
        "include.0.value": "The value cannot be empty",
        titleTemplate: expect.stringMatching(/^Unknown placeholder \{price\}: use \{title\} /),
        "customLabels.0.value": "The label can have at most 100 characters",
        "overrides.gid://shopify/Product/1.title": "The title cannot be empty",
      },
    });
    expect(await saveRulesFromForm(stack.db, stack.shop, CHANNEL, "{not json")).toEqual({ ok: false, errors: { form: expect.stringMatching(/could not be read/) } });
    expect(await saveRulesFromForm(stack.db, stack.shop, "myspace", JSON.stringify(DEFAULT_RULES))).toEqual({ ok: false, errors: { form: "Unknown channel myspace" } });
    expect((await saveRules({ ...DEFAULT_RULES, markets: [] })).status).toBe(400);

    expect(await stack.db.feedSetting.findUniqueOrThrow({ where: { shop_channel: { shop: stack.shop, channel: CHANNEL } } })).toEqual(setting);
    const after = await servedFeed(token);
    expect(after.etag).toBe(before.etag);
    expect(after.rows).toEqual(before.rows);
    await saveRulesFromForm(stack.db, stack.shop, CHANNEL, JSON.stringify(DEFAULT_RULES));
  });

  it("stores rules as given, less what changes nothing (duplicates, empty overrides)", async () => {
    const rules: FeedRules = {
      ...DEFAULT_RULES,
      markets: [MARKET],
      include: [{ field: "tag", value: "summer" }, { field: "tag", value: "Summer" }],
      overrides: { "gid://shopify/Product/7": {} },
      customLabels: [{ index: 2, value: "{vendor}", when: { field: "productType", value: "Shirts" } }],
    };
    const result = await saveRulesFromForm(stack.db, stack.shop, "pinterest", JSON.stringify(rules));
    expect(result).toEqual({ ok: true, rules: { ...rules, include: [{ field: "tag", value: "summer" }], overrides: {} } });
    await saveRulesFromForm(stack.db, stack.shop, "pinterest", JSON.stringify(DEFAULT_RULES));
  });

  it("finds products by part of the title, whatever the case of its ASCII letters; % and _ are taken as typed", async () => {
    const products = await stack.db.catalogProduct.findMany({ where: { shop: stack.shop }, select: { id: true, title: true } });
    const product = products.find((p) => /^[\x20-\x7e]+$/.test(p.title) && products.filter((o) => o.title.toLowerCase().includes(p.title.toLowerCase())).length === 1)!;
    expect(await findProducts(sql, stack.shop, product.title.toUpperCase())).toEqual([product]);
    expect(await findProducts(sql, stack.shop, product.title.toLowerCase().slice(1, -1))).toContainEqual(product);
    expect(await findProducts(sql, stack.shop, "%")).toEqual([]);
    expect(await findProducts(sql, stack.shop, "_")).toEqual([]);
    expect(await findProducts(sql, "someone-else.myshopify.com", product.title)).toEqual([]);
  });

  it("knows the placeholders rules.ts fills, and braces that do not close", () => {
    expect(templateProblem("{title} – {option:Color} {variant} {collection} {product_type} {vendor}")).toBeNull();
    expect(templateProblem("{Title}")).toMatch(/^Unknown placeholder \{Title\}/);
    expect(templateProblem("{title")).toBe("Every { needs a matching }");
    expect(templateProblem("title}")).toBe("Every { needs a matching }");
  });
});

describe("revoking a feed URL", () => {
  it("answers 404 at the old URL and serves the feed at the new one; other URLs keep working", async () => {
    const old = await csvToken();
    const others = await stack.db.feedToken.findMany({ where: { shop: stack.shop, NOT: { token: old.token } } });
    const before = await servedFeed(old.token);

    const { status, body } = await postFeedsForm({ intent: "revoke", channel: CHANNEL, market: MARKET, format: "csv" });
    expect(status, stack.app.output().slice(-3000)).toBe(200);
    const fresh = await csvToken();
    expect(fresh.token).not.toBe(old.token);
    expect(Buffer.from(fresh.token, "base64url").length * 8).toBeGreaterThanOrEqual(192);
    expect(body).toContain(`${stack.app.url}/feeds/${fresh.token}`);

    expect((await fetch(`${stack.app.url}/feeds/${old.token}`)).status).toBe(404);
    expect((await servedFeed(fresh.token)).rows).toEqual(before.rows);
    expect(await stack.db.feedToken.findMany({ where: { shop: stack.shop, NOT: { token: fresh.token } } })).toEqual(others);

    // The page shows the new URL, not the old one.
    const page = await feedsPage({ db: stack.db, sql }, { shop: stack.shop, appUrl: stack.app.url, channel: CHANNEL, market: MARKET });
    expect(page.state === "ready" && page.feeds.map((f) => f.url)).toContain(`${stack.app.url}/feeds/${fresh.token}`);
    expect(JSON.stringify(page)).not.toContain(old.token);
  });

  it("only revokes the shop's own URLs", async () => {
    const token = await csvToken();
    expect(await rotateFeedToken(stack.db, "someone-else.myshopify.com", { channel: CHANNEL, market: MARKET, format: "csv" })).toBeNull();
    expect(await rotateFeedToken(stack.db, stack.shop, { channel: CHANNEL, market: "atlantis", format: "csv" })).toBeNull();
    expect((await postFeedsForm({ intent: "revoke", channel: CHANNEL, market: "atlantis", format: "csv" })).status).toBe(400);
    expect(await csvToken()).toEqual(token);
  });
});
