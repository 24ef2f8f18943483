/** The store emulator: shops, their data and buckets, the HTTP server, bulk runs and webhooks. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Server } from "node:http";
import type { GraphQLSchema } from "graphql";
import { CostBucket, type ThrottleStatus } from "./bucket";
import { BulkManager, type BulkOperationRecord } from "./bulk";
import { readCatalogFile, type CatalogSummary } from "./catalog-reader";
import { storeSource, writeCatalogFile, type WriteSummary } from "./catalog-writer";
import { Faults, type FaultOptions } from "./faults";
import { generateCatalog, type GenerateOptions } from "./generator";
import type { ShopRuntime } from "./resolvers/context";
import { loadEmulatorSchema } from "./schema";
import { readScopes, tokenExchange } from "./oauth";
import { createEmulatorServer, listen, type RequestRecord } from "./server";
import { ShopHandle } from "./store/mutations";
import { defaultFacts, type InstallOptions } from "./store/normalize";
import { ShopStore } from "./store/shop-store";
import { snapshotState } from "./store/state";
import type { EmulatorState, PlanName } from "./store/types";
import { bulkFinishPayload, shopPayload } from "./webhook-payloads";
import { Webhooks, type Subscription } from "./webhooks";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_TOML_PATH = path.resolve(here, "../../shopify.app.toml");

export interface EmulatorOptions {
  /** Scopes returned by the token exchange; default: what shopify.app.toml asks for. */
  grantedScopes?: string;
  /** The app's client secret: signs webhooks. */
  apiSecret: string;
  /** Where webhooks go: appUrl + the subscription's uri. Without it deliveries are only recorded. */
  appUrl?: string | null;
  /** The app's shopify.app.toml (subscriptions). Default: the repo's. null: none. */
  tomlPath?: string | null;
  /** Subscriptions to use instead of the TOML. */
  subscriptions?: Subscription[];
  /** X-Shopify-API-Version on webhooks; default the TOML's webhooks.api_version or 2025-10. */
  webhookApiVersion?: string;
  port?: number;
  host?: string;
  /** Bucket restore rate (points/s) for every shop; default by plan (100; Plus 1,000). */
  restoreRate?: number;
  /** Bucket size for every shop; default by plan (2,000; Plus 20,000). */
  maximumAvailable?: number;
  faults?: FaultOptions;
  /** Bulk JSONL: put some child lines after another parent's lines and some before their parent. */
  foreignChildren?: boolean;
  /** Concurrent bulk queries per shop; default 5 for API 2026-01 and later, else 1. */
  bulkConcurrency?: number;
  /** Clock for timestamps (updatedAt, createdAt…). */
  now?: () => Date;
  /** Schema files (defaults: app/shopify/schema/...). */
  schemaPath?: string;
  extensionsSchemaPath?: string | null;
}

export interface InstallShopOptions extends InstallOptions {
  /** Fill the shop with a generated catalog right away. */
  generate?: Omit<GenerateOptions, "domain">;
  /** Accept at most this many orderCreate calls per minute, as development stores do (about 5). Default: no limit. */
  orderCreatesPerMinute?: number;
}

const PLAN_LIMITS: Record<PlanName, { restoreRate: number; maximumAvailable: number }> = {
  basic: { restoreRate: 100, maximumAvailable: 2000 },
  shopify: { restoreRate: 100, maximumAvailable: 2000 },
  development: { restoreRate: 100, maximumAvailable: 2000 },
  advanced: { restoreRate: 200, maximumAvailable: 4000 },
  plus: { restoreRate: 1000, maximumAvailable: 20000 },
};

interface ShopEntry extends ShopRuntime {
  handle: ShopHandle;
  /** 1 for the first shop installed, 2 for the next… */
  number: number;
}

