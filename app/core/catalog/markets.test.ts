import { describe, expect, it } from "vitest";
import { priceCountries, priceCountry } from "./markets";

describe("the country whose price stands for a market", () => {
  it("is the market's first country alphabetically, the same for the read and the feeds", () => {
    expect(priceCountry(["DE", "AT", "FR"])).toBe("AT");
    expect(priceCountry([])).toBeNull();
    expect(priceCountries([{ countries: ["DE", "AT"] }, { countries: ["HU"] }, { countries: [] }, { countries: ["AT"] }])).toEqual(["AT", "HU"]);
  });
});
