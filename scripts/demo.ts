/**
 * The main job: the product end to end on the embedded default (SQLite + the store emulator).
 *
 *   npm run demo -- [--products N | --catalog FILE.jsonl] [--seed S] [--orders FILE.jsonl] [--out DIR]
 *
 * Starts the emulated Shopify with the catalog, the local TikTok Shop and Meta Graph APIs, and the
 * built app against them; installs the app the way Shopify's admin does (embedded page, token
 * exchange), waits for the first full catalog read and connects both channels. With --orders it
 * applies the order events file through the app's real endpoints (scripts/demo/apply-orders.ts)
 * and waits until every event has settled. Then it writes DIR/summary.json, DIR/emulator-state.json
 * and the feeds, and prints a summary. Exit 0 on success, 2 on bad input, 1 when the product fails.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { SERVER_BUILD } from "../tests/support/app-server";
import { startOrderStack } from "../tests/support/order-stack";
import type { Stack } from "../tests/support/stack";
import { CatalogError } from "../tests/emulator";
import { openSql } from "../app/persistence/sql/index.server";
import { feedReport } from "../app/services/feeds/feeds.server";
import { applyOrders, listCatalogOnTikTok } from "./demo/apply-orders";
import { InputError, readOrderLines } from "./demo/orders-file";
import { ordersSummary } from "./demo/orders-summary";

/** How long the demo waits for the app to settle the order events (each wait). */
const SETTLE_TIMEOUT_MS = 120_000;

interface Options {
  products: number | null;
  catalog: string | null;
  seed: number;
  orders: string | null;
  out: string;
}

function options(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        products: { type: "string" },
        catalog: { type: "string" },
        seed: { type: "string", default: "1" },
        orders: { type: "string" },
        out: { type: "string", default: "out/demo" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  if (parsed.products !== undefined && parsed.catalog !== undefined) throw new InputError("give --products or --catalog, not both");
  const products = parsed.products === undefined ? (parsed.catalog ? null : 200) : Number(parsed.products);
  if (products !== null && (!Number.isInteger(products) || products < 1 || products > 250_000)) throw new InputError(`--products must be a whole number from 1 to 250000, got "${parsed.products}"`);
  const seed = Number(parsed.seed);
  if (!Number.isInteger(seed)) throw new InputError(`--seed must be a whole number, got "${parsed.seed}"`);
  for (const [flag, file] of [["--catalog", parsed.catalog], ["--orders", parsed.orders]] as const) {
    if (file !== undefined && !existsSync(file)) throw new InputError(`${flag}: no such file: ${file}`);
  }
  return { products, catalog: parsed.catalog ? resolve(parsed.catalog) : null, seed, orders: parsed.orders ? resolve(parsed.orders) : null, out: resolve(parsed.out!) };
}

/** The shop domain a catalog file names on its Shop line, if any. */
async function catalogShopDomain(file: string): Promise<string | null> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    try {
      const first = JSON.parse(line) as { id?: string; myshopifyDomain?: string };
      return first.id?.startsWith("gid://shopify/Shop/") && /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/.test(first.myshopifyDomain ?? "") ? first.myshopifyDomain! : null;
    } catch {
      return null; // the emulator's reader reports the bad line with its number
    }
  }
  return null;
}

/** Checks the whole order events file before anything starts; answers its number of events. */
async function orderEvents(file: string): Promise<number> {
  let count = 0;
  for await (const _ of readOrderLines(file)) count++;
  return count;
}

function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function counts(stack: Stack) {
  const where = { shop: stack.shop };
  const [products, variants, locations, markets, locales] = await Promise.all([
    stack.db.catalogProduct.count({ where }),
    stack.db.catalogVariant.count({ where }),
    stack.db.shopLocation.count({ where }),
    stack.db.shopMarket.count({ where }),
    stack.db.shopLocale.count({ where }),
  ]);
  return { products, variants, locations, markets, locales };
}

type FeedSummary = Record<string, Record<string, { file: string; items: number; excluded: number; issues: Record<string, number>; excludedByRules: Record<string, number> }>>;

