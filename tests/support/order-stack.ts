import { connectChannel } from "../../app/services/connections/connections.server";
import { parseKeyRing } from "../../app/services/connections/sealing.server";
import { startMetaGraphFake, type MetaGraphFake } from "../fakes/meta-graph";
import { signTikTokPush } from "../fakes/sign";
import { startTikTokShopFake, type TikTokShopFake } from "../fakes/tiktok-shop";
import { TEST_CREDENTIALS_KEYS } from "./env";
import { STOCK_RETRY_MS, STOCK_WINDOW_MS } from "../../app/services/orders/stock-push.server";
import { mintSessionToken } from "./session-token";
import { BROWSER_UA, startStack, waitFor, type Stack, type StackOptions } from "./stack";

// The product with its channels: the stack (emulator + built app + SQLite) plus local TikTok Shop
// and Meta Graph fakes the app is pointed at, both channels connected for the shop the way the
// Orders page connects them, and a catalog read. Tests and the demo deliver order events to it.

export const TIKTOK = { appKey: "tt-test-app-key", appSecret: "tt-test-app-secret", accessToken: "tt-test-access-token", shopCipher: "ROW_tt_test_cipher", shopId: "7494560109732006238" };
export const META = { appSecret: "meta-test-app-secret", accessToken: "meta-test-access-token", cmsId: "1357924680", catalogId: "24681357" };

export interface OrderStack extends Stack {
  tiktok: TikTokShopFake;
  meta: MetaGraphFake;
  tiktokPushUrl: string;
  /** Delivers a TikTok webhook body (bytes as given) signed as TikTok signs, or with a wrong signature. */
  pushTikTok(body: string | object, options?: { signature?: "invalid" | "none" }): Promise<Response>;
  /** Asks the app to pull Meta orders now (the Orders page's button; the scheduler enqueues the same job every few minutes). */
  pullMeta(): Promise<void>;
  /** Resolves when the app's inbox has nothing pending (every delivered event handled). */
  settled(timeoutMs?: number): Promise<void>;
  /**
   * Resolves when everything the events set off is done: Shopify's webhooks answered, the inbox
   * empty, and every stock push sent (or, having failed, waiting for its retry). A timeout names
   * what is still pending.
   */
  drained(timeoutMs?: number): Promise<void>;
  /** Catalog variants the app holds (id, numeric id, sku, stock). */
  variants(): Promise<{ id: string; itemId: string; sku: string | null; available: number; policy: string }[]>;
}

export interface OrderStackOptions extends StackOptions {
  /** The generated catalog (ignored when `loadCatalog` is given). */
  products?: number;
  seed?: number;
  /** Puts the shop's catalog into the emulator instead of the generated one. */
  loadCatalog?: (stack: Stack) => unknown;
  syncTimeoutMs?: number;
  bufferUnits?: number;
}