export class Emulator {
  readonly webhooks: Webhooks;
  readonly faults: Faults;
  /** Every Admin GraphQL request answered (most recent last, capped at 10,000). */
  readonly requests: RequestRecord[] = [];
  url = "";
  port = 0;
  private server: Server | null = null;
  private readonly shopsByDomain = new Map<string, ShopEntry>();
  private readonly dir: string;
  private schemaCache: GraphQLSchema | null = null;
  private bulkOpts: { foreignChildren: boolean; concurrency?: number };
  private shopCount = 0;

  constructor(private readonly opts: EmulatorOptions) {
    this.faults = new Faults(opts.faults);
    this.webhooks = new Webhooks({
      apiSecret: opts.apiSecret,
      appUrl: opts.appUrl ?? null,
      tomlPath: opts.tomlPath === undefined ? DEFAULT_TOML_PATH : opts.tomlPath,
      subscriptions: opts.subscriptions,
      apiVersion: opts.webhookApiVersion,
    });
    this.bulkOpts = { foreignChildren: opts.foreignChildren ?? false, concurrency: opts.bulkConcurrency };
    this.dir = mkdtempSync(path.join(tmpdir(), "shopify-emulator-"));
  }

  get schema(): GraphQLSchema {
    this.schemaCache ??= loadEmulatorSchema(this.opts.schemaPath, this.opts.extensionsSchemaPath);
    return this.schemaCache;
  }

  async start(): Promise<this> {
    void this.schema; // build before the first request
    this.server = createEmulatorServer({
      schema: () => this.schema,
      shops: () => this.shopsByDomain.values(),
      faults: this.faults,
      tokenExchange: (raw) =>
        tokenExchange(
          {
            apiSecret: this.opts.apiSecret,
            tokenFor: (domain) => {
              const shop = this.shopsByDomain.get(domain);
              return shop ? { accessToken: shop.store.accessToken, scope: this.opts.grantedScopes ?? readScopes(this.opts.tomlPath === undefined ? DEFAULT_TOML_PATH : this.opts.tomlPath) } : null;
            },
          },
          raw,
        ),
      bulkFile: (token) => {
        for (const s of this.shopsByDomain.values()) {
          const f = s.bulk.file(token);
          if (f) return f;
        }
        return undefined;
      },
      record: (r) => {
        this.requests.push(r);
        if (this.requests.length > 10_000) this.requests.splice(0, this.requests.length - 10_000);
      },
    });
    const host = this.opts.host ?? "127.0.0.1";
    this.port = await listen(this.server, this.opts.port ?? 0, host);
    this.url = `http://${host}:${this.port}`;
    return this;
  }

  // ---- shops ---------------------------------------------------------------------------------

  installShop(opts: InstallShopOptions): ShopHandle {
    if (!/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/.test(opts.domain)) throw new Error(`Not a myshopify domain: ${opts.domain}`);
    if (this.shopsByDomain.has(opts.domain)) throw new Error(`${opts.domain} is already installed`);
    this.shopCount++;
    const store = new ShopStore(defaultFacts(opts, this.shopCount), opts.accessToken, this.opts.now);
    const limits = PLAN_LIMITS[opts.plan ?? "basic"];
    const bucket = new CostBucket(this.opts.maximumAvailable ?? limits.maximumAvailable, this.opts.restoreRate ?? limits.restoreRate);
    const emit = (topic: string, payload: Record<string, unknown>) => void this.webhooks.emit(store.domain, topic, payload);
    const entry = { store, bucket, emit, number: this.shopCount } as ShopEntry;
    entry.bulk = new BulkManager({
      schema: this.schema,
      store,
      dir: this.dir,
      baseUrl: () => this.url,
      context: () => ({ shop: entry, store, bulkMode: true, apiVersion: "unstable" }),
      foreignChildren: () => this.bulkOpts.foreignChildren,
      concurrency: () => this.bulkOpts.concurrency,
      onFinish: (op) => void this.webhooks.emit(store.domain, "bulk_operations/finish", bulkFinishPayload(op)),
    });
    entry.handle = new ShopHandle(store, emit);
    if (opts.orderCreatesPerMinute) entry.handle.limitOrderCreates(opts.orderCreatesPerMinute);
    this.shopsByDomain.set(opts.domain, entry);
    if (opts.generate) this.loadGenerated(opts.domain, opts.generate);
    return entry.handle;
  }

