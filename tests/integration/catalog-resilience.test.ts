import { afterEach, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/db";
import { startStack, type Stack } from "../support/stack";
import { expectDbEqualsStore } from "../support/catalog-compare";

// The full read under the conditions real Shopify creates: children after a foreign parent,
// answers THROTTLED or failing, bulk operations unavailable.

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});


describe("catalog full read, resilience", () => {
  it("reads bulk JSONL whose children come after a foreign parent (and before their own)", async () => {
    stack = await startStack({ databaseUrl: freshDatabase().url, emulator: { foreignChildren: true } });
    stack.emu.loadGenerated(stack.shop, { products: 150, seed: 11 });
    await stack.install();
    expect((await stack.waitForSync()).status).toBe("completed");
    await expectDbEqualsStore(stack);
  });

  it("loses nothing when 20 % of the answers are THROTTLED", async () => {
    stack = await startStack({ databaseUrl: freshDatabase().url, emulator: { faults: { throttled: 0.2, seed: 3 } } });
    stack.emu.loadGenerated(stack.shop, { products: 150, seed: 12 });
    await stack.install();
    expect((await stack.waitForSync()).status).toBe("completed");
    expect(stack.emu.requests.filter((r) => r.fault === "throttled").length).toBeGreaterThan(0);
    await expectDbEqualsStore(stack);
  });

  it("falls back to the paginated read when bulk operations are unavailable, through THROTTLED and 5xx answers", { timeout: 120_000 }, async () => {
    // Paging is paced by the cost bucket: a Plus shop's 1,000 points/s keep this test short.
    stack = await startStack({ databaseUrl: freshDatabase().url, plan: "plus", emulator: { bulkConcurrency: 0, faults: { throttled: 0.2, serverError: 0.05, seed: 5 } } });
    stack.emu.loadGenerated(stack.shop, { products: 60, seed: 13 });
    await stack.install();
    const sync = await stack.waitForSync();
    expect(sync.status).toBe("completed");
    expect((await stack.db.catalogSync.findUniqueOrThrow({ where: { id: sync.id } })).mode).toBe("paged");
    expect(stack.emu.requests.filter((r) => r.fault === "throttled").length).toBeGreaterThan(3);
    expect(stack.emu.requests.filter((r) => r.fault === "serverError").length).toBeGreaterThan(0);
    await expectDbEqualsStore(stack);
  });
});
