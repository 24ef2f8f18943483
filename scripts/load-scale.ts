/**
 * Load test of the scaled-out app (a script, not a test): `npm run load:scale [-- options]`.
 *
 * On PostgreSQL (TEST_POSTGRES_URL, or --postgres URL: a server whose user may create databases),
 * with pg-boss as the job engine: W worker processes (scripts/worker.ts, PROCESS_ROLE=worker) and
 * N web processes (the built app, PROCESS_ROLE=web) behind a round-robin balancer, the store
 * emulator and the TikTok Shop fake. After the install and the first catalog read it delivers, at
 * full speed and interleaved:
 *   - order events: --orders distinct TikTok orders announced by signed pushes, plus
 *     --duplicates (share of the total) more: half the same push again, half a new notification
 *     for an order already announced;
 *   - catalog webhooks: --catalog product edits in the emulator (each a signed products/update),
 *     on top of the inventory webhooks the orders cause;
 * and SIGKILLs one worker (--kill) once a third of the orders exist in Shopify.
 * Then it waits until everything settles and checks: every order exactly once in the emulator,
 * the app's catalog equal to the emulator's, no job lost (every stored event processed, nothing
 * pending or dead). It prints throughput and the share of events each worker processed.
 * Exit 0 when every check holds, 1 otherwise.
 *
 *   --workers 3 --webs 2 --orders 4000 --duplicates 0.2 --catalog 2000 --products 300 --kill true
 */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { connectChannel } from "~/services/connections/connections.server";
