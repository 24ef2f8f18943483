import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { FeedVariant } from "~/channels/channel-adapter";
import { getChannelAdapter } from "~/channels/registry";
import { assembleFeedVariants } from "~/core/feeds/assemble";
import { parseRules, type FeedRules } from "~/core/feeds/rules";
import { productPages } from "~/persistence/feed-rows.server";
import type { Sql } from "~/persistence/sql/port";
import { feedMarkets, saveFeedRules, type FeedDeps } from "./feeds.server";
import { feedsOverview, type FeedsOverview } from "./overview.server";

// The Feeds page's editing side: the rules editor's data (the channel's rules, what the catalog
// offers to pick from, one real product for the title preview), the form's validation (zod,
// messages per field, nothing saved on an error), and revoking a feed URL (a new token in place
// of the old one: the old URL answers 404 at once).

/** Values offered per list (a catalog can have thousands of tags; the merchant can type others). */
const MAX_CHOICES = 500;
const STATUSES = ["ACTIVE", "DRAFT", "ARCHIVED"] as const;
const CONDITION_FIELDS = ["collection", "tag", "vendor", "productType"] as const;
const PRODUCT_GID = /^gid:\/\/shopify\/Product\/\d+$/;

/** What rules.ts fills in a title template or a custom label, for the merchant. */
export const PLACEHOLDERS = [
  { token: "{title}", meaning: "the product title (translated for the market)" },
  { token: "{vendor}", meaning: "the vendor" },
  { token: "{product_type}", meaning: "the product type" },
  { token: "{variant}", meaning: "the variant title, e.g. “Red / M” (empty for a single variant)" },
  { token: "{collection}", meaning: "the product's first collection" },
  { token: "{option:Color}", meaning: "the value of an option, by its name" },
] as const;
const KNOWN_PLACEHOLDER = /^(title|vendor|product_type|variant|collection|option:[^{}]+)$/;

// ---------------------------------------------------------------------------------------------
// Validation

/** A template's unknown placeholders ("{price}") or a problem with its braces; null when fine. */
export function templateProblem(template: string): string | null {
  if (/[{}]/.test(template.replace(/\{[^{}]*\}/g, ""))) return "Every { needs a matching }";
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((name) => !KNOWN_PLACEHOLDER.test(name));
  if (unknown.length > 0) return `Unknown placeholder ${unknown.map((n) => `{${n}}`).join(", ")}: use ${PLACEHOLDERS.map((p) => p.token).join(" ")}`;
  return null;
}

const text = (what: string, max: number) =>
  z.string({ error: `${what} is missing` }).trim().min(1, `${what} cannot be empty`).max(max, `${what} can have at most ${max} characters`);
