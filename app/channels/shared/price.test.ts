import { describe, expect, it } from "vitest";
import { PRICE_FORMAT, feedPrices, formatPrice } from "./price";

describe("formatPrice", () => {
  it("uses the currency's decimals", () => {
    expect(formatPrice({ amount: 999, currency: "USD" })).toBe("9.99 USD");
    expect(formatPrice({ amount: 1200, currency: "JPY" })).toBe("1200 JPY");
    expect(formatPrice({ amount: 2990, currency: "EUR" })).toBe("29.90 EUR");
    expect(formatPrice({ amount: 12990, currency: "HUF" })).toMatch(PRICE_FORMAT);
  });
});

describe("feedPrices", () => {
  it("turns a higher compare-at price into price + sale_price", () => {
    expect(feedPrices({ amount: 1500, currency: "EUR" }, { amount: 2000, currency: "EUR" })).toEqual({ price: "20.00 EUR", salePrice: "15.00 EUR" });
  });
  it("ignores a compare-at that is not higher or in another currency", () => {
    expect(feedPrices({ amount: 1500, currency: "EUR" }, { amount: 1500, currency: "EUR" })).toEqual({ price: "15.00 EUR", salePrice: null });
    expect(feedPrices({ amount: 1500, currency: "EUR" }, { amount: 9000, currency: "USD" })).toEqual({ price: "15.00 EUR", salePrice: null });
    expect(feedPrices({ amount: 1500, currency: "EUR" }, null).salePrice).toBeNull();
  });
});
