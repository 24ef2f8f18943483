// Which country's contextual price stands for a market: its first, alphabetically. A market's
// countries share its currency and price adjustments, so one country's price is the market's.
// The catalog read fetches prices for this country and the feeds read them for it: both must agree.

export function priceCountry(countries: readonly string[]): string | null {
  return countries.length > 0 ? [...countries].sort()[0] : null;
}

/** The countries whose contextual prices a read fetches: one per market, sorted, no repeats. */
export function priceCountries(markets: readonly { countries: readonly string[] }[]): string[] {
  return [...new Set(markets.flatMap((m) => priceCountry(m.countries) ?? []))].sort();
}
