import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import type { PrismaClient } from "@prisma/client";
import { createReadableStreamFromReadable } from "@remix-run/node";
import type { ChannelAdapter, FeedFormat, FeedItem, FeedIssue, FeedVariant } from "~/channels/channel-adapter";
import { channelAdapters, getChannelAdapter } from "~/channels/registry";
import { serializeInChunks } from "~/channels/shared/serialize";
import { assembleFeedVariants, type AssembleOptions, type FeedMarket, type FeedShop } from "~/core/feeds/assemble";
import type { SafetyBuffer } from "~/core/stock";
import { metaLanguage, OVERRIDE_COLUMNS, OVERRIDE_HANDLES, overrideKindOf, overrideRow, type OverrideKind } from "~/channels/meta/overrides";
import { priceCountry } from "~/core/catalog/markets";
import { applyRules, DEFAULT_RULES, parseRules, type FeedRules } from "~/core/feeds/rules";
import { productPages, type ProductPage } from "~/persistence/feed-rows.server";
import type { Sql } from "~/persistence/sql/port";
import { googleCategoryFor } from "./google-taxonomy.server";

// Feeds: a secret URL per shop, channel, market and format, streamed from the catalog tables on
// every request (never a whole feed in memory), with an ETag that moves with the catalog. Any web
// process serves any feed: everything comes from the database (SQLite or PostgreSQL).

export interface FeedDeps {
  db: PrismaClient;
  /** The catalog's raw reads (app/persistence/sql). */
  sql: Sql;
}

/** Changes when the feed code changes what it writes, so caches refetch. */
const FEED_CODE_VERSION = 1;

const CONTENT_TYPES: Record<FeedFormat, string> = {
  csv: "text/csv; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  xml: "application/xml; charset=utf-8",
};

export async function feedMarkets(db: PrismaClient, shop: string): Promise<FeedMarket[]> {
  const [markets, primary] = await Promise.all([
    db.shopMarket.findMany({ where: { shop, enabled: true }, orderBy: { handle: "asc" } }),
    db.shopLocale.findFirst({ where: { shop, primary: true } }),
  ]);
  return markets.map((m) => {
    const countries = (JSON.parse(m.countries) as string[]).slice().sort();
    const locales = JSON.parse(m.locales) as string[];
    return { handle: m.handle, countries, currency: m.currency, language: locales[0] ?? primary?.locale ?? "en", priceCountry: priceCountry(countries) };
  });
}

/** Every channel × enabled market × format gets a URL (idempotent; existing tokens are kept). */
export async function ensureFeedTokens(db: PrismaClient, shop: string): Promise<void> {
  for (const market of await feedMarkets(db, shop)) {
    for (const adapter of channelAdapters) {
      for (const format of adapter.formats) {
        const where = { shop_channel_market_format: { shop, channel: adapter.id, market: market.handle, format } };
        if (await db.feedToken.findUnique({ where })) continue;
        await db.feedToken.create({ data: { token: randomBytes(24).toString("base64url"), shop, channel: adapter.id, market: market.handle, format } });
      }
    }
  }
  // Meta: one country and one language override feed beside the per-market feeds.
  for (const handle of Object.values(OVERRIDE_HANDLES)) {
    const where = { shop_channel_market_format: { shop, channel: "meta", market: handle, format: "csv" } };
    if (!(await db.feedToken.findUnique({ where }))) await db.feedToken.create({ data: { token: randomBytes(24).toString("base64url"), shop, channel: "meta", market: handle, format: "csv" } });
  }
}

interface FeedTarget {
  adapter: ChannelAdapter;
  rules: FeedRules;
  rulesVersion: number;
  shop: FeedShop;
  market: FeedMarket;
  format: FeedFormat;
  version: number;
  changedAt: Date | null;
  /** Meta override feeds: which kind, over which published markets, and the shop's primary language. */
  override?: { kind: OverrideKind; markets: FeedMarket[]; primaryLanguage: string };
  /** The channel connection's safety buffer (the same numbers stock pushes send), and when it last changed. */
  buffer: SafetyBuffer | undefined;
  bufferVersion: number;
}

