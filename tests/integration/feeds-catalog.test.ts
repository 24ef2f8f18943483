import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelId } from "~/channels/channel-adapter";
import { getChannelAdapter } from "~/channels/registry";
import { parseCsv } from "../channels/csv";
import { channelTable } from "../channels/spec-tables";
import { freshDatabase, testSql } from "../support/db";
import { startStack, type Stack } from "../support/stack";

// A realistic generated catalog of 1,000 products, read by the built app from the emulator:
// every channel's feed for every market, as served, is valid against the channel's spec table;
// products broken on purpose are left out (or lose the bad value) with the right issue codes.

let stack: Stack;
const broken: Record<string, { productId: string; variantIds: string[] }> = {};
const numeric = (gid: string) => gid.split("/").pop()!;

function xmlItems(xml: string): Record<string, string>[] {
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body]) => {
    const item: Record<string, string> = {};
    for (const [, name, value] of body.matchAll(/<g:(\w+)>([\s\S]*?)<\/g:\1>/g)) item[name] = item[name] ? `${item[name]},${unescape(value)}` : unescape(value);
    return item;
  });
}

function tableItems(text: string, delimiter: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, delimiter);
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

beforeAll(async () => {
  stack = await startStack({ databaseUrl: freshDatabase().url });
  stack.emu.loadGenerated(stack.shop, { products: 1000, seed: 42 });
  const shop = stack.emu.shop(stack.shop);
  const active = shop.products().filter((p) => p.status === "ACTIVE" && p.media.length > 0 && p.variants.every((v) => !v.barcode));
  const [noImage, draft, badBarcode] = active;
  for (const media of noImage.media) shop.removeMedia(noImage.id, media.id);
  for (const v of noImage.variants) shop.updateVariant(v.id, { image: null });
  shop.updateProduct(draft.id, { status: "DRAFT" });
  shop.updateVariant(badBarcode.variants[0].id, { barcode: "4006381333932" }); // check digit off by one
  for (const [name, p] of Object.entries({ noImage, draft, badBarcode })) broken[name] = { productId: p.id, variantIds: shop.product(p.id)!.variants.map((v) => v.id) };
  await stack.install();
  expect((await stack.waitForSync(0, 180_000)).status).toBe("completed");
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe("feeds from a realistic 1,000-product catalog", () => {
  it("serves five valid feeds per market, checked against the channels' spec tables", { timeout: 120_000 }, async () => {
    const tokens = await stack.db.feedToken.findMany({ where: { shop: stack.shop } });
    const markets = await stack.db.shopMarket.count({ where: { shop: stack.shop, enabled: true } });
    let checkedFeeds = 0;
    for (const t of tokens) {
      const adapter = getChannelAdapter(t.channel)!;
      if (t.format !== adapter.formats[0]) continue; // each channel's primary format
      if (t.market.startsWith("@")) {
        // A Meta override feed: one row per item and country (or language), never twice.
        const rows = tableItems(await (await fetch(`${stack.app.url}/feeds/${t.token}`)).text(), ",");
        if (t.market === "@countries") expect(rows.length, t.market).toBeGreaterThan(0);
        expect(new Set(rows.map((r) => `${r.id}|${r.override}`)).size, `${t.market} keys`).toBe(rows.length);
        continue;
      }
      const table = channelTable(t.channel as ChannelId);
      const body = await (await fetch(`${stack.app.url}/feeds/${t.token}`)).text();
      const items = t.format === "xml" ? xmlItems(body) : tableItems(body, t.format === "tsv" ? "\t" : ",");
      expect(items.length, `${t.channel}/${t.market}`).toBeGreaterThan(1000);
      const keys = new Set(items.map((i) => i[adapter.keyField]));
      expect(keys.size, `${t.channel}/${t.market} keys`).toBe(items.length);
      // Problems are collected and compared once: an expect per field of 100k items is too slow.
      const problems: string[] = [];
      for (const item of items) {
        const at = `${t.channel}/${t.market} ${item[adapter.keyField]}`;
        for (const [field, spec] of Object.entries(table.fields)) {
          const value = item[field] ?? "";
          if (spec.required && !value) problems.push(`${at}: ${field} is empty`);
          if (!value) continue;
          if (spec.maxChars !== undefined) {
            for (const entry of spec.list ? value.split(",") : [value]) if (Array.from(entry).length > spec.maxChars) problems.push(`${at}: ${field} over ${spec.maxChars}`);
          }
          if (spec.allowed && !spec.allowed.includes(table.normalizeEnum(value))) problems.push(`${at}: ${field}=${value} not allowed`);
        }
        if (table.oneOf && !table.oneOf.some((f) => item[f])) problems.push(`${at}: none of ${table.oneOf.join("/")}`);
      }
      expect(problems.slice(0, 10)).toEqual([]);
      // The products broken on purpose: no image or not active → left out; a bad barcode → no gtin.
      for (const name of ["noImage", "draft"]) for (const v of broken[name].variantIds) expect(keys.has(numeric(v)), `${t.channel} ${name}`).toBe(false);
      const withBadBarcode = items.find((i) => i[adapter.keyField] === numeric(broken.badBarcode.variantIds[0]));
      expect(withBadBarcode, `${t.channel} keeps the item with a bad barcode`).toBeDefined();
      expect(withBadBarcode!.gtin ?? "").toBe("");
      checkedFeeds++;
    }
    expect(checkedFeeds).toBe(5 * markets);
  });

  it("reports the broken products under the right issue codes", async () => {
    const { feedReport } = await import("~/services/feeds/feeds.server");
    const sql = testSql(stack.databaseUrl);
    try {
      for (const t of await stack.db.feedToken.findMany({ where: { shop: stack.shop, market: "eu" } })) {
        const report = (await feedReport({ db: stack.db, sql }, t.token))!;
        expect(report.issues.missing_image, t.channel).toBeGreaterThanOrEqual(broken.noImage.variantIds.length);
        // Drafts never reach a channel: the default rules publish active products only.
        expect(report.excludedByRules.excluded_status, t.channel).toBeGreaterThanOrEqual(broken.draft.variantIds.length);
        expect(report.issues.invalid_gtin, t.channel).toBeGreaterThanOrEqual(1);
        const byRules = Object.values(report.excludedByRules).reduce((a, b) => a + b, 0);
        expect(report.items + report.excluded + byRules).toBe(await stack.db.catalogVariant.count({ where: { shop: stack.shop } }));
      }
    } finally {
      await sql.close();
    }
  });
});
