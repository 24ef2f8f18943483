import type { PrismaClient } from "@prisma/client";
import { startEmulator, type Emulator } from "../emulator";
import type { EmulatorOptions } from "../emulator/emulator";
import { startApp, type AppServer } from "./app-server";
import { testPrisma } from "./db";
import { TEST_API_SECRET } from "./env";
import { embeddedAppUrl, mintSessionToken } from "./session-token";

// The whole product on one machine: the store emulator standing in for Shopify, the BUILT app
// (remix-serve, its in-process worker) pointed at it, and the app's database (SQLite or
// PostgreSQL). Integration tests and the demo drive it the way Shopify and a merchant would:
// install through the embedded page (token exchange), webhooks signed by the emulator, pages and
// feeds over HTTP.

export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

export interface StackOptions {
  databaseUrl: string;
  shop?: string;
  accessToken?: string;
  /** The shop's plan: its cost bucket (Plus restores 1,000 points/s, others 100). */
  plan?: "basic" | "shopify" | "advanced" | "plus" | "development";
  emulator?: Partial<EmulatorOptions>;
  appEnv?: Record<string, string>;
}

export interface Stack {
  emu: Emulator;
  app: AppServer;
  db: PrismaClient;
  databaseUrl: string;
  shop: string;
  /** Open the embedded app as Shopify's admin would: token exchange, afterAuth, first full read. */
  install(): Promise<void>;
  /** Resolves with the latest catalog read of the shop once it is no longer running. */
  waitForSync(afterId?: number, timeoutMs?: number): Promise<{ id: number; status: string; error: string | null }>;
  stop(): Promise<void>;
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const shop = options.shop ?? "social-demo.myshopify.com";
  const emu = await startEmulator({ apiSecret: TEST_API_SECRET, ...options.emulator });
  let app: AppServer | undefined;
  try {
    emu.installShop({ domain: shop, accessToken: options.accessToken ?? "shpat_emulated_offline_token", plan: options.plan });
    app = await startApp({
      env: { DATABASE_URL: options.databaseUrl, SHOPIFY_ADMIN_ORIGIN: emu.url, ...options.appEnv },
      denyOutboundNetwork: true,
    });
    emu.webhooks.appUrl = app.url;
  } catch (error) {
    await emu.close();
    throw error;
  }
  const running = app;
  const db = testPrisma(options.databaseUrl);

  return {
    emu,
    app: running,
    db,
    databaseUrl: options.databaseUrl,
    shop,
    async install() {
      const idToken = await mintSessionToken({ shop });
      const response = await fetch(embeddedAppUrl(running.url, { shop, idToken }), { headers: { "User-Agent": BROWSER_UA } });
      if (response.status !== 200) throw new Error(`Installing the app failed: HTTP ${response.status}\n${running.output().slice(-2000)}`);
      await response.arrayBuffer();
    },
    async waitForSync(afterId = 0, timeoutMs = 120_000) {
      return waitFor(
        async () => {
          const sync = await db.catalogSync.findFirst({ where: { shop, id: { gt: afterId } }, orderBy: { id: "desc" } });
          return sync && sync.status !== "running" ? sync : null;
        },
        timeoutMs,
        `the catalog read of ${shop}`,
      );
    },
    async stop() {
      await db.$disconnect();
      await running.stop();
      await emu.close();
    },
  };
}