/** Every feed exactly as its URL serves it, to DIR/feeds/<channel>/<market>.<ext>, with what it left out. */
async function writeFeeds(stack: Stack, out: string, databaseUrl: string): Promise<FeedSummary> {
  const tokens = await stack.db.feedToken.findMany({ where: { shop: stack.shop, revokedAt: null }, orderBy: [{ channel: "asc" }, { market: "asc" }] });
  const sql = openSql(databaseUrl);
  const summary: FeedSummary = {};
  try {
    for (const t of tokens) {
      const response = await fetch(`${stack.app.url}/feeds/${t.token}`);
      if (response.status !== 200) throw new Error(`Feed ${t.channel}/${t.market}.${t.format} answered HTTP ${response.status}`);
      // Meta's override feeds span every market: feeds/meta/overrides/<countries|languages>.csv, not a market entry.
      const override = t.market.startsWith("@") ? t.market.slice(1) : null;
      const file = override ? join("feeds", t.channel, "overrides", `${override}.${t.format}`) : join("feeds", t.channel, `${t.market}.${t.format}`);
      mkdirSync(join(out, dirname(file)), { recursive: true });
      writeFileSync(join(out, file), Buffer.from(await response.arrayBuffer()));
      if (override) continue;
      const channel = (summary[t.channel] ??= {});
      if (channel[t.market]) continue; // one entry per channel and market: its first format
      const report = await feedReport({ db: stack.db, sql }, t.token);
      if (!report) continue;
      // Left out: what the channel would reject (by issue code) and what the merchant's rules hold back.
      const byRules = Object.values(report.excludedByRules).reduce((a, b) => a + b, 0);
      channel[t.market] = { file, items: report.items, excluded: report.excluded + byRules, issues: report.issues, excludedByRules: report.excludedByRules };
    }
  } finally {
    await sql.close();
  }
  return summary;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  if (!existsSync(SERVER_BUILD)) {
    console.log("demo: building the app (first run)");
    execFileSync(process.execPath, [join("node_modules", "@remix-run", "dev", "dist", "cli.js"), "vite:build"], { stdio: "ignore" });
  }
  const orderCount = opts.orders ? await orderEvents(opts.orders) : 0;
  mkdirSync(opts.out, { recursive: true });
  const dbFile = join(opts.out, "app.sqlite");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });
  const databaseUrl = `file:${dbFile}`;
  migrate(databaseUrl);

  const shop = (opts.catalog && (await catalogShopDomain(opts.catalog))) || "social-demo.myshopify.com";
  const loadCatalog = async (stack: Stack) => {
    if (!opts.catalog) return void stack.emu.loadGenerated(shop, { products: opts.products!, seed: opts.seed });
    try {
      await stack.emu.loadCatalog(shop, opts.catalog);
    } catch (error) {
      if (error instanceof CatalogError) throw new InputError(`--catalog: ${error.message}`);
      throw error;
    }
  };
  const stack = await startOrderStack({ databaseUrl, shop, loadCatalog, syncTimeoutMs: 30 * 60_000 });
  try {
    console.log(`demo: store emulator at ${stack.emu.url}, app at ${stack.app.url}, TikTok Shop at ${stack.tiktok.url}, Meta Graph at ${stack.meta.url}, shop ${shop}`);
    const sync = await stack.waitForSync();
    const read = await stack.db.catalogSync.findUniqueOrThrow({ where: { id: sync.id } });

    const notes: string[] = [];
    let applied = null;
    if (opts.orders) {
      await listCatalogOnTikTok(stack);
      applied = await applyOrders(stack, opts.orders, SETTLE_TIMEOUT_MS);
      notes.push(`--orders: ${orderCount} order events applied`, ...applied.notes);
      const failed = await stack.db.inboxEvent.findMany({ where: { shop, status: "failed" }, take: 10 });
      for (const e of failed) notes.push(`the app gave up on ${e.source} ${e.topic}: ${e.error ?? "no reason given"}`);
    }
    const orders = await ordersSummary(stack, applied);
    const feeds = await writeFeeds(stack, opts.out, databaseUrl);
    const summary = {
      catalog: await counts(stack),
      feeds,
      orders,
      sync: { mode: read.mode, objectsRead: read.objectsRead, seconds: (read.finishedAt!.getTime() - read.startedAt.getTime()) / 1000 },
      notes,
    };
    writeFileSync(join(opts.out, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
    writeFileSync(join(opts.out, "emulator-state.json"), JSON.stringify(stack.emu.state(shop)) + "\n");

    const c = summary.catalog;
    console.log(
      [
        ``,
        `Social Selling Hub — demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  shop            ${shop} (installed through the embedded page, token exchange)`,
        `  catalog read    ${read.mode} operation, ${read.objectsRead.toLocaleString("en")} objects in ${summary.sync.seconds.toFixed(1)} s`,
        `  products        ${c.products.toLocaleString("en")}`,
        `  variants        ${c.variants.toLocaleString("en")}`,
        `  locations       ${c.locations}`,
        `  markets         ${c.markets}`,
        `  languages       ${c.locales}`,
        ...Object.entries(feeds).map(([channel, markets]) => `  feed ${channel.padEnd(10)} ${Object.entries(markets).map(([m, f]) => `${m}: ${f.items} items, ${f.excluded} left out`).join("; ")}`),
        ...(opts.orders ? [ordersLine(orders)] : []),
        ...notes.map((n) => `  note            ${n}`),
        `  results         ${join(opts.out, "summary.json")}, ${join(opts.out, "emulator-state.json")}`,
      ].join("\n"),
    );
  } finally {
    await stack.stop();
  }
}

function ordersLine(o: Awaited<ReturnType<typeof ordersSummary>>): string {
  const named = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(", ") || "0";
  return `  orders          ${o.received} received, ${o.duplicates} duplicates, ${o.created} created in Shopify (${o.cancelled} cancelled, ${o.refunded} refunded), held: ${named(o.held)}, rejected: ${named(o.rejected)}`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof InputError) {
      console.error(`demo: ${error.message}`);
      console.error("usage: npm run demo -- [--products N | --catalog FILE.jsonl] [--seed S] [--orders FILE.jsonl] [--out DIR]");
      process.exit(2);
    }
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
