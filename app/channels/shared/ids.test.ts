import { describe, expect, it } from "vitest";
import { numericId } from "./ids";

describe("numericId", () => {
  it("takes the number out of a gid, keeps 64-bit ids exact", () => {
    expect(numericId("gid://shopify/ProductVariant/44012345678901234")).toBe("44012345678901234");
    expect(numericId("gid://shopify/Product/1")).toBe("1");
    expect(numericId("987")).toBe("987");
  });
  it("rejects what is not an id", () => {
    expect(numericId("gid://shopify/Product/abc")).toBeNull();
    expect(numericId("")).toBeNull();
  });
});
