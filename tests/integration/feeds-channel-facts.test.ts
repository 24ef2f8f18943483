import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel } from "~/services/connections/connections.server";
import { parseKeyRing } from "~/services/connections/sealing.server";
import { parseCsv } from "../channels/csv";
import { freshDatabase } from "../support/db";
import { TEST_CREDENTIALS_KEYS } from "../support/env";
import { META } from "../support/order-stack";
import { startStack, waitFor, type Stack } from "../support/stack";

// What the Meta feed says about stock and attributes follows the shop: a metafield set in Shopify
// reaches the item, and the channel's safety buffer gives the same sellable quantity stock pushes send.

let stack: Stack;

async function metaFeed(): Promise<{ etag: string; rows: Record<string, string>[] }> {
  const market = (await stack.db.shopMarket.findFirstOrThrow({ where: { shop: stack.shop }, orderBy: { handle: "asc" } })).handle;
  const token = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "meta", market, format: "csv" } });
  const response = await fetch(`${stack.app.url}/feeds/${token.token}`);
  const [header, ...rows] = parseCsv(await response.text(), ",");
  return { etag: response.headers.get("etag")!, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

beforeAll(async () => {
  stack = await startStack({ databaseUrl: freshDatabase().url });
  stack.emu.loadGenerated(stack.shop, { products: 30, seed: 8 });
  await stack.install();
  expect((await stack.waitForSync()).status).toBe("completed");
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe("Meta feed facts", () => {
  it("a gender metafield (mm-google-shopping) set in Shopify reaches the product's items", async () => {
    const variant = await stack.db.catalogVariant.findFirstOrThrow({ where: { shop: stack.shop }, orderBy: { id: "asc" } });
    stack.emu.shop(stack.shop).setMetafield(variant.productId, "mm-google-shopping", "gender", "Female");
    const id = variant.id.slice(variant.id.lastIndexOf("/") + 1);
    await waitFor(async () => (await metaFeed()).rows.find((r) => r.id === id)?.gender === "female", 10_000, "the gender in the feed");
  });

  it("quantity_to_sell_on_facebook is the stock after the channel's buffer, and the ETag moves with the buffer", async () => {
    const before = await metaFeed();
    const denyRows = await stack.db.catalogVariant.findMany({ where: { shop: stack.shop, inventoryPolicy: "DENY", tracked: true, inventoryQuantity: { gt: 3 } } });
    const v = denyRows[0];
    const id = v.id.slice(v.id.lastIndexOf("/") + 1);
    const row = before.rows.find((r) => r.id === id);
    if (row) expect(row.quantity_to_sell_on_facebook).toBe(String(v.inventoryQuantity));
    const { cmsId, ...credentials } = META;
    await connectChannel(stack.db, stack.shop, { channel: "meta", externalShopId: cmsId, credentials, buffer: { units: 3, percent: 0 } }, parseKeyRing(TEST_CREDENTIALS_KEYS));
    const after = await metaFeed();
    expect(after.etag).not.toBe(before.etag);
    for (const r of after.rows) {
      const variant = denyRows.find((d) => d.id.endsWith(`/${r.id}`));
      if (variant) expect(r.quantity_to_sell_on_facebook).toBe(String(variant.inventoryQuantity - 3));
    }
    expect(after.rows.some((r) => denyRows.some((d) => d.id.endsWith(`/${r.id}`)))).toBe(true);
  });
});

describe("Meta override feeds", () => {
  async function overrideFeed(handle: string) {
    const token = await stack.db.feedToken.findFirstOrThrow({ where: { shop: stack.shop, channel: "meta", market: handle } });
    const response = await fetch(`${stack.app.url}/feeds/${token.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeTruthy();
    const [header, ...rows] = parseCsv(await response.text(), ",");
    return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
  }

  it("a country override feed carries each item's price and availability for every country of every market", async () => {
    const markets = await stack.db.shopMarket.findMany({ where: { shop: stack.shop, enabled: true } });
    const { header, rows } = await overrideFeed("@countries");
    expect(header).toEqual(["id", "override", "price", "sale_price", "availability", "quantity_to_sell_on_facebook"]);
    for (const m of markets) {
      const countries = JSON.parse(m.countries) as string[];
      for (const country of countries) {
        const here = rows.filter((r) => r.override === country);
        expect(here.length, country).toBeGreaterThan(0);
        for (const r of here) expect(r.price.endsWith(` ${m.currency}`), `${country} ${r.price}`).toBe(true);
      }
    }
  });

  it("a language override feed carries translated text for each language but the primary one", async () => {
    const primary = (await stack.db.shopLocale.findFirstOrThrow({ where: { shop: stack.shop, primary: true } })).locale;
    const { header, rows } = await overrideFeed("@languages");
    expect(header).toEqual(["id", "override", "title", "description", "link"]);
    expect(rows.every((r) => /^[a-z]{2,3}_[A-Z]{2}$/.test(r.override) && !r.override.startsWith(`${primary}_`))).toBe(true);
    const translations = await stack.db.catalogTranslation.count({ where: { shop: stack.shop, key: "title" } });
    if (translations > 0) expect(rows.length).toBeGreaterThan(0);
  });
});
