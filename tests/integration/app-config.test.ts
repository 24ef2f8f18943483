import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// shopify.app.toml and extensions/ pass the Shopify CLI's own validation (`shopify app build`,
// offline), and that validation really rejects a broken configuration.

const ROOT = join(import.meta.dirname, "../..");

function appCopy(edit: (toml: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), "app-config-"));
  for (const entry of ["package.json", "extensions"]) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  writeFileSync(join(dir, "shopify.app.toml"), edit(readFileSync(join(ROOT, "shopify.app.toml"), "utf8")));
  return dir;
}

const validate = (dir: string) => spawnSync(join(ROOT, "scripts/validate-app-config.sh"), [dir], { encoding: "utf8", timeout: 120_000 });

describe("app configuration (Shopify CLI)", () => {
  it("validates shopify.app.toml and extensions", () => {
    const result = validate(appCopy());
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/built!/);
  });

  it("rejects a configuration Shopify would refuse", () => {
    const result = validate(appCopy((toml) => toml.replace('uri = "/webhooks/bulk"', 'uri = "webhooks-bulk"')));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/URI format isn't correct/);
  });
});
