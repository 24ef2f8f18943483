import { describe, expect, it } from "vitest";
import { sellableQuantity } from "./stock";

describe("sellableQuantity", () => {
  it("holds back the buffer and never goes below zero", () => {
    expect(sellableQuantity(10, { units: 2, percent: 0 })).toBe(8);
    expect(sellableQuantity(2, { units: 2, percent: 0 })).toBe(0);
    expect(sellableQuantity(1, { units: 5, percent: 0 })).toBe(0);
    expect(sellableQuantity(-3, { units: 0, percent: 0 })).toBe(0);
  });
  it("rounds a percentage buffer up and takes the larger of the two", () => {
    expect(sellableQuantity(10, { units: 0, percent: 15 })).toBe(8);
    expect(sellableQuantity(100, { units: 5, percent: 10 })).toBe(90);
    expect(sellableQuantity(100, { units: 20, percent: 10 })).toBe(80);
    expect(sellableQuantity(7, { units: 0, percent: 0 })).toBe(7);
  });
});
