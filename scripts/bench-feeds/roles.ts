import { statSync } from "node:fs";
import type { ChannelAdapter, FeedItem } from "~/channels/channel-adapter";
import { channelAdapters, getChannelAdapter } from "~/channels/registry";
import { serialize } from "~/channels/shared/serialize";
import type { FeedShop } from "~/core/feeds/assemble";
import { createPrisma } from "~/persistence/prisma.server";
import { openSql } from "~/persistence/sql/index.server";
import { ensureFeedTokens, feedMarkets, mappedVariants, serveFeed, type FeedDeps } from "~/services/feeds/feeds.server";
import { generateCatalog } from "../../tests/emulator/generator";
import { ingest } from "../bench/passes";
import { peakRss } from "../bench/rss";
import type { Dataset } from "../bench/types";
import { ItemCounter } from "./count";
import type { BaselinePass, FeedPass, FeedUnderTest, FilledDb } from "./types";

// The roles that touch the app. Each runs alone in a fresh process.

// The embedded default: a SQLite file, read through the raw-SQL port as the app reads it.
const openDeps = (dbFile: string): FeedDeps => ({
  db: createPrisma(`file:${dbFile}`),
  sql: openSql(`file:${dbFile}`),
});

const closeDeps = async (deps: FeedDeps) => {
  await deps.db.$disconnect();
  await deps.sql.close();
};

/** Wall and CPU time since the call. */
function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    ms: () => performance.now() - wall,
    stop: () => {
      const used = process.cpuUsage(cpu);
      return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
    },
  };
}

/**
 * Fills a fresh DB: the generated bulk JSONL through the real ingest path (scripts/bench/passes.ts),
 * then the shop facts the feeds need (Shop, ShopLocale, ShopMarket rows matching the generated
 * catalog's facts, written with Prisma as refreshShopFacts would) and ensureFeedTokens.
 */
export async function fill(data: Dataset, market: string, seed: number): Promise<FilledDb> {
  const ingested = await ingest(data);
  if (ingested.problems.length > 0) throw new Error(`ingest: ${ingested.skipped} lines skipped with problems, e.g. ${ingested.problems[0]}`);
  const facts = generateCatalog({ products: 1, seed, domain: data.shop }).facts;
  const deps = openDeps(ingested.dbFile);
  try {
    const shop = data.shop;
    await deps.db.shop.create({
      data: { domain: shop, name: facts.name, currencyCode: facts.currencyCode, primaryDomain: facts.primaryDomainUrl, catalogVersion: 1, catalogChangedAt: new Date() },
    });
    await deps.db.shopLocale.createMany({ data: facts.locales.map((l) => ({ shop, locale: l.locale, primary: l.primary, published: l.published })) });
    await deps.db.shopMarket.createMany({
      data: facts.markets.map((m) => ({ shop, handle: m.handle, name: m.name, enabled: m.enabled, countries: JSON.stringify(m.countries), currency: m.currencyCode, locales: JSON.stringify(m.locales) })),
    });
    await ensureFeedTokens(deps.db, shop);
    const feeds: FeedUnderTest[] = [];
    for (const adapter of channelAdapters) {
      const format = adapter.formats[0];
      const row = await deps.db.feedToken.findUnique({ where: { shop_channel_market_format: { shop, channel: adapter.id, market, format } } });
      if (!row) throw new Error(`no feed token for ${adapter.id}/${market}/${format} (is market "${market}" enabled?)`);
      feeds.push({ channel: adapter.id, market, format, token: row.token });
    }
    return {
      variants: ingested.variants,
      shop,
      dbFile: ingested.dbFile,
      dbDir: ingested.dbDir,
      dbMB: Number((statSync(ingested.dbFile).size / 1024 / 1024).toFixed(1)),
      ingestSeconds: ingested.seconds,
      feeds,
      peak: peakRss(),
    };
  } finally {
    await closeDeps(deps);
  }
}

/** The real serving path: serveFeed → Response, its body read to the end, counting bytes and items. */
export async function serve(dbFile: string, feed: FeedUnderTest): Promise<FeedPass> {
  const deps = openDeps(dbFile);
  // Warm the Prisma connection (its first query loads the engine's adapter), as a running app has.
  await deps.db.shop.count();
  const counter = new ItemCounter(feed.format);
  let bytes = 0;
  let firstByteMs = -1;
  let firstItemMs = -1;
  const t = clock();
  const response = await serveFeed(deps, feed.token, new Request(`https://bench.example/feeds/${feed.token}`));
  if (response.status !== 200 || !response.body) throw new Error(`serveFeed ${feed.channel}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstByteMs < 0) firstByteMs = t.ms();
    bytes += value.byteLength;
    const before = counter.items;
    counter.push(value);
    if (firstItemMs < 0 && counter.items > before) firstItemMs = t.ms();
  }
  const time = t.stop();
  await closeDeps(deps);
  return { items: counter.items, bytes, ...time, firstByteMs, firstItemMs, peak: peakRss() };
}

/**
 * The bare limit: the feed's own ready rows (collected once through mappedVariants, untimed) written
 * by the serializer alone (csv-stringify for CSV/TSV, serialize()'s XML writer) from an in-memory
 * array, each chunk encoded to bytes as a response body would be.
 */
export async function baseline(dbFile: string, feed: FeedUnderTest): Promise<BaselinePass> {
  const deps = openDeps(dbFile);
  const adapter = getChannelAdapter(feed.channel) as ChannelAdapter;
  const shopRow = await deps.db.shop.findMany({ take: 1 });
  const s = shopRow[0];
  const shop: FeedShop = { domain: s.domain, name: s.name ?? s.domain, storefrontUrl: s.primaryDomain ?? `https://${s.domain}`, currency: s.currencyCode ?? "USD" };
  const market = (await feedMarkets(deps.db, s.domain)).find((m) => m.handle === feed.market);
  if (!market) throw new Error(`market ${feed.market} not found`);
  const collect = clock();
  const rows: FeedItem[] = [];
  for await (const mapped of mappedVariants(deps, { adapter, shop, market })) if (mapped.item) rows.push(mapped.item);
  const collectSeconds = collect.stop().seconds;
  await closeDeps(deps);

  let bytes = 0;
  let chunks = 0;
  let firstByteMs = -1;
  const t = clock();
  const body = serialize(feed.format, adapter.columns, rows, {
    listFields: adapter.listFields,
    channel: { title: `${shop.name} — ${adapter.name} (${market.handle})`, link: shop.storefrontUrl },
  });
  for await (const chunk of body) {
    if (firstByteMs < 0) firstByteMs = t.ms();
    bytes += Buffer.from(chunk).byteLength;
    chunks++;
  }
  const time = t.stop();
  // One chunk per item after the header (and the XML trailer).
  const items = chunks - (feed.format === "xml" ? 2 : 1);
  if (items !== rows.length) throw new Error(`baseline ${feed.channel}: ${items} chunks for ${rows.length} rows`);
  return { items, bytes, ...time, firstByteMs, firstItemMs: firstByteMs, collectSeconds, peak: peakRss() };
}
