import { createWriteStream, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { priceCountries } from "~/core/catalog/markets";
import { API_VERSION } from "~/shopify/api-version";
import {
  BulkOperationById,
  BulkOperationRunQuery,
  buildCatalogBulkQueries,
  MarketRegions,
  ShopFacts,
  type BulkOperationByIdQuery,
  type BulkOperationRunQueryMutation,
  type MarketRegionsQuery,
  type ShopFactsQuery,
} from "~/shopify/documents";
import { startEmulator } from "../../tests/emulator";
import { peakRss } from "./rss";
import type { BulkFile, Dataset } from "./types";

// The generate role: a store emulator with a generated catalog of `variants` variants (4 per
// product), the shop facts read as the app reads them, then the app's own bulk queries run through
// the emulator's Admin GraphQL and their result files downloaded to `dir`.

const SHOP = "bench-catalog.myshopify.com";
const TOKEN = "shpat_bench_catalog";
const VARIANTS_PER_PRODUCT = 4;

export async function generate(variants: number, seed: number, dir: string): Promise<Dataset> {
  if (variants % VARIANTS_PER_PRODUCT !== 0) throw new Error(`--sizes: ${variants} is not a multiple of ${VARIANTS_PER_PRODUCT}`);
  const products = variants / VARIANTS_PER_PRODUCT;
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const emu = await startEmulator({ apiSecret: "bench-secret", appUrl: null });
  try {
    emu.installShop({ domain: SHOP, accessToken: TOKEN, generate: { products, seed, variantsPerProduct: VARIANTS_PER_PRODUCT } });
    const admin = adminClient(`${emu.url}/admin/api/${API_VERSION}/graphql.json`);

    const facts = await shopFacts(admin);
    const queries = buildCatalogBulkQueries({ locales: facts.locales, countries: facts.countries });
    const ops: { id: string; kind: BulkFile["kind"]; key: string }[] = [];
    for (const q of queries) {
      const data = await admin<BulkOperationRunQueryMutation>(BulkOperationRunQuery.source, { query: q.query });
      const op = data.bulkOperationRunQuery?.bulkOperation;
      const problems = data.bulkOperationRunQuery?.userErrors ?? [];
      if (!op || problems.length > 0) throw new Error(`bulkOperationRunQuery (${q.key}): ${problems.map((p) => p.message).join("; ") || "no operation"}`);
      ops.push({ id: op.id, kind: q.kind, key: q.key });
    }

    const files: BulkFile[] = [];
    for (const op of ops) {
      await emu.waitForBulk(SHOP, op.id);
      const { node } = await admin<BulkOperationByIdQuery>(BulkOperationById.source, { id: op.id });
      if (!node || !("status" in node)) throw new Error(`bulk operation ${op.id} not found`);
      if (node.status !== "COMPLETED" || !node.url) throw new Error(`bulk operation ${op.key} ended ${node.status}${node.errorCode ? ` (${node.errorCode})` : ""} without a file`);
      const file = join(dir, `${op.key}.jsonl`);
      const response = await fetch(node.url);
      if (!response.ok || !response.body) throw new Error(`download of ${op.key}: HTTP ${response.status}`);
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(file));
      files.push({ kind: op.kind, key: op.key, file, bytes: statSync(file).size, objects: Number(node.objectCount) });
    }
    return {
      variants,
      products,
      shop: SHOP,
      currency: facts.currency,
      locales: facts.locales,
      countries: facts.countries,
      files,
      seconds: (performance.now() - started) / 1000,
      peak: peakRss(),
    };
  } finally {
    await emu.close();
  }
}

type Admin = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A bare Admin GraphQL client (plain fetch), retrying THROTTLED as Shopify's clients do. */
function adminClient(endpoint: string): Admin {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": TOKEN },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      const throttled = body.errors?.some((e) => e.extensions?.code === "THROTTLED");
      if (throttled && attempt < 20) {
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (!response.ok || body.errors?.length || !body.data) {
        throw new Error(`Admin GraphQL HTTP ${response.status}: ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
      }
      return body.data;
    }
  };
}

/** The shop facts the bulk queries depend on, derived as app/services/catalog/shop-facts.server.ts does. */
async function shopFacts(admin: Admin): Promise<{ currency: string; locales: string[]; countries: string[] }> {
  let first: ShopFactsQuery | undefined;
  const markets: { enabled: boolean; countries: string[] }[] = [];
  let after: string | null = null;
  do {
    const page: ShopFactsQuery = await admin<ShopFactsQuery>(ShopFacts.source, { marketsAfter: after });
    first ??= page;
    for (const market of page.markets.nodes) {
      const codes = market.regions.nodes.flatMap((r) => ("code" in r && r.code ? [r.code] : []));
      let regions = market.regions.pageInfo;
      while (regions.hasNextPage) {
        const more: MarketRegionsQuery = await admin<MarketRegionsQuery>(MarketRegions.source, { marketId: market.id, after: regions.endCursor });
        if (!more.market) break;
        codes.push(...more.market.regions.nodes.flatMap((r) => ("code" in r && r.code ? [r.code] : [])));
        regions = more.market.regions.pageInfo;
      }
      markets.push({ enabled: market.enabled, countries: codes });
    }
    after = page.markets.pageInfo.hasNextPage ? page.markets.pageInfo.endCursor : null;
  } while (after);
  if (!first) throw new Error("ShopFacts returned nothing");
  return {
    currency: first.shop.currencyCode,
    locales: first.shopLocales.filter((l) => l.published && !l.primary).map((l) => l.locale).sort(),
    countries: priceCountries(markets.filter((m) => m.enabled)),
  };
}
