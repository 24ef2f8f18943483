import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterEach, beforeEach, expect } from "vitest";
import { SERVER_BUILD } from "../support/app-server";
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