async function resolve(db: PrismaClient, token: string): Promise<FeedTarget | null> {
  const row = await db.feedToken.findUnique({ where: { token } });
  if (!row || row.revokedAt) return null;
  const adapter = getChannelAdapter(row.channel);
  const shop = await db.shop.findUnique({ where: { domain: row.shop } });
  const markets = await feedMarkets(db, row.shop);
  const setting = await db.feedSetting.findUnique({ where: { shop_channel: { shop: row.shop, channel: row.channel } } });
  const rules = parseRules(setting?.rules);
  const published = markets.filter((m) => !rules.markets || rules.markets.includes(m.handle));
  const kind = row.channel === "meta" ? overrideKindOf(row.market) : null;
  const market = kind ? published[0] : markets.find((m) => m.handle === row.market);
  if (!adapter || !shop || !market || shop.uninstalledAt) return null;
  if (!kind && rules.markets && !rules.markets.includes(market.handle)) return null; // not published in this market
  const primaryLanguage = kind ? ((await db.shopLocale.findFirst({ where: { shop: row.shop, primary: true } }))?.locale ?? market.language) : market.language;
  const connection = await db.channelConnection.findFirst({ where: { shop: row.shop, channel: row.channel, status: "connected" } });
  return {
    adapter,
    rules,
    rulesVersion: setting ? setting.updatedAt.getTime() : 0,
    override: kind ? { kind, markets: published, primaryLanguage } : undefined,
    buffer: connection && (connection.bufferUnits || connection.bufferPercent) ? { units: connection.bufferUnits, percent: connection.bufferPercent } : undefined,
    bufferVersion: connection ? connection.updatedAt.getTime() : 0,
    market,
    format: row.format as FeedFormat,
    version: shop.catalogVersion,
    changedAt: shop.catalogChangedAt,
    shop: { domain: shop.domain, name: shop.name ?? shop.domain, storefrontUrl: shop.primaryDomain ?? `https://${shop.domain}`, currency: shop.currencyCode ?? "USD" },
  };
}

type MappedVariant = { variant: FeedVariant; excludedBy: string | null; item: FeedItem | null; issues: FeedIssue[] };
type MapTarget = Pick<FeedTarget, "adapter" | "shop" | "market"> & { rules?: FeedRules; buffer?: SafetyBuffer };

/** The Google category of a Shopify category (the taxonomy match is memoised per full name). */
const googleCategory = (c: { id: string; fullName: string } | null) => (c ? googleCategoryFor(c.fullName) : null);

/** A page's variants, assembled, ruled and mapped one by one as they are taken (synchronously). */
function* mapPage(page: ProductPage, options: AssembleOptions, rules: FeedRules, adapter: ChannelAdapter): Generator<MappedVariant> {
  for (const variant of assembleFeedVariants(page, options)) {
    const ruled = applyRules(variant, rules);
    if (ruled.variant) yield { variant: ruled.variant, excludedBy: null, ...adapter.map(ruled.variant) };
    else yield { variant, excludedBy: ruled.excludedBy, item: null, issues: [] };
  }
}

/**
 * Each page of the feed's variants, in catalog order: one await per page of products, the page's
 * variants then mapped synchronously as they are taken. `onlyPublished`: products in a status the
 * rules leave out are not read at all (serving, where only items count; reports read them to count them).
 */
export async function* mappedPages(deps: FeedDeps, target: MapTarget, onlyPublished = false): AsyncGenerator<Iterable<MappedVariant>> {
  const rules = target.rules ?? DEFAULT_RULES;
  const { adapter, shop, market } = target;
  const options = { shop, market, channel: adapter.id, googleCategory, buffer: target.buffer };
  const pages = productPages(deps.sql, shop.domain, market.language, { priceCountry: market.priceCountry, ...(onlyPublished ? { statuses: rules.statuses } : {}) });
  for await (const page of pages) yield mapPage(page, options, rules, adapter);
}

/**
 * Each variant of the feed, in catalog order: left out by the merchant's rules (`excludedBy`), or
 * mapped by the channel — the item (null when a defect leaves it out) and its issues.
 */
export async function* mappedVariants(deps: FeedDeps, target: MapTarget): AsyncGenerator<MappedVariant> {
  for await (const page of mappedPages(deps, target)) yield* page;
}

function* validItems(page: Iterable<MappedVariant>): Generator<FeedItem> {
  for (const mapped of page) if (mapped.item) yield mapped.item;
}

/** The feed's items, a page at a time. */
async function* items(deps: FeedDeps, target: FeedTarget): AsyncGenerator<Iterable<FeedItem>> {
  for await (const page of mappedPages(deps, target, true)) yield validItems(page);
}

function* overrideRows(kind: OverrideKind, page: Iterable<FeedItem>, labels: readonly string[]): Generator<FeedItem> {
  for (const item of page) for (const label of labels) yield overrideRow(kind, item, label);
}

/**
 * A Meta override feed: for every published market, its valid items once per country (price,
 * availability) — or, for each language other than the shop's primary one, the items of the first
 * market in that language (title, description, link). A page at a time.
 */
