import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Locator } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { BulkOperationRecord } from "../emulator";
import { startStack, waitFor, type Stack } from "../support/stack";
import { stackPagePerTest, stackPerFile } from "./chromium";

// The Catalog page as a merchant sees it, against the whole product: the store emulator standing
// in for Shopify and the BUILT app installed into it (token exchange, first full read), opened in
// Chromium inside the emulated admin (./app-bridge-stub.ts). The page reads what the app's DB
// holds, starts reads with "Sync now", follows them by itself and says what went wrong in words.

const SCREENSHOT = join(import.meta.dirname, "../../test-results/catalog.png");
const ACCESS_TOKEN = "shpat_catalog_page_token";
const PRODUCTS = 300;
const SEED = 21;
/** The Admin API version the app speaks (app/shopify/api-version.ts). */
const ADMIN_API = "2026-10";
/** Reads of a few hundred products take a second or two; these only bound a hang. */
const READ_MS = 60_000;

const running = stackPerFile(async (databaseUrl) => {
  const stack = await startStack({ databaseUrl, accessToken: ACCESS_TOKEN });
  stack.emu.loadGenerated(stack.shop, { products: PRODUCTS, seed: SEED });
  return stack;
});

// The merchant opens the app from the admin for the first time: token exchange, first full read queued.
beforeAll(() => running().stack.install());

