import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { startStack, waitFor } from "../support/stack";
import { stackPagePerTest, stackPerFile } from "./chromium";

// The Jobs page as a merchant sees it: the BUILT app (embedded default: SQLite, in-process worker)
// with dead letters in its inbox, opened in Chromium inside the emulated admin. Retry sends the
// event to the app's worker, which runs it this time; Dismiss takes one off the list.

const SCREENSHOT = join(import.meta.dirname, "../../test-results/jobs.png");

const running = stackPerFile((databaseUrl) => startStack({ databaseUrl }));

let fixable: number;
let stale: number;

beforeAll(async () => {
  const { stack } = running();
  const failed = { shop: stack.shop, source: "shopify", status: "failed", attempts: 8, processedAt: new Date() };
  // A scopes update whose shop row was missing: it fails no more once retried (the handler is safe to run again).
  fixable = (await stack.db.inboxEvent.create({ data: { ...failed, eventKey: "jobs-1", topic: "app/scopes_update", payload: JSON.stringify({ current: ["read_products"] }), error: "Shopify answered 503" } })).id;
  stale = (await stack.db.inboxEvent.create({ data: { ...failed, eventKey: "jobs-2", topic: "products/update", payload: "{}", error: "THROTTLED" } })).id;
  await stack.db.inboxEvent.create({ data: { ...failed, shop: "other-shop.myshopify.com", eventKey: "jobs-3", topic: "products/delete", payload: "{}", error: "not this shop's" } });
});

describe("the Jobs page in Chromium", () => {
  const ui = stackPagePerTest(running);
  const rows = () => ui.page.locator("#dead-letters tbody tr");
  const row = (id: number) => rows().filter({ has: ui.page.locator(`[data-job-id="${id}"]`) });
  const status = async (id: number) => (await running().stack.db.inboxEvent.findUniqueOrThrow({ where: { id } })).status;

  it("lists the shop's failed jobs with their last error; Retry runs one again, Dismiss removes one", async () => {
    await ui.open("/app/jobs", "Jobs");
    expect(await rows().count()).toBe(2);
    expect(await row(fixable).innerText()).toMatch(/Shopify webhook[\s\S]*app\/scopes_update[\s\S]*Shopify answered 503[\s\S]*8/);
    expect(await row(stale).innerText()).toContain("THROTTLED");
    expect(await ui.page.locator("#dead-letters").innerText()).not.toContain("not this shop's");
    expect(await ui.page.locator("#jobs-pending").innerText()).toMatch(/2 failed/);
    await ui.page.screenshot({ path: SCREENSHOT, fullPage: true });

    await ui.page.getByRole("button", { name: `Retry job ${fixable}` }).click();
    await ui.page.getByText("Shopify webhook app/scopes_update is queued again.").waitFor();
    await waitFor(async () => (await status(fixable)) === "processed", 15_000, "the retried job to run");
    await row(fixable).waitFor({ state: "detached" }); // the page reloads its data after the action

    await ui.page.getByRole("button", { name: `Dismiss job ${stale}` }).click();
    await ui.page.getByText("Shopify webhook products/update dismissed.").waitFor();
    expect(await status(stale)).toBe("dismissed");
    await ui.page.getByText(/^Nothing failed/).waitFor();
    expect(await rows().count()).toBe(0);
  });
});
