import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleOrderLines, sampleOrdersJsonl } from "../../scripts/demo/sample-orders";

// `npm run demo` as a user runs it: a child process, its exit code, the files it writes.

const ROOT = join(import.meta.dirname, "../..");
// Asynchronous, so the test worker stays responsive while a demo runs.
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...args], { cwd: ROOT, timeout: 180_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
const DEMO_TIMEOUT = 180_000;

type Counts = Partial<{ received: number; created: number; duplicates: number; ignored: number; waiting: number; cancelled: number; refunded: number; stockUpdates: unknown; held: Record<string, number>; rejected: Record<string, number> }>;

/** summary.orders with every key (zero unless given). */
function orderCounts(total: Counts, channels?: Record<string, Counts>): object {
  const one = (c: Counts) => ({
    received: 0, created: 0, duplicates: 0, ignored: 0, waiting: 0, cancelled: 0, refunded: 0, stockUpdates: 0, ...c,
    held: { unknown_sku: 0, out_of_stock: 0, invalid_address: 0, currency_mismatch: 0, invalid_order: 0, rejected_by_shopify: 0, ...c.held },
    rejected: { bad_signature: 0, malformed: 0, wrong_shop: 0, oversized: 0, ...c.rejected },
  });
  return channels ? { ...one(total), channels: Object.fromEntries(Object.entries(channels).map(([k, c]) => [k, one(c)])) } : one(total);
}

describe("npm run demo", () => {
  it("--products 200 --out DIR exits 0 and writes summary.json and emulator-state.json", { timeout: DEMO_TIMEOUT }, async () => {
    const out = mkdtempSync(join(tmpdir(), "demo-"));
    const result = await run("--products", "200", "--out", out);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.catalog).toMatchObject({ products: 200 });
    expect(summary.catalog.variants).toBeGreaterThan(200);
    for (const key of ["locations", "markets", "locales"]) expect(summary.catalog[key]).toBeGreaterThan(0);
    expect(summary.orders).toEqual(orderCounts({}, { tiktok: {}, meta: {} }));
    const state = JSON.parse(readFileSync(join(out, "emulator-state.json"), "utf8"));
    expect(state.products).toHaveLength(200);
    expect(state.inventory[0]).toEqual({ variantId: expect.stringMatching(/^gid:\/\/shopify\/ProductVariant\//), locationId: expect.stringMatching(/^gid:\/\/shopify\/Location\//), available: expect.any(Number) });
    expect(state.orders).toEqual([]);
    expect(result.stdout).toMatch(/products\s+200/);
    // Every channel's feed per market, written exactly as served, with what it left out and why.
    expect(Object.keys(summary.feeds).sort()).toEqual(["google", "meta", "pinterest", "snapchat", "tiktok"]);
    for (const markets of Object.values(summary.feeds) as Record<string, { file: string; items: number; excluded: number; issues: Record<string, number> }>[]) {
      expect(Object.keys(markets)).toHaveLength(summary.catalog.markets);
      for (const feed of Object.values(markets)) {
        expect(feed.items).toBeGreaterThan(0);
        expect(readFileSync(join(out, feed.file), "utf8").length).toBeGreaterThan(100);
        if (feed.excluded > 0) expect(Object.keys(feed.issues).length).toBeGreaterThan(0);
      }
    }
  });

  it("--catalog reads a catalog given in Shopify's bulk JSONL shape", { timeout: DEMO_TIMEOUT }, async () => {
    const out = mkdtempSync(join(tmpdir(), "demo-"));
    const result = await run("--catalog", "tests/emulator/fixtures/catalog-example.jsonl", "--out", out);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.catalog).toEqual({ products: 2, variants: 3, locations: 1, markets: 2, locales: 2 });
  });

  it("--orders applies each line through the app's real endpoints and counts what came of it", { timeout: DEMO_TIMEOUT }, async () => {
    // The sample file (scripts/demo/sample-orders.jsonl, the README's command) is built from these lines.
    expect(readFileSync(join(ROOT, "scripts/demo/sample-orders.jsonl"), "utf8")).toBe(sampleOrdersJsonl());
    const dir = mkdtempSync(join(tmpdir(), "demo-"));
    const file = join(dir, "orders.jsonl");
    writeFileSync(file, sampleOrderLines().map((l) => JSON.stringify(l)).join("\n") + "\n");
    const result = await run("--products", "10", "--orders", file, "--out", join(dir, "out"));
    expect(result.status, result.stderr + result.stdout).toBe(0);

    const summary = JSON.parse(readFileSync(join(dir, "out", "summary.json"), "utf8"));
    const stock = { stockUpdates: expect.any(Number) };
    expect(summary.orders).toEqual(
      orderCounts(
        { received: 17, created: 7, duplicates: 2, cancelled: 2, refunded: 2, held: { unknown_sku: 1 }, rejected: { bad_signature: 1, malformed: 1 }, ...stock },
        {
          // TikTok: 8 pushes answered OK, one redelivery, one malformed body, one wrongly signed.
          tiktok: { received: 11, created: 4, duplicates: 1, cancelled: 1, refunded: 1, held: { unknown_sku: 1 }, rejected: { bad_signature: 1, malformed: 1 }, ...stock },
          // Meta: 5 order versions pulled; the last line repeats the first order unchanged.
          meta: { received: 6, created: 3, duplicates: 1, cancelled: 1, refunded: 1, ...stock },
        },
      ),
    );
    // Stock went down in Shopify and the new quantities reached both channels.
    expect(summary.orders.channels.tiktok.stockUpdates).toBeGreaterThan(0);
    expect(summary.orders.channels.meta.stockUpdates).toBeGreaterThan(0);
    expect(summary.notes).toEqual(["--orders: 25 order events applied"]);
    expect(result.stdout).toMatch(/orders\s+17 received, 2 duplicates, 7 created in Shopify/);

    // One Shopify order per channel order, none for the unknown SKU; the cancelled and refunded ones.
    const state = JSON.parse(readFileSync(join(dir, "out", "emulator-state.json"), "utf8"));
    const variant = (id: string | null) => Number(id!.slice(id!.lastIndexOf("/") + 1)) - 45000000000000;
    const orders = (state.orders as { sourceName: string; sourceIdentifier: string; currencyCode: string; cancelledAt: string | null; lineItems: { variantId: string; quantity: number }[]; refunds: { amount: string; lineItems: { variantId: string; quantity: number }[] }[] }[])
      .map((o) => [o.sourceName, o.sourceIdentifier, o.currencyCode, o.lineItems.map((l) => [variant(l.variantId), l.quantity]), o.cancelledAt !== null, o.refunds.map((r) => [r.amount, r.lineItems.map((l) => [variant(l.variantId), l.quantity])])])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(orders).toEqual([
      ["meta", "1029384756100001", "EUR", [[9, 1]], false, []],
      ["meta", "1029384756100002", "EUR", [[10, 1]], true, [["271.89", [[10, 1]]]]],
      ["meta", "1029384756100003", "EUR", [[12, 2]], false, [["264.99", [[12, 1]]]]],
      ["tiktok", "577010000000000001", "EUR", [[1, 2], [5, 1]], false, []],
      ["tiktok", "577010000000000002", "EUR", [[3, 1]], false, []],
      ["tiktok", "577010000000000003", "EUR", [[6, 1]], true, [["269.89", [[6, 1]]]]],
      ["tiktok", "577010000000000004", "EUR", [[7, 2]], false, [["266.99", [[7, 1]]]]],
    ]);
  });

  it("rejects bad input with a clear message and a non-zero exit", { timeout: DEMO_TIMEOUT }, async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "demo-")), "bad.jsonl");
    writeFileSync(bad, '{"id":"gid://shopify/Product/1","title":\n');
    const broken = await run("--catalog", bad, "--out", join(tmpdir(), "demo-bad"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/--catalog: .*bad\.jsonl:1: invalid JSON/);
    expect(broken.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const dir = mkdtempSync(join(tmpdir(), "demo-"));
    const unknownChannel = join(dir, "unknown-channel.jsonl");
    writeFileSync(unknownChannel, '{"channel":"tiktok","order":{"id":"1"}}\n\n{"channel":"wechat","order":{"id":"2"}}\n');
    const forged = join(dir, "forged.jsonl");
    writeFileSync(forged, '{"channel":"tiktok","body":{"type":1},"signature":"forged"}\n');
    const [abc, missing, unknownFlag, unknown, signature] = await Promise.all([
      run("--products", "abc"),
      run("--catalog", "/nonexistent.jsonl"),
      run("--unknown"),
      run("--products", "1", "--orders", unknownChannel),
      run("--products", "1", "--orders", forged),
    ]);
    for (const r of [abc, missing, unknownFlag, unknown, signature]) expect(r.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect(unknown.stderr).toMatch(/--orders line 3: unknown channel "wechat"/);
    expect(signature.stderr).toMatch(/--orders line 1: "signature" can only be "invalid"/);
  });
});
