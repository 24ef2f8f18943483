import { describe, expect, it } from "vitest";
import { stockState } from "./availability";

describe("stockState", () => {
  it("is in stock with quantity or without tracking", () => {
    expect(stockState({ quantity: 3, inventoryPolicy: "DENY", tracked: true })).toBe("in_stock");
    expect(stockState({ quantity: 0, inventoryPolicy: "DENY", tracked: false })).toBe("in_stock");
  });
  it("is out of stock at zero when overselling is denied", () => {
    expect(stockState({ quantity: 0, inventoryPolicy: "DENY", tracked: true })).toBe("out_of_stock");
    expect(stockState({ quantity: -2, inventoryPolicy: "DENY", tracked: true })).toBe("out_of_stock");
  });
  it("is backorder at zero when the policy continues selling", () => {
    expect(stockState({ quantity: 0, inventoryPolicy: "CONTINUE", tracked: true })).toBe("backorder");
  });
});