async function* overrideItems(deps: FeedDeps, target: FeedTarget, override: NonNullable<FeedTarget["override"]>): AsyncGenerator<Iterable<FeedItem>> {
  const seen = new Set<string>();
  for (const market of override.markets) {
    if (override.kind === "languages" && (market.language === override.primaryLanguage || seen.has(market.language))) continue;
    seen.add(market.language);
    const labels = override.kind === "countries" ? market.countries : [metaLanguage(market.language)];
    for await (const page of items(deps, { ...target, market })) yield overrideRows(override.kind, page, labels);
  }
}

/** GET /feeds/<token>: 404 for an unknown or revoked token, 304 when the client's copy is current. */
export async function serveFeed(deps: FeedDeps, token: string, request: Request): Promise<Response> {
  const target = await resolve(deps.db, token);
  if (!target) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const etag = `"v${target.version}.${target.rulesVersion}.${target.bufferVersion}.${FEED_CODE_VERSION}.${target.format}"`;
  const headers = new Headers({
    "Content-Type": CONTENT_TYPES[target.format],
    ETag: etag,
    "Cache-Control": "private, max-age=0, must-revalidate",
    Vary: "Accept-Encoding",
    "X-Robots-Tag": "noindex",
  });
  if (target.changedAt) headers.set("Last-Modified", target.changedAt.toUTCString());
  if (notModified(request, etag, target.changedAt)) return new Response(null, { status: 304, headers });
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });

  // The header first (before any catalog read), then ~64 KB of items per chunk, each made when the
  // client asks for it: a page of products is read as chunks need it, its items made synchronously.
  const { columns, pages } = target.override
    ? { columns: OVERRIDE_COLUMNS[target.override.kind], pages: overrideItems(deps, target, target.override) }
    : { columns: target.adapter.columns, pages: items(deps, target) };
  const body = serializeInChunks(target.format, columns, pages, {
    listFields: target.adapter.listFields,
    channel: { title: `${target.shop.name} — ${target.adapter.name} (${target.market.handle})`, link: target.shop.storefrontUrl },
  });
  if (/\bgzip\b/.test(request.headers.get("accept-encoding") ?? "")) {
    headers.set("Content-Encoding", "gzip");
    return new Response(createReadableStreamFromReadable(Readable.from(body).pipe(createGzip())), { status: 200, headers });
  }
  return new Response(onDemand(body), { status: 200, headers });
}

/**
 * A body whose next chunk is made only when the reader asks for it (no read-ahead: the header is
 * sent before the first page is read, and a slow client holds one chunk at a time).
 */
function onDemand(chunks: AsyncGenerator<string, void, undefined>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(Buffer.from(next.value));
      },
      async cancel() {
        await chunks.return();
      },
    },
    { highWaterMark: 0 },
  );
}

function notModified(request: Request, etag: string, changedAt: Date | null): boolean {
  const match = request.headers.get("if-none-match");
  if (match) return match.split(",").some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`);
  const since = request.headers.get("if-modified-since");
  return Boolean(since && changedAt && Math.floor(changedAt.getTime() / 1000) <= Math.floor(Date.parse(since) / 1000));
}

export interface FeedReport {
  items: number;
  /** Left out because the channel would reject them (see `issues`). */
  excluded: number;
  issues: Record<string, number>;
  /** Left out by the merchant's rules, by rule. */
  excludedByRules: Record<string, number>;
}

/** What a feed emits and leaves out, by issue code (errors leave an item out; warnings are counted too). */
export async function feedReport(deps: FeedDeps, token: string): Promise<FeedReport | null> {
  const target = await resolve(deps.db, token);
  if (!target) return null;
  const report: FeedReport = { items: 0, excluded: 0, issues: {}, excludedByRules: {} };
  for await (const page of mappedPages(deps, target)) {
    for (const mapped of page) {
      if (mapped.excludedBy) {
        report.excludedByRules[mapped.excludedBy] = (report.excludedByRules[mapped.excludedBy] ?? 0) + 1;
        continue;
      }
      if (mapped.item) report.items++;
      else report.excluded++;
      for (const issue of mapped.issues) report.issues[issue.code] = (report.issues[issue.code] ?? 0) + 1;
    }
  }
  return report;
}

/** Saves a channel's rules (validated by the caller's form); the channel's feeds change ETag. */
export async function saveFeedRules(db: PrismaClient, shop: string, channel: string, rules: FeedRules): Promise<void> {
  if (!getChannelAdapter(channel)) throw new Error(`Unknown channel ${channel}`);
  const json = JSON.stringify(rules);
  await db.feedSetting.upsert({ where: { shop_channel: { shop, channel } }, create: { shop, channel, rules: json }, update: { rules: json } });
}
