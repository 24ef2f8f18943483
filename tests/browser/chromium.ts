import { existsSync, rmSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { SERVER_BUILD } from "../support/app-server";
import { freshDatabase } from "../support/db";
import { embeddedAppUrl, mintSessionToken } from "../support/session-token";
import type { Stack } from "../support/stack";
import { emulateShopifyAdmin, type ShopifyAdminEmulation } from "./app-bridge-stub";

// What every browser test needs: Debian's Chromium (no downloaded browser), and a page inside
// the emulated Shopify admin that records page errors and refused outside requests.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Fails with what to do when the built app or Chromium is missing. */
export function requireBuildAndChromium(): void {
  if (!existsSync(SERVER_BUILD)) {
    throw new Error(`${SERVER_BUILD} is missing: run \`npx remix vite:build\` (npm run build) before the browser tests.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-liberation (or set CHROMIUM_PATH).`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

// Headless Chromium announces itself as "HeadlessChrome", which the Shopify library answers with
// 410 Gone (it refuses bots); a merchant's browser does not.
export function merchantUserAgent(version: string): string {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version} Safari/537.36`;
}

export interface AdminPage {
  context: BrowserContext;
  admin: ShopifyAdminEmulation;
  page: Page;
  /** Uncaught page errors and console errors (hydration included). */
  pageErrors: string[];
}

/** A fresh browser context inside the emulated admin, App Bridge minting tokens with `mintSessionToken`. */
export async function openAdminPage(browser: Browser, appUrl: string, mintSessionToken: () => Promise<string>): Promise<AdminPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, userAgent: merchantUserAgent(browser.version()) });
  const admin = await emulateShopifyAdmin(context, { appUrl, mintSessionToken });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  return { context, admin, page, pageErrors };
}

export interface AdminPageTarget {
  browser: Browser;
  appUrl: string;
  /** Session tokens are minted for this shop. */
  shop: string;
  /** Connections the app process tried beyond loopback (AppServer.blockedConnections). */
  blockedConnections: () => string[];
}

/**
 * In the calling describe block: a fresh admin page before each test, and after it the checks
 * every browser test makes — nothing loaded from the internet, no page errors (hydration
 * included), and no connection from the app process to anything but loopback.
 */
export function adminPagePerTest(target: () => AdminPageTarget, mint: (shop: string) => Promise<string>): AdminPage {
  const current = {} as AdminPage;
  beforeEach(async () => {
    const t = target();
    Object.assign(current, await openAdminPage(t.browser, t.appUrl, () => mint(t.shop)));
  });
  afterEach(async () => {
    await current.context?.close();
    expect(current.admin.refused).toEqual([]);
    expect(current.pageErrors).toEqual([]);
    expect(target().blockedConnections()).toEqual([]);
  });
  return current;
}

export interface RunningStack<S extends Stack> {
  stack: S;
  browser: Browser;
}

/**
 * In a page test file: before all tests, a fresh database, the stack `start` brings up on it, and
 * Chromium; the app's output on stderr when a test fails; after all tests, everything stopped and
 * the database removed. Returns what is running (throws when the setup failed). Setup that needs
 * the running stack goes in the file's own beforeAll, registered after this call.
 */
export function stackPerFile<S extends Stack>(start: (databaseUrl: string) => Promise<S>): () => RunningStack<S> {
  let dbDir: string | undefined;
  let stack: S | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    requireBuildAndChromium();
    const db = freshDatabase();
    dbDir = db.dir;
    stack = await start(db.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      process.stderr.write(`--- app output (${stack?.app.url}) ---\n${stack?.app.output().slice(-20_000) ?? "(not started)"}\n`);
    });
  });

  return () => {
    if (!stack || !browser) throw new Error("setup failed");
    return { stack, browser };
  };
}

export interface StackPage extends AdminPage {
  /**
   * Opens an app page as the admin does (a document request with a freshly minted session token)
   * and waits for its h1 `heading` and a quiet network.
   */
  open(path: string, heading: string): Promise<void>;
}

/** adminPagePerTest against the app of the stack `running` gives (see stackPerFile). */
export function stackPagePerTest<S extends Stack>(running: () => RunningStack<S>): StackPage {
  const ui = adminPagePerTest(
    () => {
      const { stack, browser } = running();
      return { browser, appUrl: stack.app.url, shop: stack.shop, blockedConnections: () => stack.app.blockedConnections() };
    },
    (shop) => mintSessionToken({ shop }),
  );
  async function open(path: string, heading: string): Promise<void> {
    const { stack } = running();
    const response = await ui.page.goto(embeddedAppUrl(stack.app.url, { shop: stack.shop, path, idToken: await mintSessionToken({ shop: stack.shop }) }));
    expect(response?.status()).toBe(200);
    await ui.page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await ui.page.waitForLoadState("networkidle");
  }
  return Object.assign(ui, { open });
}
