import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type Browser } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../support/app-server";
import { freshDatabase } from "../support/db";
import { TEST_API_KEY } from "../support/env";
import { embeddedAppUrl, mintSessionToken } from "../support/session-token";
import { storeOfflineSession } from "../support/sessions";
import { shopifyWebhookRequest } from "../support/shopify-webhook";
import { adminPagePerTest, launchChromium, merchantUserAgent, requireBuildAndChromium } from "./chromium";

// The embedded app as a merchant sees it: the built app served by remix-serve, opened in
// Chromium the way Shopify's admin opens it in its iframe, with App Bridge emulated
// (./app-bridge-stub.ts). The app process may not connect anywhere but loopback, and the page
// may not load anything from outside the app.

const SHOP = "social-demo.myshopify.com";
const SCREENSHOT = join(import.meta.dirname, "../../test-results/embedded-overview.png");

let db: ReturnType<typeof freshDatabase> | undefined;
let app: AppServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  requireBuildAndChromium();
  db = freshDatabase();
  // The shop installed the app earlier: its offline token is stored, so no token exchange.
  await storeOfflineSession({ databaseUrl: db.url, shop: SHOP });
  app = await startApp({ env: { DATABASE_URL: db.url }, denyOutboundNetwork: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (db) rmSync(db.dir, { recursive: true, force: true });
});

// The app's own log is only shown when something went wrong.
beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    process.stderr.write(`--- app output (${app?.url}) ---\n${app?.output() ?? "(not started)"}\n`);
  });
});

function running(): { app: AppServer; browser: Browser } {
  if (!app || !browser) throw new Error("setup failed");
  return { app, browser };
}


