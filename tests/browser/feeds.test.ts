import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelAdapters, getChannelAdapter } from "~/channels/registry";
import { DEFAULT_RULES, parseRules } from "~/core/feeds/rules";
import type { Sql } from "~/persistence/sql/port";
import { feedMarkets, feedReport, mappedVariants, saveFeedRules, type FeedDeps } from "~/services/feeds/feeds.server";
import { parseCsv } from "../channels/csv";
import { testSql } from "../support/db";
import { startStack, waitFor, type Stack } from "../support/stack";
import { stackPagePerTest, stackPerFile, type RunningStack } from "./chromium";

// The Feeds page as a merchant sees it: the store emulator with a generated catalog, the BUILT
// app installed and read, the page in Chromium inside the emulated admin. What the page says
// (URLs, live and left-out counts, issues and their products) is checked against the DB and
// against the feeds themselves, fetched over HTTP.

const SCREENSHOT = join(import.meta.dirname, "../../test-results/feeds.png");
const RULES_SCREENSHOT = join(import.meta.dirname, "../../test-results/feeds-rules.png");
const ERRORS_SCREENSHOT = join(import.meta.dirname, "../../test-results/feeds-rules-errors.png");
const REVOKE_SCREENSHOT = join(import.meta.dirname, "../../test-results/feeds-revoke.png");
const PRODUCTS = 150;
const SEED = 33;
const READ_MS = 60_000;

let sql: Sql | undefined;

const app = stackPerFile(async (databaseUrl) => {
  const stack = await startStack({ databaseUrl });
  stack.emu.loadGenerated(stack.shop, { products: PRODUCTS, seed: SEED });
  return stack;
});

beforeAll(async () => {
  const { stack } = app();
  await stack.install();
  expect((await stack.waitForSync(0, READ_MS)).status).toBe("completed");
  sql = testSql(stack.databaseUrl);
});

afterAll(async () => sql?.close());

function running(): RunningStack<Stack> & { deps: FeedDeps } {
  const { stack, browser } = app();
  if (!sql) throw new Error("setup failed");
  return { stack, browser, deps: { db: stack.db, sql } };
}

/** Items in a served feed body. */
function itemsIn(format: string, body: string): number {
  if (format === "xml") return body.match(/<item>/g)?.length ?? 0;
  return parseCsv(body, format === "tsv" ? "\t" : ",").length - 1;
}

/** The feed's variants as the channel's stored rules leave them, independently of the page's service. */
async function* mapped(channel: string, market: string) {
  const { stack, deps } = running();
  const adapter = getChannelAdapter(channel)!;
  const shopRow = await stack.db.shop.findUniqueOrThrow({ where: { domain: stack.shop } });
  const feedMarket = (await feedMarkets(stack.db, stack.shop)).find((m) => m.handle === market)!;
  const shop = { domain: shopRow.domain, name: shopRow.name ?? shopRow.domain, storefrontUrl: shopRow.primaryDomain ?? `https://${shopRow.domain}`, currency: shopRow.currencyCode ?? "USD" };
  const setting = await stack.db.feedSetting.findUnique({ where: { shop_channel: { shop: stack.shop, channel } } });
  yield* mappedVariants(deps, { adapter, shop, market: feedMarket, rules: parseRules(setting?.rules) });
}

/** Independently of the page's service: left-out items per error code and items per warning code. */
async function expectedIssues(channel: string, market: string): Promise<{ errors: Record<string, number>; warnings: Record<string, number> }> {
  const errors: Record<string, number> = {};
  const warnings: Record<string, number> = {};
  for await (const { excludedBy, item, issues } of mapped(channel, market)) {
    if (excludedBy) continue;
    for (const code of new Set(issues.filter((i) => i.severity === "error").map((i) => i.code))) {
      expect(item).toBeNull();
      errors[code] = (errors[code] ?? 0) + 1;
    }
    for (const code of new Set(issues.filter((i) => i.severity === "warning").map((i) => i.code))) warnings[code] = (warnings[code] ?? 0) + 1;
  }
  return { errors, warnings };
}

