// The contract every registered channel must pass before it counts (DESIGN.md, "The channel adapter").
// Limits, required fields and allowed values come from the reference tables at test time
// (spec-tables.ts), not only from the adapters' own constants.

import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import type { FeedFormat, FeedItem, FeedVariant } from "~/channels/channel-adapter";
import { channelAdapters, channelAdaptersById, getChannelAdapter } from "~/channels/registry";
import { isValidGtin } from "~/channels/shared/gtin";
import { serialize, serializeToString } from "~/channels/shared/serialize";
import { parseCsv } from "./csv";
import { anonymousVariant, brokenVariants, goodVariants } from "./fixtures";
import { channelTable } from "./spec-tables";
import { xmlProblems } from "./xml-check";

const codePoints = (s: string) => Array.from(s).length;
const numeric = (gid: string) => gid.split("/").pop()!;
const PRICE = /^(\d+)(?:\.(\d+))? ([A-Z]{3})$/;

async function* stream(items: FeedItem[]): AsyncIterable<FeedItem> {
  for (const item of items) yield item;
}

describe("registry", () => {
  it("lists the five channels, by id too", () => {
    expect(channelAdapters.map((a) => a.id).sort()).toEqual(["google", "meta", "pinterest", "snapchat", "tiktok"]);
    for (const adapter of channelAdapters) expect(channelAdaptersById[adapter.id]).toBe(adapter);
    expect(getChannelAdapter("tiktok")?.keyField).toBe("sku_id");
    expect(getChannelAdapter("toString")).toBeNull();
  });
});

