import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findConnection } from "~/services/connections/connections.server";
import { TEST_CREDENTIALS_KEYS } from "../support/env";
import { META, TIKTOK, startOrderStack } from "../support/order-stack";
import { stackPagePerTest, stackPerFile } from "./chromium";

// The Orders page as a merchant sees it: the BUILT app with both channels connected (local TikTok
// Shop and Meta fakes), orders seeded in its DB, the page in Chromium inside the emulated admin.
// What the page shows is checked against the DB; what its buttons do is checked in the DB too.

const SCREENSHOT = join(import.meta.dirname, "../../test-results/orders.png");
const CONNECT_SCREENSHOT = join(import.meta.dirname, "../../test-results/orders-connect.png");

let held: { id: number; externalId: string };
let retried: { id: number; externalId: string };
let imported: { id: number; externalId: string };

const running = stackPerFile((databaseUrl) => {
  process.env.CREDENTIALS_KEYS = TEST_CREDENTIALS_KEYS;
  return startOrderStack({ databaseUrl, products: 5, seed: 3 });
});

beforeAll(async () => {
  const { stack } = running();
  const base = { shop: stack.shop, channel: "tiktok", channelState: "open", channelStatus: "AWAITING_SHIPMENT", order: "{}", currency: "EUR", total: 2990 };
  held = await stack.db.channelOrder.create({
    data: { ...base, externalId: "576461413038785001", status: "held", holdReason: "unknown_sku", holdDetail: "SKU MUG-XL is not in your Shopify catalog: add it, or change the SKU on TikTok Shop." },
  });
  retried = await stack.db.channelOrder.create({
    data: { ...base, externalId: "576461413038785002", status: "held", holdReason: "out_of_stock", holdDetail: "Only 1 of Mug (2 ordered) is in stock." },
  });
  imported = await stack.db.channelOrder.create({
    data: { ...base, channel: "meta", externalId: "1122334455", status: "imported", total: 4550, shopifyOrderId: "gid://shopify/Order/4242", shopifyOrderName: "#1042" },
  });
});