  /** Remove the shop (its token stops working) and send app/uninstalled. */
  async uninstallShop(domain: string): Promise<void> {
    const e = this.entry(domain);
    this.shopsByDomain.delete(domain);
    await this.webhooks.emit(domain, "app/uninstalled", shopPayload(e.store));
  }

  /** The typed mutation API of one shop. */
  shop(domain: string): ShopHandle {
    return this.entry(domain).handle;
  }

  shopDomains(): string[] {
    return [...this.shopsByDomain.keys()];
  }

  // ---- catalogs ------------------------------------------------------------------------------

  loadCatalog(domain: string, file: string): Promise<CatalogSummary> {
    return readCatalogFile(file, this.entry(domain).store);
  }

  /**
   * Replace the shop's catalog with a generated one. Ids are unique across shops, as on Shopify:
   * the n-th installed shop's ids are offset by (n - 1) × 10^9 unless `idOffset` is given.
   */
  loadGenerated(domain: string, opts: Omit<GenerateOptions, "domain">): CatalogSummary {
    const { store, number } = this.entry(domain);
    const gen = generateCatalog({ idOffset: BigInt(number - 1) * 1_000_000_000n, ...opts, domain });
    store.clearCatalog();
    const { myshopifyDomain: _d, plan: _p, ...facts } = gen.facts;
    Object.assign(store.facts, structuredClone(facts));
    for (const m of store.facts.markets) store.observeId(m.id);
    for (const c of gen.collections) store.putCollection({ ...c });
    let variants = 0;
    for (const { product, levels } of gen.products()) {
      store.putProduct(product);
      variants += product.variants.length;
      for (const [item, stock] of levels) for (const [loc, qty] of stock) store.setAvailable(item, loc, qty);
    }
    return {
      lines: 0,
      products: store.products.size,
      variants,
      locations: store.facts.locations.length,
      markets: store.facts.markets.length,
      locales: store.facts.locales.length,
    };
  }

  writeCatalog(domain: string, file: string): Promise<WriteSummary> {
    return writeCatalogFile(file, storeSource(this.entry(domain).store));
  }

  state(domain: string): EmulatorState {
    return snapshotState(this.entry(domain).store);
  }

  // ---- knobs -----------------------------------------------------------------------------------

  setFaults(f: FaultOptions): void {
    this.faults.set(f);
  }

  throttleStatus(domain: string): ThrottleStatus {
    return this.entry(domain).bucket.status();
  }

  /** Set the bucket's level (e.g. 0 to force THROTTLED) and/or its size and restore rate. */
  setBucket(domain: string, b: { currentlyAvailable?: number; restoreRate?: number; maximumAvailable?: number }): void {
    const bucket = this.entry(domain).bucket;
    bucket.configure(b);
    if (b.currentlyAvailable !== undefined) bucket.set(b.currentlyAvailable);
  }

  setBulkOptions(o: { foreignChildren?: boolean; concurrency?: number }): void {
    this.bulkOpts = { ...this.bulkOpts, ...o };
  }

  bulkOperations(domain: string): readonly BulkOperationRecord[] {
    return this.entry(domain).bulk.list();
  }

  /** Resolves when the bulk operation reaches a final status. */
  waitForBulk(domain: string, id: string): Promise<BulkOperationRecord> {
    return this.entry(domain).bulk.whenDone(id);
  }

  async close(): Promise<void> {
    await Promise.all([...this.shopsByDomain.values()].map((s) => s.bulk.stopAll()));
    if (this.server) {
      const s = this.server;
      this.server = null;
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
    await this.webhooks.settled();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private entry(domain: string): ShopEntry {
    const e = this.shopsByDomain.get(domain);
    if (!e) throw new Error(`Shop ${domain} is not installed`);
    return e;
  }
}
