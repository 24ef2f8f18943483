// The channels' published limits, read at test time from ../shared/reference (not from the
// adapters' constants), so a wrong constant in an adapter cannot hide behind itself.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv";
import type { ChannelId } from "~/channels/channel-adapter";

/** ../shared/reference beside the repository (CI clones the repository with shared/ beside it). */
export const REFERENCE_DIR = process.env.CHANNEL_REFERENCE_DIR ?? join(import.meta.dirname, "../../../shared/reference");
const REF = REFERENCE_DIR;

export interface TableField {
  required: boolean;
  maxChars?: number;
  /** Allowed values; compare with `normalize` applied to the value. */
  allowed?: string[];
  /** The value is a list of entries (max applies to each entry). */
  list?: boolean;
}

export interface ChannelTable {
  fields: Record<string, TableField>;
  normalizeEnum: (value: string) => string;
  /** The one-of rule: at least one of these fields is non-empty. */
  oneOf?: string[];
}

function rows(file: string): Record<string, string>[] {
  const [header, ...data] = parseCsv(readFileSync(`${REF}/channels/${file}`, "utf8"));
  return data.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

function field(fields: Record<string, TableField>, name: string): TableField {
  return (fields[name] ??= { required: false });
}

function expandName(name: string): string[] {
  const range = /^(\w+?)_(\d)\.\.(\w+?)_(\d)$/.exec(name);
  if (!range) return [name];
  const out: string[] = [];
  for (let i = Number(range[2]); i <= Number(range[4]); i++) out.push(`${range[1]}_${i}`);
  return out;
}

function metaTable(): ChannelTable {
  const fields: Record<string, TableField> = {};
  for (const r of rows("meta-feed-fields.csv")) {
    for (const name of expandName(r.field)) {
      const f = field(fields, name);
      f.required = /^required\b/.test(r.required) && !/^required for\b/.test(r.required);
      if (/^\d+$/.test(r.max_chars)) f.maxChars = Number(r.max_chars);
      if (r.allowed_values && r.type === "string") f.allowed = r.allowed_values.split("|");
    }
  }
  return { fields, normalizeEnum: (v) => v };
}

function pinterestTable(): ChannelTable {
  const fields: Record<string, TableField> = {};
  for (const r of rows("pinterest-item-attributes.csv")) {
    const f = field(fields, r.field);
    // nullable False = required; the app deep links are API-only (feeds never carry them).
    f.required = r.nullable === "False" && !/deep_link$/.test(r.field);
    if (/^\d+$/.test(r.max_chars)) f.maxChars = Number(r.max_chars);
    if (r.allowed_values) f.allowed = r.allowed_values.split("|").map((v) => v.toLowerCase());
    f.list = r.type === "array";
  }
  return { fields, normalizeEnum: (v) => v.toLowerCase() };
}

/** "- Google: id ≤ 50, title ≤ 150, …" lines of the reference README. */
function readmeLimits(channel: string): Record<string, number> {
  const readme = readFileSync(`${REF}/README.md`, "utf8");
  const line = readme.split("\n").find((l) => l.startsWith(`- ${channel}:`) && l.includes("≤")) ?? "";
  const out: Record<string, number> = {};
  for (const m of line.matchAll(/([\w/]+) ≤ ([\d,]+)/g)) for (const name of m[1].split("/")) out[name] = Number(m[2].replace(/,/g, ""));
  return out;
}

function readmeSection(start: string): string {
  const readme = readFileSync(`${REF}/README.md`, "utf8");
  const from = readme.indexOf(start);
  if (from < 0) throw new Error(`README has no "${start}"`);
  const next = readme.indexOf("\n- ", from + 1);
  return readme.slice(from, next < 0 ? undefined : next);
}

function googleTable(): ChannelTable {
  const fields: Record<string, TableField> = {};
  for (const r of rows("google-merchant-attributes.csv")) {
    if (r.enum_values) field(fields, r.field).allowed = r.enum_values.split("|");
  }
  for (const [name, max] of Object.entries(readmeLimits("Google"))) field(fields, name).maxChars = max;
  // The Merchant API proto marks everything optional; these are the product data specification's
  // required attributes for a new product (brand: all new products except media).
  for (const name of ["id", "title", "description", "link", "image_link", "availability", "price", "brand"]) field(fields, name).required = true;
  // Feed values are the enum names lower-cased ("in_stock"); the README also allows spaced forms.
  return { fields, normalizeEnum: (v) => v.toUpperCase().replace(/ /g, "_") };
}

function tiktokTable(): ChannelTable {
  const fields: Record<string, TableField> = {};
  const text = readmeSection("- TikTok catalog:");
  const required = /required fields \(([^)]*)\)/.exec(text)?.[1].split(",").map((s) => s.trim()) ?? [];
  for (const name of required) field(fields, name).required = true;
  const availability = /availability one of ([^;]*);/.exec(text)?.[1] ?? "";
  field(fields, "availability").allowed = [...availability.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  field(fields, "condition").allowed = (/condition `([^`]+)`/.exec(text)?.[1] ?? "").split("|");
  for (const [name, max] of Object.entries(readmeLimits("TikTok"))) field(fields, name).maxChars = max;
  return { fields, normalizeEnum: (v) => v };
}

function snapchatTable(): ChannelTable {
  const fields: Record<string, TableField> = {};
  const text = readmeSection("- Snapchat catalog:");
  const list = /Snapchat catalog: (.*?), and at least one of ([\w/]+)/s.exec(text);
  if (!list) throw new Error("Snapchat facts not found in the README");
  for (const name of list[1].replace(/\([^)]*\)/g, "").split(",").map((s) => s.trim())) field(fields, name).required = true;
  // "Published limits disagree (id 50 vs 128, title 150 vs 375): emit within the stricter one."
  for (const m of text.matchAll(/(\w+) (\d+) vs (\d+)/g)) field(fields, m[1]).maxChars = Math.min(Number(m[2]), Number(m[3]));
  // The README carries no value lists for Snapchat: these are from Snapchat's product catalog field
  // list (businesshelp.snapchat.com, "Product Catalog Specifications"), written here independently
  // of the adapter's constants.
  field(fields, "availability").allowed = ["in stock", "out of stock", "preorder", "discontinued", "available for order"];
  field(fields, "condition").allowed = ["new", "refurbished", "used"];
  return { fields, normalizeEnum: (v) => v, oneOf: list[2].split("/") };
}

export function channelTable(id: ChannelId): ChannelTable {
  switch (id) {
    case "meta":
      return metaTable();
    case "pinterest":
      return pinterestTable();
    case "google":
      return googleTable();
    case "tiktok":
      return tiktokTable();
    case "snapchat":
      return snapchatTable();
  }
}
