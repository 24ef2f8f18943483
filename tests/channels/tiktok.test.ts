import { describe, expect, it } from "vitest";
import { tiktokAdapter } from "~/channels/tiktok";
import { makeVariant } from "./fixtures";

describe("tiktok", () => {
  it("keys items by sku_id and has no id column", () => {
    const item = tiktokAdapter.map(makeVariant({ variant: { id: "gid://shopify/ProductVariant/42" } })).item!;
    expect(item.sku_id).toBe("42");
    expect("id" in item).toBe(false);
  });
  it("removes emoji from titles with a warning (decision: clean, do not reject)", () => {
    const result = tiktokAdapter.map(makeVariant({ product: { title: "✨ Linen Shirt 👕" }, variant: { title: "Default Title", selectedOptions: [{ name: "Title", value: "Default Title" }] } }));
    expect(result.item!.title).toBe("Linen Shirt");
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "title_emoji_removed", severity: "warning" }));
  });
  it("rejects a title that is only emoji", () => {
    const result = tiktokAdapter.map(makeVariant({ product: { title: "🔥🔥" }, variant: { title: "Default Title", selectedOptions: [] } }));
    expect(result.item).toBeNull();
    expect(result.issues.map((i) => i.code)).toContain("missing_title");
  });
  it("sends a CONTINUE variant at zero stock as 'available for order'", () => {
    expect(tiktokAdapter.map(makeVariant({ variant: { quantity: 0, inventoryPolicy: "CONTINUE" } })).item!.availability).toBe("available for order");
  });
  it("requires brand", () => {
    const result = tiktokAdapter.map(makeVariant({ product: { vendor: "" } }));
    expect(result.item).toBeNull();
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "missing_brand", field: "brand", severity: "error" }));
  });
});
