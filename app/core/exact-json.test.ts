import { describe, expect, it } from "vitest";
import { exactIntegerField, gid, legacyId } from "./exact-json";

describe("exact ids from raw webhook bodies", () => {
  it("keeps every digit of a 64-bit id that JSON.parse would round", () => {
    const raw = '{"inventory_item_id": 271878346596884015, "location_id": 24826418, "available": 7}';
    expect(String(JSON.parse(raw).inventory_item_id)).not.toBe("271878346596884015");
    expect(exactIntegerField(raw, "inventory_item_id")).toBe("271878346596884015");
    expect(exactIntegerField(raw, "location_id")).toBe("24826418");
    expect(exactIntegerField(raw, "missing")).toBeNull();
  });
  it("builds and reads gids", () => {
    expect(gid("Product", "788032119674292922")).toBe("gid://shopify/Product/788032119674292922");
    expect(legacyId("gid://shopify/InventoryLevel/24826418?inventory_item_id=1")).toBe("24826418");
    expect(() => legacyId("nope")).toThrow();
  });
});