describe("the Feeds page in Chromium", () => {
  const ui = stackPagePerTest(running);
  const openFeeds = (search = "") => ui.open(`/app/feeds${search}`, "Feeds");

  const panel = () => ui.page.locator("#feed-panel");
  const heading = () => panel().getByRole("heading", { level: 2 }).first();
  const urlFields = () => panel().locator("input[readonly]");
  const number = async (id: string) => Number((await ui.page.locator(`#${id}`).innerText()).replace(/,/g, ""));

  /** The issue groups shown under a card heading: code → item count. */
  async function shownGroups(cardTitle: string): Promise<Record<string, number>> {
    const card = panel().locator(".Polaris-ShadowBevel").filter({ has: ui.page.getByRole("heading", { level: 2, name: cardTitle, exact: true }) });
    const out: Record<string, number> = {};
    for (const section of await card.locator("section[data-issue-code]").all()) {
      const code = (await section.getAttribute("data-issue-code"))!;
      // The badge also holds its tone for screen readers ("Critical", "Warning").
      const badge = await section.locator(".Polaris-Badge").innerText();
      out[code] = Number(/([\d,]+) items?$/.exec(badge.trim())![1].replace(/,/g, ""));
    }
    return out;
  }

  /** Waits until the page shows `channel` and `market` (after a click, the loader has answered). */
  async function shows(channelName: string, marketName: string): Promise<void> {
    await expect.poll(() => heading().innerText(), { timeout: 20_000 }).toBe(`${channelName} · ${marketName}`);
    await expect.poll(() => panel().getAttribute("aria-busy"), { timeout: 20_000 }).toBe("false");
  }

  it("says in a plain sentence that nothing is read yet, and fills in by itself once feeds exist", async () => {
    const { stack } = running();
    const saved = await stack.db.feedToken.findMany({ where: { shop: stack.shop } });
    await stack.db.feedToken.deleteMany({ where: { shop: stack.shop } });
    try {
      await openFeeds();
      expect(await ui.page.getByRole("heading", { level: 2, name: "Your catalog has not been read yet" }).count()).toBe(1);
      expect(await ui.page.getByText(/^Feed URLs appear here once the first full read of your products is done\./).count()).toBe(1);
      expect(await urlFields().count()).toBe(0);
    } finally {
      await stack.db.feedToken.createMany({ data: saved });
    }
    // The page looks again by itself.
    await expect.poll(() => urlFields().count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it("lets every channel be picked; its URLs are the DB's tokens and serve as many items as the page says are live", async () => {
    const { stack, deps } = running();
    const market = (await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true }, orderBy: { handle: "asc" } }))[0];
    // Start on the last channel so that picking the first one is a change too.
    await openFeeds(`?channel=${channelAdapters[channelAdapters.length - 1].id}`);
    const tabs = ui.page.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual(channelAdapters.map((a) => a.name));

    for (const adapter of channelAdapters) {
      await ui.page.getByRole("tab", { name: adapter.name, exact: true }).click();
      await shows(adapter.name, market.name);
      expect(new URL(ui.page.url()).searchParams.get("channel")).toBe(adapter.id);
      expect(await ui.page.getByRole("tab", { name: adapter.name, exact: true }).getAttribute("aria-selected")).toBe("true");

      const tokens = await stack.db.feedToken.findMany({ where: { shop: stack.shop, channel: adapter.id, market: market.handle, revokedAt: null } });
      // Meta also shows its two override feeds (every published market), below the market's own.
      const overrides = await stack.db.feedToken.findMany({ where: { shop: stack.shop, channel: adapter.id, market: { startsWith: "@" } } });
      expect(overrides.length).toBe(adapter.id === "meta" ? 2 : 0);
      const shown = await Promise.all((await urlFields().all()).map((field) => field.inputValue()));
      expect(shown.sort()).toEqual([...tokens, ...overrides].map((t) => `${stack.app.url}/feeds/${t.token}`).sort());

      const live = await number("items-live");
      const leftOut = await number("items-left-out");
      const byRules = await number("items-by-rules");
      const report = (await feedReport(deps, tokens[0].token))!;
      const ruled = Object.values(report.excludedByRules).reduce((a, b) => a + b, 0);
      expect({ live, leftOut, byRules }).toEqual({ live: report.items, leftOut: report.excluded, byRules: ruled });
      expect(live).toBeGreaterThan(0);
      for (const token of tokens) {
        const response = await fetch(`${stack.app.url}/feeds/${token.token}`);
        expect(response.status, `${adapter.id} ${token.format}`).toBe(200);
        expect(itemsIn(token.format, await response.text()), `${adapter.id} ${token.format}`).toBe(live);
      }
    }
  });

  it("keeps the channel and market in the URL, and switches market with the picker", async () => {
    const { stack } = running();
    const markets = await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true }, orderBy: { handle: "asc" } });
    expect(markets.length).toBeGreaterThan(1);
    const other = markets[1];
    await openFeeds("?channel=google");
    await shows("Google Merchant Center", markets[0].name);

    await ui.page.getByLabel("Market", { exact: true }).selectOption(other.handle);
    await shows("Google Merchant Center", other.name);
    const params = new URL(ui.page.url()).searchParams;
    expect({ channel: params.get("channel"), market: params.get("market") }).toEqual({ channel: "google", market: other.handle });
    const tokens = await stack.db.feedToken.findMany({ where: { shop: stack.shop, channel: "google", market: other.handle } });
    const shown = await Promise.all((await urlFields().all()).map((field) => field.inputValue()));
    expect(shown.sort()).toEqual(tokens.map((t) => `${stack.app.url}/feeds/${t.token}`).sort());

    // A reload (the admin opening the same URL) shows the same selection.
    await openFeeds(`?channel=google&market=${other.handle}`);
    await shows("Google Merchant Center", other.name);
  });

  it("groups left-out items by issue, counts them as the DB does, and names the products behind them", async () => {
    const { stack } = running();
    const markets = await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true }, orderBy: { handle: "asc" } });
    let titled = 0;
    for (const { id, name } of [channelAdapters[0], channelAdapters[2]]) {
      for (const market of [markets[0], markets[markets.length - 1]]) {
        await openFeeds(`?channel=${id}&market=${market.handle}`);
        await shows(name, market.name);
        const expected = await expectedIssues(id, market.handle);
        expect(await shownGroups("Why items are left out"), `${id} ${market.handle} errors`).toEqual(expected.errors);
        expect(await shownGroups("Warnings"), `${id} ${market.handle} warnings`).toEqual(expected.warnings);

        // Each group: its products, linked to the Shopify admin, ten at most, the rest counted.
        for (const section of await panel().locator("section[data-issue-code]").all()) {
          const links = section.getByRole("link");
          const n = await links.count();
          expect(n).toBeGreaterThan(0);
          expect(n).toBeLessThanOrEqual(10);
          for (const link of await links.all()) {
            const href = (await link.getAttribute("href"))!;
            expect(href).toMatch(/^shopify:admin\/products\/\d+$/);
            const product = await stack.db.catalogProduct.findFirstOrThrow({ where: { shop: stack.shop, id: `gid://shopify/Product/${href.split("/").pop()}` } });
            expect(await link.innerText()).toBe(product.title);
            titled++;
          }
          const text = await section.innerText();
          const products = Number(/([\d,]+) products?:/.exec(text)![1].replace(/,/g, ""));
          if (products > 10) expect(text).toContain(`and ${products - 10} more product`);
          else expect(n).toBe(products);
        }
      }
    }
    expect(titled).toBeGreaterThan(0);
  });

  it("copies a feed URL to the clipboard and says so with a toast", async () => {
    const { stack } = running();
    await ui.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack.app.url });
    await openFeeds("?channel=meta");
    const url = await urlFields().first().inputValue();
    await panel().getByRole("button", { name: /^Copy / }).first().click();
    await expect.poll(() => ui.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect.poll(() => panel().getByRole("button", { name: /^Copy / }).first().innerText()).toBe("Copied");
    const toasts = await ui.page.evaluate(() => (window as unknown as { __appBridgeStub: { toasts: { message: string }[] } }).__appBridgeStub.toasts);
    expect(toasts.map((t) => t.message)).toEqual(["CSV feed URL copied"]);
  });

  it("looks right: tabs, URL fields and three count cards inside the page column", async () => {
    await openFeeds("?channel=meta");
    await waitFor(async () => (await urlFields().count()) > 0, 10_000, "feed URLs");
    const column = (await ui.page.locator(".Polaris-Page").boundingBox())!;
    const cards = await Promise.all(["items-live", "items-left-out", "items-by-rules"].map((id) => ui.page.locator(".Polaris-ShadowBevel").filter({ has: ui.page.locator(`#${id}`) }).boundingBox()));
    for (const card of cards) expect(card!.y).toBe(cards[0]!.y);
    for (const box of [...cards, await ui.page.getByRole("tablist").boundingBox(), ...(await Promise.all((await urlFields().all()).map((f) => f.boundingBox())))]) {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(column.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
    }
    // Every tab is shown (none hidden behind a "More" disclosure) and no text spills out.
    for (const adapter of channelAdapters) expect(await ui.page.getByRole("tab", { name: adapter.name, exact: true }).isVisible()).toBe(true);
    const overflowing = await ui.page.evaluate(() =>
      [...document.querySelectorAll(".Polaris-ShadowBevel .Polaris-Text--root:not(.Polaris-Text--visuallyHidden)")].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
    expect(overflowing).toEqual([]);
    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    await ui.page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
  const rulesCard = () => panel().locator(".Polaris-ShadowBevel").filter({ has: ui.page.getByRole("heading", { level: 2, name: /^Rules for / }) });
  const countsNow = async () => ({ live: await number("items-live"), leftOut: await number("items-left-out"), byRules: await number("items-by-rules") });

  /** Types into a Combobox and picks the option named `value` from its list. */
  async function pick(label: string, value: string): Promise<void> {
    await rulesCard().getByLabel(label, { exact: true }).fill(value);
    await ui.page.getByRole("option", { name: value, exact: true }).click();
    await rulesCard().getByRole("button", { name: `Remove ${value} from ${label}` }).waitFor();
  }

  it("edits the channel's rules: a vendor left out and a title template change the counts and the served feed", async () => {
    const { stack, deps } = running();
    const market = (await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true }, orderBy: { handle: "asc" } }))[0];
    const token = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "pinterest", market: market.handle, format: "csv" } });
    const before = (await feedReport(deps, token.token))!;
    // The vendor behind the most live items.
    const live = new Map<string, number>();
    const all = new Map<string, number>();
    for await (const { variant, item, excludedBy } of mapped("pinterest", market.handle)) {
      const v = variant.product.vendor;
      if (!excludedBy) all.set(v, (all.get(v) ?? 0) + 1);
      if (item) live.set(v, (live.get(v) ?? 0) + 1);
    }
    const [vendor, vendorItems] = [...live].sort((a, b) => b[1] - a[1])[0];
    // Its items with a problem are now left out by the rule instead.
    const vendorAll = all.get(vendor)!;
    try {
      await openFeeds("?channel=pinterest");
      await shows("Pinterest", market.name);
      const shown = await countsNow();
      expect(shown.live).toBe(before.items);
      const save = rulesCard().getByRole("button", { name: "Save rules" });
      expect(await save.isDisabled()).toBe(true); // nothing to save yet

      await pick("Leave out: vendors", vendor);
      const template = rulesCard().getByLabel("Title template");
      await template.fill("{title} | {vendor}");
      const preview = (await ui.page.locator("#title-preview").innerText()).trim();
      expect(preview).toMatch(/ \| /);
      const sampleTitle = /^Preview on “(.+?)( — .+)?”:/.exec(await rulesCard().getByText(/^Preview on /).innerText())![1];
      expect(preview.startsWith(`${sampleTitle} | `)).toBe(true);
      mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
      await rulesCard().screenshot({ path: RULES_SCREENSHOT });

      await save.click();
      await rulesCard().getByText(/^Saved: the counts above follow the new rules\.$/).waitFor({ timeout: 20_000 });
      await expect.poll(() => number("items-live"), { timeout: 20_000 }).toBe(shown.live - vendorItems);
      const after = await countsNow();
      expect(after).toEqual({ live: shown.live - vendorItems, leftOut: shown.leftOut - (vendorAll - vendorItems), byRules: shown.byRules + vendorAll });
      expect(await panel().locator('[data-rule="excluded_vendor"]').innerText()).toBe(vendorAll.toLocaleString("en"));

      // What the page says is what the feed serves.
      const stored = parseRules((await stack.db.feedSetting.findUniqueOrThrow({ where: { shop_channel: { shop: stack.shop, channel: "pinterest" } } })).rules);
      expect({ exclude: stored.exclude, titleTemplate: stored.titleTemplate }).toEqual({ exclude: [{ field: "vendor", value: vendor }], titleTemplate: "{title} | {vendor}" });
      const served = await fetch(`${stack.app.url}/feeds/${token.token}`);
      const rows = parseCsv(await served.text(), ",");
      expect(rows.length - 1).toBe(after.live);
      const title = rows[0].indexOf("title");
      for (const row of rows.slice(1)) expect(row[title]).toMatch(/ \| /);

      // The saved rules are what the form shows after a reload; the pickers show the vendor.
      await openFeeds("?channel=pinterest");
      expect(await rulesCard().getByLabel("Title template").inputValue()).toBe("{title} | {vendor}");
      expect(await rulesCard().getByRole("button", { name: `Remove ${vendor} from Leave out: vendors` }).count()).toBe(1);
    } finally {
      await saveFeedRules(stack.db, stack.shop, "pinterest", DEFAULT_RULES);
    }
  });

  it("leaves one product out of a channel from the product search, and the counts follow", async () => {
    const { stack } = running();
    const market = (await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true }, orderBy: { handle: "asc" } }))[0];
    const liveByProduct = new Map<string, { title: string; items: number }>();
    for await (const { variant, item } of mapped("tiktok", market.handle)) {
      if (!item) continue;
      const entry = liveByProduct.get(variant.product.id) ?? { title: variant.product.title, items: 0 };
      liveByProduct.set(variant.product.id, { ...entry, items: entry.items + 1 });
    }
    // A product whose title is its own (no other product's title contains it).
    const titles = [...liveByProduct.values()].map((p) => p.title);
    const [id, product] = [...liveByProduct].find(([, p]) => titles.filter((t) => t.includes(p.title)).length === 1)!;
    try {
      await openFeeds("?channel=tiktok");
      const before = await countsNow();
      await rulesCard().getByLabel("Find a product").fill(product.title);
      await ui.page.getByRole("option", { name: product.title, exact: true }).click();
      expect(await rulesCard().getByRole("checkbox", { name: "Leave out of this channel" }).isChecked()).toBe(true);
      await rulesCard().getByRole("button", { name: "Save rules" }).click();
      await expect.poll(() => number("items-live"), { timeout: 20_000 }).toBe(before.live - product.items);
      expect(await panel().locator('[data-rule="excluded_product"]').innerText()).toBe(String(product.items));
      const stored = parseRules((await stack.db.feedSetting.findUniqueOrThrow({ where: { shop_channel: { shop: stack.shop, channel: "tiktok" } } })).rules);
      expect(stored.overrides).toEqual({ [id]: { exclude: true } });
      // After a reload the row shows the product by its title.
      await openFeeds("?channel=tiktok");
      expect(await rulesCard().getByRole("button", { name: `Remove ${product.title}` }).count()).toBe(1);
    } finally {
      await saveFeedRules(stack.db, stack.shop, "tiktok", DEFAULT_RULES);
    }
  });

  it("shows a message at each bad field and saves nothing", async () => {
    const { stack } = running();
    await openFeeds("?channel=snapchat");
    const before = await countsNow();
    await rulesCard().getByLabel("Title template").fill("{title} {price}");
    await rulesCard().getByLabel("Custom label 1").fill("   ");
    await rulesCard().getByRole("checkbox", { name: "Active" }).uncheck();
    await rulesCard().getByRole("button", { name: "Save rules" }).click();

    await rulesCard().getByText(/^3 fields need a change: nothing was saved$/).waitFor({ timeout: 20_000 });
    expect(await rulesCard().getByText(/^Unknown placeholder \{price\}: use /).count()).toBe(1);
    expect(await rulesCard().getByText("The label cannot be empty", { exact: true }).count()).toBe(1);
    expect(await rulesCard().getByText("Pick at least one product status", { exact: true }).count()).toBe(1);
    await rulesCard().screenshot({ path: ERRORS_SCREENSHOT });
    expect(await stack.db.feedSetting.findUnique({ where: { shop_channel: { shop: stack.shop, channel: "snapchat" } } })).toBeNull();
    expect(await countsNow()).toEqual(before);
    // The action answered 400 (nothing saved), which Chromium logs; nothing else went wrong.
    expect(ui.pageErrors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    ui.pageErrors.length = 0;

    // Fixing a field takes its message away; the rest can be discarded.
    await rulesCard().getByLabel("Title template").fill("{title}");
    await expect.poll(() => rulesCard().getByText(/^Unknown placeholder/).count()).toBe(0);
    await rulesCard().getByRole("button", { name: "Discard" }).click();
    expect(await rulesCard().getByLabel("Title template").inputValue()).toBe("");
    expect(await rulesCard().getByRole("checkbox", { name: "Active" }).isChecked()).toBe(true);
  });

  it("revokes a URL only after a confirmation: the old URL answers 404, the page shows the new one, which serves", async () => {
    const { stack } = running();
    await openFeeds("?channel=google");
    const field = urlFields().first();
    const label = (await panel().locator("label").filter({ hasText: /feed URL$/ }).first().innerText()).trim();
    const old = await field.inputValue();
    expect((await fetch(old)).status).toBe(200);

    await panel().getByRole("button", { name: `Revoke ${label}` }).first().click();
    const confirm = panel().getByRole("button", { name: "Revoke and issue a new URL" });
    await confirm.waitFor();
    await panel().getByRole("button", { name: "Cancel", exact: true }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await field.inputValue()).toBe(old);
    expect((await fetch(old)).status).toBe(200);

    await panel().getByRole("button", { name: `Revoke ${label}` }).first().click();
    await ui.page.screenshot({ path: REVOKE_SCREENSHOT });
    await confirm.click();
    await expect.poll(() => field.inputValue(), { timeout: 20_000 }).not.toBe(old);
    const fresh = await field.inputValue();
    const token = fresh.split("/feeds/")[1];
    expect(await stack.db.feedToken.count({ where: { shop: stack.shop, token } })).toBe(1);
    expect((await fetch(old)).status).toBe(404);
    expect((await fetch(fresh)).status).toBe(200);
    await expect.poll(() => confirm.count()).toBe(0);
    const toasts = await ui.page.evaluate(() => (window as unknown as { __appBridgeStub: { toasts: { message: string }[] } }).__appBridgeStub.toasts);
    expect(toasts.map((t) => t.message)).toEqual([`New ${label} issued`]);
  });
});