describe("the Orders page in Chromium", () => {
  const ui = stackPagePerTest(running);
  const openOrders = () => ui.open("/app/orders", "Orders");

  const queue = () => ui.page.locator("#review-queue");
  const queued = (id: number) => queue().locator(`[data-order-id="${id}"]`);
  const card = (channel: string) => ui.page.locator(`#connection-${channel}`);
  const toasts = () => ui.page.evaluate(() => (window as unknown as { __appBridgeStub: { toasts: { message: string; isError?: boolean }[] } }).__appBridgeStub.toasts);

  it("shows the connections, the held orders with their reason, and the orders in Shopify", async () => {
    const { stack } = running();
    await openOrders();

    // TikTok Shop: connected, with the URL to paste into the Partner Center; no secret on the page.
    expect(await card("tiktok").getAttribute("data-status")).toBe("connected");
    expect(await card("tiktok").getByRole("textbox", { name: "Order push URL" }).inputValue()).toBe(stack.tiktokPushUrl);
    expect(await card("tiktok").getByText(TIKTOK.shopId).count()).toBe(1);
    expect(await card("meta").getAttribute("data-status")).toBe("connected");
    expect(await card("meta").getByRole("button", { name: "Pull orders now" }).count()).toBe(1);
    expect(await card("tiktok").getByRole("button", { name: "Pull orders now" }).count()).toBe(0);
    const html = await ui.page.content();
    for (const secret of [TIKTOK.appSecret, TIKTOK.accessToken, TIKTOK.shopCipher, META.appSecret, META.accessToken]) expect(html).not.toContain(secret);

    // The review queue: both held orders, reason in plain words, the detail.
    expect(await queued(held.id).getByRole("heading", { name: `TikTok Shop order ${held.externalId}` }).count()).toBe(1);
    expect(await queued(held.id).locator(".Polaris-Badge").innerText()).toContain("Product not found");
    expect(await queued(held.id).getByText(/^SKU MUG-XL is not in your Shopify catalog/).count()).toBe(1);
    expect(await queued(retried.id).locator(".Polaris-Badge").innerText()).toContain("Out of stock");
    expect(await queued(held.id).getByRole("button", { name: `Retry order ${held.externalId}` }).count()).toBe(1);
    expect(await queued(held.id).getByRole("button", { name: `Dismiss order ${held.externalId}` }).count()).toBe(1);

    // Orders in Shopify: the imported order, linking to its Shopify order.
    const row = ui.page.locator("#imported-orders tbody tr").filter({ hasText: imported.externalId });
    expect(await row.count()).toBe(1);
    const link = row.getByRole("link", { name: "#1042" });
    expect(await link.getAttribute("href")).toBe("shopify://admin/orders/4242");
    expect(await row.locator(".Polaris-Badge").innerText()).toContain("Imported");
    expect(await row.innerText()).toContain("45.50 EUR");
    expect(await row.innerText()).toContain("Meta");
    expect(await ui.page.locator("#duplicates-note").innerText()).toMatch(/^Duplicates are prevented/);

    await ui.page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it("dismisses a held order: it leaves the queue, and the DB says dismissed", async () => {
    const { stack } = running();
    await openOrders();
    await queued(held.id).getByRole("button", { name: `Dismiss order ${held.externalId}` }).click();
    await expect.poll(() => queued(held.id).count(), { timeout: 20_000 }).toBe(0);
    expect(await queue().locator("[data-answer]").innerText()).toBe(`Order ${held.externalId} dismissed: it will not be placed in Shopify.`);
    expect((await stack.db.channelOrder.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("dismissed");
    // The other held order stays.
    expect(await queued(retried.id).count()).toBe(1);
    expect((await toasts()).map((t) => t.message)).toEqual([`Order ${held.externalId} dismissed: it will not be placed in Shopify.`]);
  });

  it("retries a held order: one job per click, answered on the page", async () => {
    const { stack } = running();
    await openOrders();
    const jobs = () => stack.db.inboxEvent.count({ where: { source: "app", topic: "orders/retry", shop: stack.shop } });
    const before = await jobs();
    await queued(retried.id).getByRole("button", { name: `Retry order ${retried.externalId}` }).click();
    await expect.poll(() => queue().locator("[data-answer]").count(), { timeout: 20_000 }).toBe(1);
    expect(await queue().locator("[data-answer]").innerText()).toMatch(new RegExp(`^Retrying order ${retried.externalId}`));
    expect(await jobs()).toBe(before + 1);
  });

  it("disconnects Meta after a confirmation, then connects it through the form without showing the secret again", async () => {
    const { stack } = running();
    await openOrders();
    const meta = card("meta");

    await meta.getByRole("button", { name: "Disconnect Meta" }).click();
    await meta.getByRole("button", { name: "Cancel", exact: true }).click();
    expect(await meta.getAttribute("data-status")).toBe("connected");
    await meta.getByRole("button", { name: "Disconnect Meta" }).click();
    await meta.getByRole("button", { name: "Disconnect", exact: true }).click();
    await expect.poll(() => meta.getAttribute("data-status"), { timeout: 20_000 }).toBe("disconnected");
    expect(await findConnection(stack.db, { shop: stack.shop, channel: "meta" })).toBeNull();

    // A missing field is named, nothing saved.
    await meta.getByLabel("Commerce account ID").fill(META.cmsId);
    await meta.getByLabel("Catalog ID").fill(META.catalogId);
    await meta.getByLabel("App secret").fill(META.appSecret);
    expect(await meta.getByLabel("App secret").getAttribute("type")).toBe("password");
    expect(await meta.getByLabel("System user access token").getAttribute("type")).toBe("password");
    await meta.getByRole("button", { name: "Connect Meta" }).click();
    await expect.poll(() => meta.getByText("Enter the system user access token").count(), { timeout: 20_000 }).toBe(1);
    expect(await meta.getAttribute("data-status")).toBe("disconnected");

    await meta.getByLabel("System user access token").fill(META.accessToken);
    await ui.page.screenshot({ path: CONNECT_SCREENSHOT, fullPage: true });
    await meta.getByRole("button", { name: "Connect Meta" }).click();
    await expect.poll(() => meta.getAttribute("data-status"), { timeout: 20_000 }).toBe("connected");
    expect(await meta.locator("[data-answer]").innerText()).toBe("Meta connected.");
    expect(await meta.locator("input[type=password]").count()).toBe(0);
    expect(await meta.getByText(META.cmsId).count()).toBe(1);
    const html = await ui.page.content();
    expect(html).not.toContain(META.appSecret);
    expect(html).not.toContain(META.accessToken);
    const saved = await findConnection(stack.db, { shop: stack.shop, channel: "meta" });
    expect(saved).toMatchObject({ externalShopId: META.cmsId, credentials: { appSecret: META.appSecret, accessToken: META.accessToken, catalogId: META.catalogId } });
  });

  it("pulls Meta orders on demand and saves the safety buffer, refusing a percentage over 100", async () => {
    const { stack } = running();
    await openOrders();
    const meta = card("meta");
    const pulls = () => stack.meta.requests.filter((r) => r.path.includes("commerce_orders")).length;
    const before = pulls();
    await meta.getByRole("button", { name: "Pull orders now" }).click();
    await expect.poll(() => pulls(), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect.poll(async () => (await stack.db.channelConnection.findFirstOrThrow({ where: { shop: stack.shop, channel: "meta" } })).lastPulledAt, { timeout: 20_000 }).not.toBeNull();

    await meta.getByLabel("Percent held back").fill("150");
    await meta.getByRole("button", { name: "Save buffer" }).click();
    await expect.poll(() => meta.getByText("The percentage held back can be at most 100 %").count(), { timeout: 20_000 }).toBe(1);
    await meta.getByLabel("Units held back").fill("3");
    await meta.getByLabel("Percent held back").fill("10");
    await meta.getByRole("button", { name: "Save buffer" }).click();
    await expect.poll(() => meta.locator("[data-answer]").innerText(), { timeout: 20_000 }).toBe("Safety buffer for Meta saved.");
    expect((await findConnection(stack.db, { shop: stack.shop, channel: "meta" }))!.buffer).toEqual({ units: 3, percent: 10 });
  });
});