describe.each(channelAdapters.map((a) => [a.id, a] as const))("channel %s", (id, adapter) => {
  const table = channelTable(id);
  const good = goodVariants();
  const mapped = Object.entries(good).map(([name, variant]) => ({ name, variant, result: adapter.map(variant) }));
  const items = mapped.map((m) => m.result.item).filter((item): item is FeedItem => item !== null);

  it("reads a non-trivial table from the reference", () => {
    const required = Object.entries(table.fields).filter(([, f]) => f.required).map(([n]) => n);
    expect(required).toEqual(expect.arrayContaining(["title", "price", "link", "image_link", adapter.keyField]));
    expect(Object.values(table.fields).filter((f) => f.maxChars !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(table.fields.availability?.allowed?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it("declares its key, columns and formats", () => {
    expect(adapter.columns).toContain(adapter.keyField);
    expect(new Set(adapter.columns).size).toBe(adapter.columns.length);
    for (const [name, spec] of Object.entries(table.fields)) if (spec.required) expect(adapter.columns, name).toContain(name);
    expect(adapter.formats.length).toBeGreaterThan(0);
  });

  it("emits one item per good variant, keyed by the variant id, grouped by the product id", () => {
    for (const { name, variant, result } of mapped) {
      expect(result.issues.filter((i) => i.severity === "error"), name).toEqual([]);
      const item = result.item!;
      expect(Object.keys(item).sort()).toEqual([...adapter.columns].sort());
      expect(item[adapter.keyField]).toBe(numeric(variant.variant.id));
      expect(item.item_group_id).toBe(numeric(variant.product.id));
      expect(item.item_group_id).not.toBe(item[adapter.keyField]);
    }
    const keys = items.map((item) => item[adapter.keyField]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("fills every required field of the channel's table", () => {
    for (const item of items) {
      for (const [name, spec] of Object.entries(table.fields)) if (spec.required) expect(item[name], `${name} in ${item[adapter.keyField]}`).not.toBe("");
      if (table.oneOf) expect(table.oneOf.some((name) => item[name])).toBe(true);
    }
  });

  it("keeps every value within the table's maximum length (code points)", () => {
    let checked = 0;
    for (const item of items) {
      for (const [name, spec] of Object.entries(table.fields)) {
        const value = item[name];
        if (!value || spec.maxChars === undefined) continue;
        const entries = spec.list ? value.split(",") : [value];
        for (const entry of entries) expect(codePoints(entry), `${name} of ${item[adapter.keyField]}`).toBeLessThanOrEqual(spec.maxChars);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(items.length);
  });

  it("uses only allowed values for enumerated fields", () => {
    for (const item of items) {
      for (const [name, spec] of Object.entries(table.fields)) {
        const value = item[name];
        if (!value || !spec.allowed) continue;
        expect(spec.allowed, `${name}=${value}`).toContain(table.normalizeEnum(value));
      }
      expect(item.condition).toBe("new");
    }
  });

  it("writes prices in the market currency with its decimals, sale below price", () => {
    for (const { variant, result } of mapped) {
      const item = result.item!;
      const price = PRICE.exec(item.price);
      expect(price, item.price).not.toBeNull();
      expect(price![3]).toBe(variant.market.currency);
      const decimals = variant.market.currency === "JPY" || variant.market.currency === "HUF" ? undefined : 2;
      expect(price![2]?.length).toBe(decimals);
      if (item.sale_price) {
        const sale = PRICE.exec(item.sale_price)!;
        expect(sale[3]).toBe(variant.market.currency);
        expect(Number(item.sale_price.split(" ")[0])).toBeLessThan(Number(item.price.split(" ")[0]));
      }
    }
    const redM = mapped.find((m) => m.name === "redM")!.result.item!;
    expect([redM.price, redM.sale_price]).toEqual(["35.00 USD", "25.00 USD"]);
    const japan = mapped.find((m) => m.name === "japan")!.result.item!;
    expect([japan.price, japan.sale_price]).toEqual(["15000 JPY", "12000 JPY"]);
    const german = mapped.find((m) => m.name === "german")!.result.item!;
    expect([german.price, german.sale_price]).toEqual(["79.95 EUR", ""]);
  });

  it("writes plain-text descriptions, variant links with UTM, valid GTINs only", () => {
    for (const { variant, result } of mapped) {
      const item = result.item!;
      expect(item.description).not.toMatch(/<[a-z/][^>]*>|&[a-z]+;|&#/i);
      const link = new URL(item.link);
      expect(link.protocol).toBe("https:");
      expect(link.searchParams.get("variant")).toBe(numeric(variant.variant.id));
      expect(link.searchParams.get("utm_source")).toBe(variant.utm.source);
      expect(item.image_link).toMatch(/^https:\/\//);
      if (item.gtin) expect(isValidGtin(item.gtin)).toBe(true);
    }
    const japan = mapped.find((m) => m.name === "japan")!;
    expect(japan.result.item!.description).toBe("Le café crème – 100 % coton “premium” — 日本製");
    expect(new URL(japan.result.item!.link).pathname).toBe("/products/kafe-jaketto");
  });

  it("warns about an invalid barcode and leaves it out", () => {
    const japan = mapped.find((m) => m.name === "japan")!.result;
    expect(japan.item!.gtin).toBe("");
    expect(japan.issues).toContainEqual(expect.objectContaining({ code: "invalid_gtin", severity: "warning", message: "barcode 12345 is not a valid GTIN" }));
  });

  it("cuts long titles and descriptions at a word boundary, with a warning", () => {
    const long = mapped.find((m) => m.name === "longText")!.result;
    const item = long.item!;
    const source = good.longText.product.title;
    expect(source.startsWith(item.title)).toBe(true);
    expect(source[item.title.length]).toBe(" ");
    expect(item.description).toMatch(/[a-z]$/);
    expect(long.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["title_too_long", "description_too_long"]));
  });

  it("maps stock: in stock, out of stock, and CONTINUE at zero as the channel's orderable value", () => {
    const availability = (name: string) => table.normalizeEnum(mapped.find((m) => m.name === name)!.result.item!.availability);
    expect(availability("redM")).toBe(table.normalizeEnum(id === "google" ? "in_stock" : "in stock"));
    expect(availability("hungary")).toBe(availability("redM")); // untracked
    expect(availability("blueL")).toBe(table.normalizeEnum(id === "google" ? "out_of_stock" : "out of stock"));
    expect(availability("japan")).not.toBe(availability("blueL"));
  });

  it("carries variant attributes, category, labels and images", () => {
    const german = mapped.find((m) => m.name === "german")!.result.item!;
    expect([german.color, german.size, german.gender, german.pattern]).toEqual(["Dunkelgrün", "S", "female", "Zopfmuster"]);
    expect(german.title).toBe("Strickpullover - Dunkelgrün / S");
    const redM = mapped.find((m) => m.name === "redM")!.result.item!;
    expect(redM.google_product_category).toBe("212");
    expect(redM.custom_label_0).toBe("bestseller");
    expect(redM.brand).toBe("Northwind");
    expect(redM.mpn).toBe("TEE-RED-M");
    expect(redM.additional_image_link.split(",")).toHaveLength(2);
    const blueL = mapped.find((m) => m.name === "blueL")!.result.item!;
    expect(blueL.image_link).toContain("tee-blue");
    expect(blueL.additional_image_link).not.toContain("tee-blue");
    expect(mapped.find((m) => m.name === "hungary")!.result.item!.title).toBe("Paprika Mug");
  });

  it.each(Object.entries(brokenVariants()))("leaves out a broken variant (%s) with its issue code", (_name, { variant, code }) => {
    const result = adapter.map(variant);
    expect(result.item).toBeNull();
    const found = result.issues.find((i) => i.code === code);
    expect(found?.severity).toBe("error");
    expect(found?.fix.length).toBeGreaterThan(0);
    if (code === "missing_image") expect(found).toMatchObject({ field: "image_link", fix: "Add an image to the product or to this variant" });
  });

  it("rejects an item without brand where the channel needs one (Snapchat: brand, gtin or mpn)", () => {
    const result = adapter.map(anonymousVariant());
    const required = table.fields.brand?.required || table.oneOf !== undefined;
    expect(result.item === null).toBe(required);
    if (table.fields.brand?.required) expect(result.issues.map((i) => i.code)).toContain("missing_brand");
    if (table.oneOf) expect(result.issues.map((i) => i.code)).toContain("missing_identifier");
  });

  it.each(adapter.formats.map((f) => [f]))("round-trips through %s", async (format: FeedFormat) => {
    const chunks: string[] = [];
    for await (const chunk of serialize(format, adapter.columns, stream(items), { listFields: adapter.listFields, channel: { title: "Demo & Co <Shop>", link: "https://demo-shop.example.com" } })) chunks.push(chunk);
    // Streaming: one chunk per item, plus the header (CSV/TSV) or the opening and closing (XML).
    expect(chunks.length).toBe(items.length + (format === "xml" ? 2 : 1));
    const text = chunks.join("");
    if (format === "xml") {
      expect(xmlProblems(text)).toEqual([]);
      const doc = create(text);
      const channel = doc.root().find((n) => n.node.nodeName === "channel", false, true)!;
      const parsed = channel.filter((n) => n.node.nodeName === "item").map((n) => {
        const out: Record<string, string> = {};
        for (const child of n.node.childNodes) {
          if (child.nodeType !== 1) continue;
          const name = (child as unknown as { localName: string }).localName;
          out[name] = out[name] ? `${out[name]},${child.textContent}` : (child.textContent ?? "");
        }
        return out;
      });
      expect(parsed).toEqual(items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== ""))));
    } else {
      const rows = parseCsv(text, format === "tsv" ? "\t" : ",");
      expect(rows[0]).toEqual([...adapter.columns]);
      const back = rows.slice(1).map((r) => Object.fromEntries(adapter.columns.map((c, i) => [c, r[i]])));
      const expected = format === "tsv" ? items.map((item) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v.replace(/[\t\r\n]+/g, " ")]))) : items;
      expect(back).toEqual(expected);
    }
  });

  it("is pure: the same variant maps to the same item", () => {
    const variant: FeedVariant = goodVariants().redM;
    expect(adapter.map(variant)).toEqual(adapter.map(structuredClone(variant)));
  });
});

describe("serializeToString", () => {
  it("collects a stream", async () => {
    expect(await serializeToString("csv", ["id"], [{ id: "1" }])).toBe("id\n1\n");
  });
});
