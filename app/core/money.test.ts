import { describe, expect, it } from "vitest";
import { fromMinor, minorDigits, toMinor } from "./money";

describe("money", () => {
  it("knows each currency's minor unit", () => {
    expect(minorDigits("EUR")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
  });
  it("turns Shopify decimal strings into integer minor units and back without floats", () => {
    expect(toMinor("29.00", "EUR")).toBe(2900);
    expect(toMinor("29.9", "EUR")).toBe(2990);
    expect(toMinor("0.1", "USD") + toMinor("0.2", "USD")).toBe(toMinor("0.3", "USD"));
    expect(toMinor("1200", "JPY")).toBe(1200);
    expect(toMinor("1200.0", "JPY")).toBe(1200);
    expect(toMinor("1.2345", "KWD")).toBe(1235);
    expect(toMinor("-5.5", "EUR")).toBe(-550);
    expect(fromMinor(2990, "EUR")).toBe("29.90");
    expect(fromMinor(5, "EUR")).toBe("0.05");
    expect(fromMinor(1200, "JPY")).toBe("1200");
    expect(fromMinor(-550, "EUR")).toBe("-5.50");
  });
  it("rejects what is not a decimal amount", () => {
    expect(() => toMinor("12,50", "EUR")).toThrow(/Not a decimal/);
    expect(() => toMinor("1e3", "EUR")).toThrow(/Not a decimal/);
  });
});
