import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm run demo` as a user runs it: a child process, its exit code, the files it writes.

const ROOT = join(import.meta.dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });

describe("npm run demo", () => {
  it("--products 200 --out DIR exits 0 and writes summary.json and emulator-state.json", () => {
    const out = mkdtempSync(join(tmpdir(), "demo-"));
    const result = run("--products", "200", "--out", out);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.catalog).toMatchObject({ products: 200 });
    expect(summary.catalog.variants).toBeGreaterThan(200);
    for (const key of ["locations", "markets", "locales"]) expect(summary.catalog[key]).toBeGreaterThan(0);
    expect(summary.orders).toEqual({ received: 0, created: 0, duplicates: 0, held: {}, rejected: {} });
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

  it("--catalog reads a catalog given in Shopify's bulk JSONL shape", () => {
    const out = mkdtempSync(join(tmpdir(), "demo-"));
    const result = run("--catalog", "tests/emulator/fixtures/catalog-example.jsonl", "--out", out);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.catalog).toEqual({ products: 2, variants: 3, locations: 1, markets: 2, locales: 2 });
  });

  it("rejects bad input with a clear message and a non-zero exit", () => {
    const bad = join(mkdtempSync(join(tmpdir(), "demo-")), "bad.jsonl");
    writeFileSync(bad, '{"id":"gid://shopify/Product/1","title":\n');
    const broken = run("--catalog", bad, "--out", join(tmpdir(), "demo-bad"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/--catalog: .*bad\.jsonl:1: invalid JSON/);
    expect(broken.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run("--products", "abc").status).toBe(2);
    expect(run("--catalog", "/nonexistent.jsonl").stderr).toMatch(/no such file/);
    expect(run("--unknown").status).toBe(2);
  });
});