const template = (what: string, max: number) =>
  text(what, max).superRefine((value, ctx) => {
    const problem = templateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const condition = z.object({ field: z.enum(CONDITION_FIELDS, { error: "Pick collection, tag, vendor or product type" }), value: text("The value", 255) });

/** The editor's rules for a shop whose enabled markets are `marketHandles`. */
export function rulesSchema(marketHandles: string[]) {
  return z
    .object({
      markets: z
        .array(z.string().refine((h) => marketHandles.includes(h), { error: (issue) => `${String(issue.input)} is not one of your markets` }))
        .min(1, "Pick at least one market, or publish in all markets")
        .nullable(),
      include: z.array(condition).max(MAX_CHOICES),
      exclude: z.array(condition).max(MAX_CHOICES),
      statuses: z.array(z.enum(STATUSES)).min(1, "Pick at least one product status"),
      excludeOutOfStock: z.boolean(),
      titleTemplate: template("The title template", 300).nullable(),
      customLabels: z
        .array(z.object({ index: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), value: template("The label", 100), when: condition.optional() }))
        .max(5)
        .superRefine((labels, ctx) => {
          labels.forEach((label, i) => {
            if (labels.findIndex((l) => l.index === label.index) !== i) ctx.addIssue({ code: "custom", path: [i, "value"], message: `Custom label ${label.index} is set twice` });
          });
        }),
      overrides: z.record(
        z.string().regex(PRODUCT_GID, "Not a product"),
        z.object({
          exclude: z.boolean().optional(),
          title: text("The title", 150).optional(),
          description: text("The description", 5000).optional(),
          customLabels: z.array(z.string().trim().max(100, "A label can have at most 100 characters")).max(5).optional(),
        }),
      ),
    })
    .transform((rules): FeedRules => ({
      ...rules,
      include: dedupe(rules.include),
      exclude: dedupe(rules.exclude),
      // An override that changes nothing is not kept.
      overrides: Object.fromEntries(Object.entries(rules.overrides).filter(([, o]) => o.exclude || o.title || o.description || o.customLabels?.some(Boolean))),
    }));
}

function dedupe(conditions: FeedRules["include"]): FeedRules["include"] {
  const seen = new Set<string>();
  return conditions.filter((c) => {
    const key = `${c.field}:${c.value.toLowerCase()}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Field path ("titleTemplate", "include.2.value", "overrides.gid://….title") → its first message. */
export type FieldErrors = Record<string, string>;

function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save-rules"), channel: z.string(), rules: z.string() }),
  z.object({ intent: z.literal("revoke"), channel: z.string(), market: z.string(), format: z.string() }),
  z.object({ intent: z.literal("find-products"), query: z.string().trim().max(100) }),
]);
export type FeedsAction = z.infer<typeof actionSchema>;

/** The page's form data → an action, or null when it is not one of the page's forms. */
export function parseFeedsAction(form: FormData): FeedsAction | null {
  const parsed = actionSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  return parsed.success ? parsed.data : null;
}

// ---------------------------------------------------------------------------------------------
// Use cases

export type SaveRulesResult = { ok: true; rules: FeedRules } | { ok: false; errors: FieldErrors };

/** Validates the editor's rules (JSON) for `channel` and saves them; on any error nothing is saved. */
export async function saveRulesFromForm(db: PrismaClient, shop: string, channel: string, json: string): Promise<SaveRulesResult> {
  if (!getChannelAdapter(channel)) return { ok: false, errors: { form: `Unknown channel ${channel}` } };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, errors: { form: "The rules could not be read: reload the page and try again" } };
  }
  const handles = (await feedMarkets(db, shop)).map((m) => m.handle);
  const parsed = rulesSchema(handles).safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  await saveFeedRules(db, shop, channel, parsed.data);
  return { ok: true, rules: parsed.data };
}

/**
 * Revokes the URL of one channel × market × format and issues a new one. The token is the row's
 * key and (shop, channel, market, format) is unique, so the row gets a new token in place: the
 * old token no longer exists (404), the new one serves the same feed. Null when there is no such URL.
 */
export async function rotateFeedToken(db: PrismaClient, shop: string, target: { channel: string; market: string; format: string }): Promise<string | null> {
  const where = { shop_channel_market_format: { shop, channel: target.channel, market: target.market, format: target.format } };
  if (!(await db.feedToken.findUnique({ where }))) return null;
  const row = await db.feedToken.update({ where, data: { token: randomBytes(24).toString("base64url"), createdAt: new Date(), revokedAt: null } });
  return row.token;
}

export interface ProductChoice {
  id: string;
  title: string;
}

/**
 * Products whose title contains `query` (for per-product overrides), ten at most. Letters' case
 * does not matter (ASCII on SQLite, all letters on PostgreSQL); `%` and `_` are taken as typed.
 */
export async function findProducts(sql: Sql, shop: string, query: string): Promise<ProductChoice[]> {
  if (!query) return [];
  const pattern = `%${query.replace(/[\\%_]/g, "\\$&")}%`;
  return sql.all<ProductChoice>(
    `SELECT "id", "title" FROM "CatalogProduct" WHERE "shop" = ? AND lower("title") LIKE lower(?) ESCAPE '\\' ORDER BY "title", "id" LIMIT 10`,
    [shop, pattern],
  );
}

export type FeedsActionResult =
  | { intent: "save-rules"; ok: true }
  | { intent: "save-rules"; ok: false; errors: FieldErrors }
  | { intent: "revoke"; ok: boolean; url?: string }
  | { intent: "find-products"; ok: true; products: ProductChoice[] };

/** One of the page's forms, run for `shop`. */
export async function runFeedsAction(deps: FeedDeps, input: { shop: string; appUrl: string }, action: FeedsAction): Promise<FeedsActionResult> {
  switch (action.intent) {
    case "save-rules": {
      const result = await saveRulesFromForm(deps.db, input.shop, action.channel, action.rules);
      return result.ok ? { intent: "save-rules", ok: true } : { intent: "save-rules", ok: false, errors: result.errors };
    }
    case "revoke": {
      const token = await rotateFeedToken(deps.db, input.shop, { channel: action.channel, market: action.market, format: action.format });
      return token ? { intent: "revoke", ok: true, url: `${input.appUrl.replace(/\/+$/, "")}/feeds/${token}` } : { intent: "revoke", ok: false };
    }
    case "find-products":
      return { intent: "find-products", ok: true, products: await findProducts(deps.sql, input.shop, action.query) };
  }
}

// ---------------------------------------------------------------------------------------------
// The editor's data

export interface RuleChoices {
  collections: string[];
  tags: string[];
  vendors: string[];
  productTypes: string[];
}

export interface RulesEditorData {
  rules: FeedRules;
  choices: RuleChoices;
  sample: FeedVariant | null;
  placeholders: typeof PLACEHOLDERS;
  /** Titles of the products the rules override, by gid. */
  overrideTitles: Record<string, string>;
}

/**
 * The first `MAX_CHOICES` values in case-blind order (ASCII letters folded, as SQLite's NOCASE;
 * then byte order), sorted here so both databases list them alike; empty values left out.
 */
export function choiceList(values: Iterable<string>): string[] {
  const keyed = [...new Set(values)].map((value) => ({ value, folded: Buffer.from(value.replace(/[A-Z]+/g, (l) => l.toLowerCase())), raw: Buffer.from(value) }));
  keyed.sort((a, b) => Buffer.compare(a.folded, b.folded) || Buffer.compare(a.raw, b.raw));
  return keyed.slice(0, MAX_CHOICES).map((k) => k.value).filter(Boolean);
}

async function ruleChoices(sql: Sql, shop: string): Promise<RuleChoices> {
  const column = async (text: string) => (await sql.rows(text, [shop])).map(([value]) => value as string);
  const [collections, tagLists, vendors, productTypes] = await Promise.all([
    column(`SELECT DISTINCT "title" FROM "CatalogProductCollection" WHERE "shop" = ?`),
    column(`SELECT DISTINCT "tags" FROM "CatalogProduct" WHERE "shop" = ?`),
    column(`SELECT DISTINCT "vendor" FROM "CatalogProduct" WHERE "shop" = ?`),
    column(`SELECT DISTINCT "productType" FROM "CatalogProduct" WHERE "shop" = ?`),
  ]);
  return {
    collections: choiceList(collections),
    tags: choiceList(tagLists.flatMap((tags) => JSON.parse(tags) as string[])),
    vendors: choiceList(vendors),
    productTypes: choiceList(productTypes),
  };
}

/** The first variant of the first product with options (else the first variant), as the market sees it. */
async function sampleVariant(deps: FeedDeps, shop: string, marketHandle: string, channel: string): Promise<FeedVariant | null> {
  const [shopRow, market] = await Promise.all([deps.db.shop.findUnique({ where: { domain: shop } }), feedMarkets(deps.db, shop).then((ms) => ms.find((m) => m.handle === marketHandle))]);
  if (!shopRow || !market) return null;
  const feedShop = { domain: shop, name: shopRow.name ?? shop, storefrontUrl: shopRow.primaryDomain ?? `https://${shop}`, currency: shopRow.currencyCode ?? "USD" };
  for await (const page of productPages(deps.sql, shop, market.language)) {
    const variants = [...assembleFeedVariants(page, { shop: feedShop, market, channel, googleCategory: () => null })];
    const sample = variants.find((v) => v.product.status === "ACTIVE" && v.variant.title !== "Default Title") ?? variants[0];
    // The preview needs the fields placeholders read, not the description.
    return sample ? { ...sample, product: { ...sample.product, descriptionHtml: "" } } : null;
  }
  return null;
}

async function rulesEditorData(deps: FeedDeps, shop: string, channel: string, market: string): Promise<RulesEditorData> {
  const setting = await deps.db.feedSetting.findUnique({ where: { shop_channel: { shop, channel } } });
  const rules = parseRules(setting?.rules);
  const overridden = await deps.db.catalogProduct.findMany({ where: { shop, id: { in: Object.keys(rules.overrides) } }, select: { id: true, title: true }, orderBy: { id: "asc" } });
  return {
    rules,
    choices: await ruleChoices(deps.sql, shop),
    sample: await sampleVariant(deps, shop, market, channel),
    placeholders: PLACEHOLDERS,
    overrideTitles: Object.fromEntries(overridden.map((p) => [p.id, p.title])),
  };
}

export type FeedsPage = Extract<FeedsOverview, { state: "not-read" }> | (Extract<FeedsOverview, { state: "ready" }> & { editor: RulesEditorData });

/** Everything the Feeds page shows: the overview of a channel and market, and its rules editor. */
export async function feedsPage(deps: FeedDeps, input: { shop: string; appUrl: string; channel?: string | null; market?: string | null }): Promise<FeedsPage> {
  const overview = await feedsOverview(deps, input);
  if (overview.state !== "ready") return overview;
  return { ...overview, editor: await rulesEditorData(deps, input.shop, overview.channel.id, overview.market.handle) };
}