describe("the embedded app in Chromium", () => {
  const ui = adminPagePerTest(() => { const { app, browser } = running(); return { browser, appUrl: app.url, shop: SHOP, blockedConnections: () => app.blockedConnections() }; }, (shop) => mintSessionToken({ shop }));

  it("renders the Polaris overview for the shop from the admin's session token", async () => {
    const { app } = running();
    const response = await ui.page.goto(embeddedAppUrl(app.url, { shop: SHOP, idToken: await mintSessionToken({ shop: SHOP }) }));
    expect(response?.status()).toBe(200);
    // Shopify's admin (and only it) may frame the app.
    expect(await response?.headerValue("content-security-policy")).toContain(`frame-ancestors https://${SHOP} https://admin.shopify.com`);

    await ui.page.getByRole("heading", { level: 1, name: "Social selling" }).waitFor();
    const shopCard = ui.page.locator(".Polaris-ShadowBevel").filter({ has: ui.page.getByRole("heading", { level: 2, name: SHOP }) });
    await shopCard.waitFor();
    expect(await shopCard.innerText()).toContain("Installed");
    await ui.page.waitForLoadState("networkidle");

    // Polaris' stylesheet is applied (without it: transparent body, square unshadowed cards,
    // 16px/400 headings): its page background, card surface, radius and bevel, type scale, width.
    const styles = await ui.page.evaluate(() => {
      const css = (selector: string, pseudo?: string) => getComputedStyle(document.querySelector(selector)!, pseudo);
      const title = css("h1.Polaris-Header-Title > .Polaris-Text--headingLg");
      return {
        bodyBackground: css("body").backgroundColor,
        cardSurface: css(".Polaris-ShadowBevel > .Polaris-Box").backgroundColor,
        cardRadius: css(".Polaris-ShadowBevel").borderRadius,
        cardBevel: css(".Polaris-ShadowBevel", "::before").boxShadow,
        title: `${title.fontWeight} ${title.fontSize}`,
        bodyText: css(".Polaris-Text--subdued").fontSize,
        pageMaxWidth: css(".Polaris-Page").maxWidth,
      };
    });
    expect(styles).toMatchObject({
      bodyBackground: "rgb(241, 241, 241)",
      cardSurface: "rgb(255, 255, 255)",
      cardRadius: "12px",
      title: "700 20px",
      bodyText: "13px",
      pageMaxWidth: "998px",
    });
    expect(styles.cardBevel).toContain("inset");

    // App Bridge came up with the app's key and the shop and host from the admin's URL; its
    // navigation menu lives in the admin, not in the ui.page.
    expect(await ui.page.evaluate(() => window.shopify.config)).toMatchObject({ apiKey: TEST_API_KEY, shop: SHOP });
    expect(await ui.page.locator("ui-nav-menu").isVisible()).toBe(false);

    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    await ui.page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it("navigates from the admin's nav menu with data loaded through App Bridge's authenticated fetch", async () => {
    const { app } = running();
    await ui.page.goto(embeddedAppUrl(app.url, { shop: SHOP, idToken: await mintSessionToken({ shop: SHOP }) }));
    const received = ui.page.locator(".Polaris-ShadowBevel").filter({ hasText: "Webhooks received" });
    await received.getByText("0", { exact: true }).waitFor();

    // A webhook arrives (a deletion: its handler needs no Admin API call, and this test runs the
    // app without the store emulator).
    const signed = shopifyWebhookRequest({
      topic: "products/delete",
      shop: SHOP,
      path: "/webhooks/catalog",
      body: JSON.stringify({ id: 1 }),
    });
    const delivered = await fetch(`${app.url}/webhooks/catalog`, { method: "POST", headers: signed.headers, body: await signed.text() });
    expect(delivered.status).toBe(200);

    // The merchant picks "Overview" in the admin's nav menu: App Bridge fires shopify:navigate on
    // the menu's link and the app navigates client-side to /app, with no shop, host or id_token
    // in the URL: the data request is authenticated only by App Bridge's Authorization header.
    const dataResponse = ui.page.waitForResponse((r) => new URL(r.url()).pathname === "/app.data");
    await ui.page.locator('ui-nav-menu a[rel="home"]').dispatchEvent("shopify:navigate");
    const data = await dataResponse;
    expect(data.status()).toBe(200);
    expect(new URL(data.url()).searchParams.has("id_token")).toBe(false);
    expect(await data.request().headerValue("authorization")).toMatch(/^Bearer ey/);
    await received.getByText("1", { exact: true }).waitFor();
    expect(new URL(ui.page.url()).search).toBe("");
  });

  it("recovers from a stale session token through the bounce page, as in the admin", async () => {
    const { app } = running();
    const statuses: number[] = [];
    ui.page.on("response", (r) => {
      if (new URL(r.url()).pathname === "/app") statuses.push(r.status());
    });
    const expired = await mintSessionToken({ shop: SHOP, issuedAt: Math.floor(Date.now() / 1000) - 3600 });
    await ui.page.goto(embeddedAppUrl(app.url, { shop: SHOP, idToken: expired }));
    await ui.page.getByRole("heading", { level: 1, name: "Social selling" }).waitFor();

    // First the app refused the expired token (to /auth/session-token), then App Bridge reloaded
    // the app with a new one.
    expect(statuses).toEqual([302, 200]);
    const finalToken = new URL(ui.page.url()).searchParams.get("id_token");
    expect(finalToken).toBeTruthy();
    expect(finalToken).not.toBe(expired);
    expect(ui.admin.tokensIssued()).toBeGreaterThanOrEqual(1);
  });
});

describe("requests without a valid session token", () => {
  const documentRequest = (url: string, init: RequestInit = {}) =>
    fetch(url, { redirect: "manual", ...init, headers: { "User-Agent": merchantUserAgent("140.0.0.0"), ...init.headers } });
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ["garbage", async () => "not-a-jwt"],
    ["signed with another secret", () => mintSessionToken({ shop: SHOP, secret: "someone-elses-secret" })],
    ["for another app", () => mintSessionToken({ shop: SHOP, apiKey: "another-app" })],
    ["expired", () => mintSessionToken({ shop: SHOP, issuedAt: now() - 3600 })],
    ["not yet valid", () => mintSessionToken({ shop: SHOP, issuedAt: now() + 3600 })],
  ])("a document with a %s id_token is bounced to /auth/session-token, not rendered", async (_, token) => {
    const { app } = running();
    const response = await documentRequest(embeddedAppUrl(app.url, { shop: SHOP, idToken: await token() }));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location")!, app.url);
    expect(location.pathname).toBe("/auth/session-token");
    // The bounce page reloads the app at its own (configured) URL, without the bad token.
    const reload = new URL(location.searchParams.get("shopify-reload")!);
    expect(reload.origin).toBe(app.url);
    expect(reload.searchParams.has("id_token")).toBe(false);
    expect(await response.text()).not.toContain("Social selling");
  });

  it("a document without an id_token is bounced too", async () => {
    const { app } = running();
    const response = await documentRequest(embeddedAppUrl(app.url, { shop: SHOP, idToken: null }));
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location")!, app.url).pathname).toBe("/auth/session-token");
  });

  it("a document outside the admin (no embedded=1) is sent to the admin", async () => {
    const { app } = running();
    const url = new URL(embeddedAppUrl(app.url, { shop: SHOP, idToken: await mintSessionToken({ shop: SHOP }) }));
    url.searchParams.delete("embedded");
    const response = await documentRequest(url.toString());
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^https:\/\/admin\.shopify\.com\/store\/social-demo\/apps\/test-api-key/);
  });

  it("a data request with a bad bearer token is a 401 that asks App Bridge to retry", async () => {
    const { app } = running();
    const response = await documentRequest(`${app.url}/app.data`, {
      headers: { Authorization: `Bearer ${await mintSessionToken({ shop: SHOP, secret: "someone-elses-secret" })}` },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("x-shopify-retry-invalid-session-request")).toBe("1");
  });
});

declare global {
  interface Window {
    shopify: { config: { apiKey: string; shop?: string; host?: string } };
  }
}