export async function startOrderStack(options: OrderStackOptions): Promise<OrderStack> {
  const tiktok = await startTikTokShopFake({ appKey: TIKTOK.appKey, appSecret: TIKTOK.appSecret, accessToken: TIKTOK.accessToken, shopCipher: TIKTOK.shopCipher });
  const meta = await startMetaGraphFake({ accessToken: META.accessToken, appSecret: META.appSecret, cmsId: META.cmsId, catalogId: META.catalogId });
  const closeFakes = () => Promise.all([tiktok.close(), meta.close()]);
  const stack = await startStack({
    ...options,
    appEnv: { TIKTOK_API_BASE_URL: tiktok.url, META_GRAPH_BASE_URL: meta.url, META_PULL_MINUTES: "60", ...options.appEnv },
  }).catch(async (error: unknown) => {
    await closeFakes();
    throw error;
  });

  /** The catalog, the install and its first read, both channels connected; answers TikTok's push URL. */
  async function prepare(): Promise<string> {
    if (options.loadCatalog) await options.loadCatalog(stack);
    else stack.emu.loadGenerated(stack.shop, { products: options.products ?? 40, seed: options.seed ?? 11 });
    await stack.install();
    const sync = await stack.waitForSync(0, options.syncTimeoutMs);
    if (sync.status !== "completed") throw new Error(`catalog read ${sync.status}: ${sync.error}`);

    const keys = parseKeyRing(TEST_CREDENTIALS_KEYS);
    const buffer = { units: options.bufferUnits ?? 0, percent: 0 };
    const { shopId, ...tiktokCredentials } = TIKTOK;
    const tt = await connectChannel(stack.db, stack.shop, { channel: "tiktok", externalShopId: shopId, credentials: tiktokCredentials, buffer }, keys);
    const { cmsId, ...metaCredentials } = META;
    await connectChannel(stack.db, stack.shop, { channel: "meta", externalShopId: cmsId, credentials: metaCredentials, buffer }, keys);
    return `${stack.app.url}/channels/tiktok/${tt.id}`;
  }
  const tiktokPushUrl = await prepare().catch(async (error: unknown) => {
    await stack.stop();
    await closeFakes();
    throw error;
  });
  const inboxPending = () => stack.db.inboxEvent.count({ where: { status: "pending" } });

  return {
    ...stack,
    tiktok,
    meta,
    tiktokPushUrl,
    async pushTikTok(body, opts = {}) {
      const raw = typeof body === "string" ? body : JSON.stringify(body);
      const headers = signTikTokPush(raw, TIKTOK.appKey, opts.signature === "invalid" ? "not-the-secret" : TIKTOK.appSecret);
      if (opts.signature === "none") delete headers.Authorization;
      return fetch(tiktokPushUrl, { method: "POST", headers, body: raw });
    },
    async pullMeta() {
      // The Orders page's "Pull orders now", as App Bridge's authenticated fetch sends it.
      const response = await fetch(`${stack.app.url}/app/orders.data`, {
        method: "POST",
        headers: { Authorization: `Bearer ${await mintSessionToken({ shop: stack.shop })}`, "User-Agent": BROWSER_UA },
        body: new URLSearchParams({ intent: "pull" }),
      });
      const answer = await response.text();
      if (response.status !== 200 || !answer.includes("Pulling orders from Meta")) throw new Error(`Pulling Meta orders failed: HTTP ${response.status} ${answer.slice(0, 300)}`);
    },
    async settled(timeoutMs = 60_000) {
      await waitFor(async () => (await inboxPending()) === 0, timeoutMs, "the inbox to settle");
    },
    async drained(timeoutMs = 60_000) {
      // Rows due within the first window have not been tried yet, rows due later than a retry are
      // held by a flush under way (its lease); a failed push is due only after its retry delay.
      const stockDue = () => {
        const now = Date.now();
        return stack.db.stockPush.count({ where: { OR: [{ dueAt: { lte: new Date(now + STOCK_WINDOW_MS) } }, { dueAt: { gt: new Date(now + STOCK_RETRY_MS) } }] } });
      };
      const probe = async () => {
        const sent = stack.emu.webhooks.deliveries.length;
        await stack.emu.webhooks.settled();
        const [pending, stock] = await Promise.all([inboxPending(), stockDue()]);
        return pending === 0 && stock === 0 && stack.emu.webhooks.deliveries.length === sent;
      };
      try {
        await waitFor(probe, timeoutMs, "the order events to settle");
      } catch (error) {
        const pending = await stack.db.inboxEvent.findMany({ where: { status: "pending" }, take: 10 });
        const stock = await stockDue();
        const what = pending.map((e) => `${e.source} ${e.topic} (${e.attempts} attempts${e.error ? `: ${e.error}` : ""})`);
        throw new Error(`${(error as Error).message}; still pending: ${[...what, `${stock} stock pushes`].join("; ")}`);
      }
    },
    async variants() {
      const rows = await stack.db.catalogVariant.findMany({ where: { shop: stack.shop }, orderBy: { id: "asc" } });
      return rows.map((v) => ({ id: v.id, itemId: v.id.slice(v.id.lastIndexOf("/") + 1), sku: v.sku, available: v.inventoryQuantity, policy: v.inventoryPolicy }));
    },
    async stop() {
      await stack.stop();
      await closeFakes();
    },
  };
}

