import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pinterestAdapter } from "~/channels/pinterest";
import { PINTEREST_ISSUE_CODES } from "~/channels/pinterest/fields";
import { parseCsv } from "./csv";
import { REFERENCE_DIR } from "./spec-tables";
import { makeVariant } from "./fixtures";

describe("pinterest", () => {
  it("rejects a link over 511 characters", () => {
    const result = pinterestAdapter.map(makeVariant({ product: { onlineStoreUrl: `https://demo-shop.example.com/products/${"a".repeat(520)}` } }));
    expect(result.item).toBeNull();
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "value_too_long", field: "link", severity: "error" }));
  });
  it("does not require brand", () => {
    expect(pinterestAdapter.map(makeVariant({ product: { vendor: "" } })).item).not.toBeNull();
  });
  it("sends a CONTINUE variant at zero stock as 'in stock'", () => {
    expect(pinterestAdapter.map(makeVariant({ variant: { quantity: 0, inventoryPolicy: "CONTINUE" } })).item!.availability).toBe("in stock");
  });
  it("maps our codes to codes Pinterest really reports", () => {
    const codes = new Set(parseCsv(readFileSync(join(REFERENCE_DIR, "channels/pinterest-validation-issues.csv"), "utf8")).map((r) => r[1]));
    for (const code of Object.values(PINTEREST_ISSUE_CODES)) expect(codes, code).toContain(code);
  });
});
