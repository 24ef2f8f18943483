import { describe, expect, it } from "vitest";
import { isValidGtin, normalizeGtin } from "./gtin";

describe("isValidGtin", () => {
  it.each([
    ["96385074", "GTIN-8"],
    ["036000291452", "UPC-A"],
    ["4006381333931", "EAN-13"],
    ["9780306406157", "ISBN-13"],
    ["10012345678902", "GTIN-14"],
    ["4006381-333931", "with a dash"],
    [" 4006381 333931 ", "with spaces"],
  ])("accepts %s (%s)", (code) => expect(isValidGtin(code)).toBe(true));

  it.each([
    ["4006381333932", "wrong check digit"],
    ["12345", "too short"],
    ["123456789", "9 digits"],
    ["123456", "UPC-E (6 digits)"],
    ["ABC123456789", "letters"],
    ["0000000000000", "all zeros"],
    ["", "empty"],
  ])("rejects %s (%s)", (code) => expect(isValidGtin(code)).toBe(false));
});

describe("normalizeGtin", () => {
  it("strips spaces and dashes", () => {
    expect(normalizeGtin("400-638 1333931")).toBe("4006381333931");
    expect(normalizeGtin("40A")).toBeNull();
  });
});