describe("the Catalog page in Chromium", () => {
  const ui = stackPagePerTest(running);
  /** Open the page as the admin does: a document request with a freshly minted session token. */
  const openCatalog = () => ui.open("/app/catalog", "Catalog");

  const syncButton = () => ui.page.getByRole("button", { name: "Sync now" });
  const progressBar = () => ui.page.locator(".Polaris-ProgressBar");
  const banners = () => ui.page.locator(".Polaris-Banner");
  const lastFullRead = () => ui.page.getByText(/^Last full read:/);
  const lastLiveUpdate = () => ui.page.getByText(/^Last live update:/);
  const statCard = (label: string): Locator =>
    ui.page.locator(".Polaris-ShadowBevel").filter({ has: ui.page.getByRole("heading", { level: 3, name: label, exact: true }) });

  async function shownCounts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const label of ["Products", "Variants", "Locations", "Markets", "Languages"]) {
      const value = await statCard(label).locator("p").innerText();
      out[label] = Number(value.replace(/,/g, ""));
    }
    return out;
  }

  async function countsInDb(): Promise<Record<string, number>> {
    const { stack } = running();
    const where = { where: { shop: stack.shop } };
    return {
      Products: await stack.db.catalogProduct.count(where),
      Variants: await stack.db.catalogVariant.count(where),
      Locations: await stack.db.shopLocation.count(where),
      Markets: await stack.db.shopMarket.count(where),
      Languages: await stack.db.shopLocale.count(where),
    };
  }

  /** How the page (in the browser's locale and time zone) writes a time from the DB. */
  const asShown = (at: Date) => ui.page.evaluate((iso) => new Date(iso).toLocaleString("en"), at.toISOString());

  /** The page at rest after the read `syncId`: no progress, idle button, the read's end time shown. */
  async function expectSettledAfter(syncId: number): Promise<void> {
    const { stack } = running();
    const sync = await stack.db.catalogSync.findUniqueOrThrow({ where: { id: syncId } });
    expect(sync.finishedAt).not.toBeNull();
    await expect.poll(async () => lastFullRead().innerText(), { timeout: 20_000, interval: 250 }).toContain(await asShown(sync.finishedAt!));
    await expect.poll(() => progressBar().count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => syncButton().getAttribute("aria-busy"), { timeout: 10_000 }).toBeNull();
  }

  /** Remember in the page whether a progress bar or a busy "Sync now" button was ever shown. */
  async function watchForBusy(): Promise<() => Promise<{ progressBar: boolean; busyButton: boolean }>> {
    await ui.page.evaluate(() => {
      const seen = { progressBar: false, busyButton: false };
      const check = () => {
        if (document.querySelector(".Polaris-ProgressBar")) seen.progressBar = true;
        if ([...document.querySelectorAll("button[aria-busy=true]")].some((b) => b.textContent?.includes("Sync now"))) seen.busyButton = true;
      };
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
      (window as unknown as { __busySeen: typeof seen }).__busySeen = seen;
    });
    return () => ui.page.evaluate(() => (window as unknown as { __busySeen: { progressBar: boolean; busyButton: boolean } }).__busySeen);
  }

  /** No read running or queued (each test starts from a page at rest, even when run alone). */
  async function idle(): Promise<void> {
    const { stack } = running();
    await waitFor(
      async () =>
        (await stack.db.catalogSync.count({ where: { shop: stack.shop, status: "running" } })) === 0 &&
        (await stack.db.inboxEvent.count({ where: { shop: stack.shop, topic: "catalog/full_read", status: "pending" } })) === 0,
      READ_MS,
      "no catalog read to be running or queued",
    );
  }

  async function latestSyncId(): Promise<number> {
    const { stack } = running();
    return (await stack.db.catalogSync.findFirst({ where: { shop: stack.shop }, orderBy: { id: "desc" } }))?.id ?? 0;
  }

  it("shows the first full read: progress while it runs, then the counts the DB holds", async () => {
    const { stack } = running();
    // Opened right after the install: the first read is queued or running (a progress bar) or,
    // on a fast machine, already done (its time).
    await openCatalog();
    const shownFirst = (await progressBar().count()) > 0 ? "progress" : await lastFullRead().innerText();
    expect(shownFirst).toMatch(/^progress$|^Last full read: \d/);
    const first = await stack.waitForSync(0, READ_MS);
    expect(first.status).toBe("completed");

    // The page follows the read by itself (no reload) and settles on its result.
    await expectSettledAfter(first.id);
    const counts = await countsInDb();
    expect(counts.Products).toBe(PRODUCTS);
    for (const [label, n] of Object.entries(counts)) expect(n, label).toBeGreaterThan(0);
    expect(await shownCounts()).toEqual(counts);
    expect(await lastFullRead().innerText()).toMatch(/\(completed, [\d,]+ new, 0 changed, 0 removed\)/);
    expect(await banners().count()).toBe(0);
  });

  it("“Sync now” queues a read, shows it running and updates by itself when it is done", async () => {
    const { stack } = running();
    await idle();
    await openCatalog();
    const before = await latestSyncId();
    const seen = await watchForBusy();

    // Shopify answers slowly: the read is still queued (reading the shop's facts) when the page
    // has its answer to the click, and the page must keep following it anyway.
    stack.emu.setFaults({ slow: 1, slowMs: 1_000 });
    await syncButton().click();
    const sync = await stack.waitForSync(before, READ_MS).finally(() => stack.emu.setFaults({ slow: 0 }));
    expect(sync.id).toBeGreaterThan(before);
    expect(sync.status).toBe("completed");
    expect(await stack.db.catalogSync.findUniqueOrThrow({ where: { id: sync.id } })).toMatchObject({ kind: "reconcile", mode: "bulk" });

    // No reload: the page polls while busy and shows the new read's end.
    await expectSettledAfter(sync.id);
    // While it was queued and running: the button was busy and a progress bar was shown.
    expect(await seen()).toEqual({ progressBar: true, busyButton: true });
    expect(await shownCounts()).toEqual(await countsInDb());
    expect(await banners().count()).toBe(0);
  });

  it("follows a live update from Shopify (products/update)", async () => {
    const { stack } = running();
    await idle();
    await openCatalog();
    expect(await lastLiveUpdate().innerText()).toBe("Last live update: never");

    const product = stack.emu.shop(stack.shop).products()[0];
    stack.emu.shop(stack.shop).updateProduct(product.id, { title: "Renamed in the Shopify admin" });
    await stack.emu.webhooks.settled();
    const shopRow = await waitFor(
      async () => {
        const row = await stack.db.shop.findUnique({ where: { domain: stack.shop } });
        return row?.lastIncrementalAt ? row : null;
      },
      30_000,
      "the products/update webhook to be applied",
    );
    expect((await stack.db.catalogProduct.findFirstOrThrow({ where: { shop: stack.shop, id: product.id } })).title).toBe("Renamed in the Shopify admin");

    await openCatalog();
    expect(await lastLiveUpdate().innerText()).toBe(`Last live update: ${await asShown(shopRow.lastIncrementalAt!)}`);
    expect(await banners().count()).toBe(0);
  });

  it("says in plain words that a read did not finish, and recovers with “Sync now”", async () => {
    const { stack } = running();
    await idle();
    // A catalog big enough that its bulk run is still going when the test cancels it, as
    // Shopify does when a bulk operation is canceled (bulkOperationCancel) before it completes.
    stack.emu.loadGenerated(stack.shop, { products: 1_500, seed: SEED });
    await openCatalog();
    const before = await latestSyncId();
    const known = new Set(stack.emu.bulkOperations(stack.shop).map((op) => op.id));

    await syncButton().click();
    const canceled = await cancelNextBulkRun(stack, known);
    expect((await stack.emu.waitForBulk(stack.shop, canceled)).status).toBe("CANCELED");
    const failed = await stack.waitForSync(before, READ_MS);
    expect(failed).toMatchObject({ status: "failed" });

    // The page notices by itself and shows one warning in words: no stack trace, no JSON.
    const banner = banners().first();
    await banner.waitFor({ timeout: 20_000 });
    expect(await banners().count()).toBe(1);
    // Polaris marks warning (and critical) banners as alerts; critical is for what is broken for good.
    expect(await banner.getAttribute("role")).toBe("alert");
    expect(await banner.locator(".Polaris-Banner--textWarningOnBgFill").count()).toBe(1);
    const text = (await banner.innerText()).trim();
    expect(text).toMatch(/^The last catalog read did not finish\b.*Press “Sync now” to try again\.$/s);
    expect(text).not.toMatch(/[{}[\]<>]|\n\s*at |Error:|\.ts:\d|gid:\/\//);
    expect(text.split("\n")).toHaveLength(1);
    await expect.poll(() => progressBar().count(), { timeout: 10_000 }).toBe(0);
    // Let the remaining bulk runs of the failed read end before reading again.
    await Promise.all(stack.emu.bulkOperations(stack.shop).filter((op) => !known.has(op.id)).map((op) => stack.emu.waitForBulk(stack.shop, op.id)));
    await stack.emu.webhooks.settled();

    // Back to the usual catalog; "Sync now" reads it and the warning goes away.
    stack.emu.loadGenerated(stack.shop, { products: PRODUCTS, seed: SEED });
    await syncButton().click();
    const repaired = await stack.waitForSync(failed.id, READ_MS);
    expect(repaired.status).toBe("completed");
    await expectSettledAfter(repaired.id);
    await expect.poll(() => banners().count(), { timeout: 10_000 }).toBe(0);
    const counts = await countsInDb();
    expect(counts.Products).toBe(PRODUCTS);
    expect(await shownCounts()).toEqual(counts);
  });

  it("looks right: a Polaris page with five stat cards side by side", async () => {
    await openCatalog();
    const boxes = await Promise.all(["Products", "Variants", "Locations", "Markets", "Languages"].map((label) => statCard(label).boundingBox()));
    const column = await ui.page.locator(".Polaris-Page").boundingBox();
    expect(column).not.toBeNull();
    for (const box of boxes) {
      expect(box).not.toBeNull();
      // One row, inside the page's column, and each card wide enough for its label and number.
      expect(box!.y).toBe(boxes[0]!.y);
      expect(box!.x).toBeGreaterThanOrEqual(column!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(column!.x + column!.width + 0.5);
      expect(box!.width).toBeGreaterThan(120);
    }
    // Nothing in a card is cut off or spills out.
    const overflowing = await ui.page.evaluate(() =>
      [...document.querySelectorAll(".Polaris-ShadowBevel .Polaris-Text--root")].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
    expect(overflowing).toEqual([]);
    expect(await banners().count()).toBe(0);

    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    await ui.page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});

/** Cancel, through the Admin API, the first bulk run not in `known` as soon as it has started. */
async function cancelNextBulkRun(stack: Stack, known: Set<string>): Promise<string> {
  // The emulator runs in this process: look every millisecond, between the run's pages.
  const deadline = Date.now() + READ_MS;
  let op: BulkOperationRecord | undefined;
  while (!(op = stack.emu.bulkOperations(stack.shop).find((o) => !known.has(o.id) && (o.status === "CREATED" || o.status === "RUNNING")))) {
    if (Date.now() > deadline) throw new Error("Timed out waiting for the app to start a bulk run");
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const response = await fetch(`${stack.emu.url}/admin/api/${ADMIN_API}/graphql.json`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": ACCESS_TOKEN },
    body: JSON.stringify({
      query: "mutation Cancel($id: ID!) { bulkOperationCancel(id: $id) { bulkOperation { status } userErrors { message } } }",
      variables: { id: op.id },
    }),
  });
  const body = (await response.json()) as { data?: { bulkOperationCancel: { userErrors: { message: string }[] } } };
  expect(body.data?.bulkOperationCancel.userErrors, `canceling ${op.id}`).toEqual([]);
  return op.id;
}
