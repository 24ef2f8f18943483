import { describe, expect, it } from "vitest";
import { snapchatAdapter } from "~/channels/snapchat";
import { makeVariant } from "./fixtures";

describe("snapchat", () => {
  it("accepts any one of brand, gtin, mpn", () => {
    expect(snapchatAdapter.map(makeVariant({ product: { vendor: "" }, variant: { barcode: null, sku: "SKU-1" } })).item?.mpn).toBe("SKU-1");
    expect(snapchatAdapter.map(makeVariant({ product: { vendor: "" }, variant: { barcode: "4006381333931", sku: null } })).item?.gtin).toBe("4006381333931");
  });
  it("rejects an item with none of them", () => {
    const result = snapchatAdapter.map(makeVariant({ product: { vendor: "" }, variant: { barcode: "123", sku: null } }));
    expect(result.item).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["invalid_gtin", "missing_identifier"]));
  });
  it("warns about images that are not JPEG or PNG", () => {
    const result = snapchatAdapter.map(makeVariant({ variant: { imageUrl: "https://cdn.shopify.com/s/files/1/x.webp?v=1" } }));
    expect(result.item).not.toBeNull();
    expect(result.issues.map((i) => i.code)).toContain("image_format_unsupported");
  });
  it("drops an mpn over 50 characters with a warning", () => {
    const result = snapchatAdapter.map(makeVariant({ variant: { sku: "X".repeat(60) } }));
    expect(result.item!.mpn).toBe("");
    expect(result.issues.map((i) => i.code)).toContain("value_dropped");
  });
  it("sends a CONTINUE variant at zero stock as 'available for order'", () => {
    expect(snapchatAdapter.map(makeVariant({ variant: { quantity: 0, inventoryPolicy: "CONTINUE" } })).item!.availability).toBe("available for order");
  });
});