import { parseKeyRing } from "~/services/connections/sealing.server";
import { startEmulator } from "../tests/emulator";
import { signTikTokPush } from "../tests/fakes/sign";
import { startTikTokShopFake } from "../tests/fakes/tiktok-shop";
import { startMetaGraphFake } from "../tests/fakes/meta-graph";
import { startApp, type AppServer } from "../tests/support/app-server";
import { catalogInDb, catalogInStore } from "../tests/support/catalog-compare";
import { tiktokOrder, tiktokStatusPush } from "../tests/support/channel-orders";
import { emptyPostgres, migrate, testPrisma } from "../tests/support/db";
import { TEST_API_SECRET, TEST_CREDENTIALS_KEYS, testEnv } from "../tests/support/env";
import { META, TIKTOK } from "../tests/support/order-stack";
import { embeddedAppUrl, mintSessionToken } from "../tests/support/session-token";
import { BROWSER_UA, waitFor } from "../tests/support/stack";
import { orderLines } from "./bench/orders-import";
import { startBalancer } from "./load-scale/balancer";

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    postgres: { type: "string", default: process.env.TEST_POSTGRES_URL },
    workers: { type: "string", default: "3" },
    webs: { type: "string", default: "2" },
    orders: { type: "string", default: "4000" },
    duplicates: { type: "string", default: "0.2" },
    catalog: { type: "string", default: "2000" },
    products: { type: "string", default: "300" },
    kill: { type: "string", default: "true" },
    concurrency: { type: "string", default: "64" },
  },
});
const count = (name: keyof typeof values) => Number(values[name]);
const log = (text: string) => console.log(`load:scale: ${text}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SHOP = "scale-load.myshopify.com";

interface WorkerProcess {
  name: string;
  child: ChildProcess;
  output: () => string;
}

function startWorker(name: string, env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...testEnv(), ...env, WORKER_NAME: name },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-200_000));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  process.once("exit", () => child.kill("SIGKILL"));
  return waitFor(async () => /taking jobs/.test(output) || child.exitCode !== null, 60_000, `worker ${name} to start`).then(() => {
    if (child.exitCode !== null) throw new Error(`worker ${name} exited at start:\n${output}`);
    return { name, child, output: () => output };
  });
}

async function inParallel<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

function shuffle<T>(items: T[], seed = 7): T[] {
  let s = seed;
  const random = () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

async function main(): Promise<boolean> {
  if (!values.postgres) throw new Error("needs PostgreSQL: set TEST_POSTGRES_URL or --postgres URL (scripts/postgres/start.sh starts one)");
  const databaseUrl = emptyPostgres(values.postgres, "sshub_load");
  migrate(databaseUrl);
  log(`database ${databaseUrl}`);
  const db = testPrisma(databaseUrl);
  // The Admin API budget is not what is measured here: a bucket that refills at 50,000 points/s.
  const emu = await startEmulator({ apiSecret: TEST_API_SECRET, restoreRate: 50_000, maximumAvailable: 200_000 });
  const tiktok = await startTikTokShopFake({ appKey: TIKTOK.appKey, appSecret: TIKTOK.appSecret, accessToken: TIKTOK.accessToken, shopCipher: TIKTOK.shopCipher });
  const meta = await startMetaGraphFake({ accessToken: META.accessToken, appSecret: META.appSecret, cmsId: META.cmsId, catalogId: META.catalogId });
  emu.installShop({ domain: SHOP, accessToken: "shpat_load_token", plan: "plus" });
  emu.loadGenerated(SHOP, { products: count("products"), seed: 5 });

  const webs: AppServer[] = [];
  const workers: WorkerProcess[] = [];
  try {
    const shared = {
      DATABASE_URL: databaseUrl,
      SHOPIFY_ADMIN_ORIGIN: emu.url,
      TIKTOK_API_BASE_URL: tiktok.url,
      META_GRAPH_BASE_URL: meta.url,
      META_PULL_MINUTES: "60",
    };
    for (let i = 0; i < count("webs"); i++) webs.push(await startApp({ env: { ...shared, PROCESS_ROLE: "web" } }));
    const balancer = await startBalancer(webs.map((w) => w.url));
    emu.webhooks.appUrl = balancer.url;
    for (let i = 0; i < count("workers"); i++) workers.push(await startWorker(`worker-${i + 1}`, { ...shared, PROCESS_ROLE: "worker", SHOPIFY_APP_URL: balancer.url }));
    log(`${webs.length} web processes behind ${balancer.url}, ${workers.length} workers (pg-boss)`);

    // Install through the embedded page, then the first full read (done by the workers).
    const idToken = await mintSessionToken({ shop: SHOP });
    const installed = await fetch(embeddedAppUrl(webs[0].url, { shop: SHOP, idToken }), { headers: { "User-Agent": BROWSER_UA } });
    if (installed.status !== 200) throw new Error(`install: HTTP ${installed.status}`);
    await installed.arrayBuffer();
    const sync = await waitFor(async () => {
      const s = await db.catalogSync.findFirst({ where: { shop: SHOP }, orderBy: { id: "desc" } });
      return s && s.status !== "running" ? s : null;
    }, 300_000, "the first catalog read");
    if (sync.status !== "completed") throw new Error(`catalog read ${sync.status}: ${sync.error}`);
    const keys = parseKeyRing(TEST_CREDENTIALS_KEYS);
    const { shopId, ...credentials } = TIKTOK;
    const connection = await connectChannel(db, SHOP, { channel: "tiktok", externalShopId: shopId, credentials, buffer: { units: 0, percent: 0 } }, keys);
    const pushUrl = `${balancer.url}/channels/tiktok/${connection.id}`;

    // Orders: one line each, spread over the stock there is (so none is held for lack of stock).
    const variants = await db.catalogVariant.findMany({ where: { shop: SHOP }, orderBy: { id: "asc" } });
    const lines = orderLines(variants.map((v) => ({ itemId: v.id.slice(v.id.lastIndexOf("/") + 1), available: v.inventoryQuantity, policy: v.inventoryPolicy })), count("orders"));
    const currency = (await db.shop.findUniqueOrThrow({ where: { domain: SHOP } })).currencyCode ?? "USD";
    const orderIds = Array.from({ length: count("orders") }, (_, i) => `5769${String(i).padStart(8, "0")}`);
    orderIds.forEach((id, i) => tiktok.putOrder(tiktokOrder({ id, currency, lines: [{ itemId: lines[i], quantity: 1, price: "10.00" }] })));
    const pushes = orderIds.map((id) => JSON.stringify(tiktokStatusPush(TIKTOK.shopId, id, "AWAITING_SHIPMENT")));
    const extra = Math.round((count("duplicates") * pushes.length) / (1 - count("duplicates")));
    const duplicates = Array.from({ length: extra }, (_, i) =>
      i % 2 === 0 ? pushes[(i * 7) % pushes.length] : JSON.stringify(tiktokStatusPush(TIKTOK.shopId, orderIds[(i * 13) % orderIds.length], "AWAITING_SHIPMENT")),
    );
    const events = shuffle([...pushes, ...duplicates]);
    const products = emu.shop(SHOP).products().map((p) => p.id);
    log(`delivering ${events.length} order events (${extra} duplicates) and ${count("catalog")} product edits…`);

    const wanted = new Set(orderIds);
    const created = () => emu.shop(SHOP).orders().filter((o) => o.sourceName === "tiktok" && wanted.has(o.sourceIdentifier ?? "")).length;
    const started = performance.now();
    const refused: string[] = [];
    let killed: string | null = null;
    const killer = (async () => {
      if (values.kill !== "true") return;
      await waitFor(async () => created() >= orderIds.length / 3, 600_000, "a third of the orders");
      const victim = workers[0];
      victim.child.kill("SIGKILL");
      killed = victim.name;
      log(`SIGKILL ${victim.name} at ${created()} orders`);
    })();
    const edits = (async () => {
      for (let i = 0; i < count("catalog"); i++) {
        emu.shop(SHOP).updateProduct(products[(i * 31) % products.length], { title: `Edited under load ${i}` });
        if (i % 50 === 49) await sleep(1); // let the deliveries go out; the emulator sends each at once
      }
    })();
    let resent = 0;
    await inParallel(events, count("concurrency"), async (body) => {
      // A connection that fails before an answer is sent again, as TikTok redelivers what was not acknowledged.
      for (let attempt = 1; ; attempt++) {
        try {
          const response = await fetch(pushUrl, { method: "POST", headers: signTikTokPush(body, TIKTOK.appKey, TIKTOK.appSecret), body });
          if (response.status !== 200) refused.push(`HTTP ${response.status} ${await response.text()}`);
          else await response.arrayBuffer();
          return;
        } catch (error) {
          if (attempt === 5) throw error;
          resent++;
          await sleep(200 * attempt);
        }
      }
    });
    await edits;
    const deliveredSeconds = (performance.now() - started) / 1000;
    log(`delivered in ${deliveredSeconds.toFixed(1)} s; waiting for the work to settle…`);

    // Until every order exists, or nothing moved for 60 s (the checks then say what is missing).
    let last = -1;
    let movedAt = Date.now();
    await waitFor(async () => {
      const now = created();
      if (now !== last) [last, movedAt] = [now, Date.now()];
      return now >= orderIds.length || Date.now() - movedAt > 60_000;
    }, 900_000, "every order in Shopify").catch(() => null);
    await killer.catch(() => null);
    const settled = async () => {
      await emu.webhooks.settled();
      const open = await db.inboxEvent.count({ where: { status: "pending" } });
      return open === 0;
    };
    await waitFor(settled, 900_000, "the inbox to settle").catch((error: Error) => log(error.message));
    await sleep(3_000);
    await waitFor(settled, 300_000, "the inbox to settle again").catch((error: Error) => log(error.message));
    const seconds = (performance.now() - started) / 1000;

    // Checks.
    const perOrder = new Map<string, number>();
    for (const o of emu.shop(SHOP).orders()) if (o.sourceName === "tiktok") perOrder.set(o.sourceIdentifier ?? "", (perOrder.get(o.sourceIdentifier ?? "") ?? 0) + 1);
    const missing = orderIds.filter((id) => !perOrder.has(id)).length;
    const twice = [...perOrder.values()].filter((n) => n > 1).length;
    const held = await db.channelOrder.groupBy({ by: ["status", "holdReason"], _count: { _all: true } });
    const byStatus = await db.inboxEvent.groupBy({ by: ["status"], _count: { _all: true } });
    const statuses = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all]));
    const lost = (statuses.pending ?? 0) + (statuses.failed ?? 0);
    const shopRow = await db.shop.findUniqueOrThrow({ where: { domain: SHOP } });
    const locales = (await db.shopLocale.findMany({ where: { shop: SHOP, primary: false, published: true } })).map((l) => l.locale);
    const expected = catalogInStore(emu.state(SHOP), shopRow.currencyCode!, locales);
    const actual = await catalogInDb(db, SHOP);
    const catalogDiffs = (["products", "variants", "levels"] as const).flatMap((section) => {
      const a = actual[section] as Record<string, unknown>;
      const e = expected[section] as Record<string, unknown>;
      const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
      return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(e[k])).map((k) => `${section} ${k}`);
    });
    for (const diff of catalogDiffs.slice(0, 3)) {
      const [section, key] = diff.split(" ") as ["products" | "variants" | "levels", string];
      console.log(`catalog differs at ${diff}:\n  app:      ${JSON.stringify((actual[section] as Record<string, unknown>)[key])}\n  emulator: ${JSON.stringify((expected[section] as Record<string, unknown>)[key])}`);
    }
    const shares = await db.inboxEvent.groupBy({ by: ["processedBy"], where: { status: { in: ["processed", "ignored"] } }, _count: { _all: true } });
    const done = shares.reduce((n, s) => n + s._count._all, 0);

    console.log("");
    console.log(`processes: ${webs.length} web, ${workers.length} workers${killed ? ` (${killed} killed with SIGKILL mid-run)` : ""}; PostgreSQL + pg-boss`);
    console.log(`delivered: ${events.length} order events + ${count("catalog")} product edits in ${deliveredSeconds.toFixed(1)} s (${((events.length + count("catalog")) / deliveredSeconds).toFixed(0)} deliveries/s); refused: ${refused.length}; sent again after a failed connection: ${resent}`);
    console.log(`settled after ${seconds.toFixed(1)} s: ${done} events processed (${(done / seconds).toFixed(0)} events/s), ${orderIds.length} orders (${(orderIds.length / seconds).toFixed(1)} orders/s)`);
    console.log(`inbox by status: ${JSON.stringify(statuses)}`);
    console.log(`channel orders: ${held.map((h) => `${h.status}${h.holdReason ? `/${h.holdReason}` : ""} ${h._count._all}`).join(", ")}`);
    console.log("share of processed events by worker:");
    for (const s of shares.sort((a, b) => String(a.processedBy).localeCompare(String(b.processedBy)))) {
      console.log(`  ${String(s.processedBy ?? "(none)").padEnd(24)} ${String(s._count._all).padStart(6)}  ${((100 * s._count._all) / Math.max(done, 1)).toFixed(1)} %`);
    }
    console.log(`balancer: ${balancer.forwarded.join(" / ")} requests per web process`);
    const checks: [string, boolean, string][] = [
      ["every order exactly once in Shopify", missing === 0 && twice === 0, `${perOrder.size} orders, ${missing} missing, ${twice} twice`],
      ["catalog equal to the emulator's", catalogDiffs.length === 0, catalogDiffs.length ? `${catalogDiffs.length} differ, e.g. ${catalogDiffs.slice(0, 3).join(", ")}` : "equal"],
      ["no job lost", lost === 0 && refused.length === 0, `${statuses.pending ?? 0} pending, ${statuses.failed ?? 0} dead, ${refused.length} refused deliveries`],
    ];
    for (const [what, ok, detail] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${what}: ${detail}`);
    await balancer.close();
    return checks.every(([, ok]) => ok);
  } finally {
    for (const w of workers) w.child.kill("SIGKILL");
    await Promise.all(webs.map((w) => w.stop()));
    await emu.close();
    await tiktok.close();
    await meta.close();
    await db.$disconnect();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error("load:scale failed:", error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
