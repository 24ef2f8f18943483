// How the catalog queries name per-locale and per-country selections, shared by the query
// builders (app/shopify/documents) and the readers of their results (./from-graphql).

const TRANSLATIONS_ALIAS_PREFIX = "translations_";
const CONTEXTUAL_PRICING_ALIAS_PREFIX = "contextualPricing_";
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** Alias of a product's translations into `locale`: "pt-BR" → "translations_pt_BR". */
export function translationsAlias(locale: string): string {
  if (!LOCALE_PATTERN.test(locale)) throw new Error(`not a locale: ${JSON.stringify(locale)}`);
  return TRANSLATIONS_ALIAS_PREFIX + locale.replaceAll("-", "_");
}

/** Alias of a variant's contextual pricing in `country`: "HU" → "contextualPricing_HU". */
export function contextualPricingAlias(country: string): string {
  if (!COUNTRY_PATTERN.test(country)) throw new Error(`not an ISO country code: ${JSON.stringify(country)}`);
  return CONTEXTUAL_PRICING_ALIAS_PREFIX + country;
}

/** The locale or country an alias key stands for, or undefined for any other key. */
export function parseCatalogAlias(
  key: string,
): { kind: "translations"; locale: string } | { kind: "contextualPricing"; country: string } | undefined {
  if (key.startsWith(TRANSLATIONS_ALIAS_PREFIX)) {
    const locale = key.slice(TRANSLATIONS_ALIAS_PREFIX.length).replaceAll("_", "-");
    return LOCALE_PATTERN.test(locale) ? { kind: "translations", locale } : undefined;
  }
  if (key.startsWith(CONTEXTUAL_PRICING_ALIAS_PREFIX)) {
    const country = key.slice(CONTEXTUAL_PRICING_ALIAS_PREFIX.length);
    return COUNTRY_PATTERN.test(country) ? { kind: "contextualPricing", country } : undefined;
  }
  return undefined;
}

type CatalogAlias = ReturnType<typeof parseCatalogAlias>;
const aliasCache = new Map<string, CatalogAlias>();

/** parseCatalogAlias, remembered per key: a bulk read asks about the same few keys on every line. */
export function catalogAliasOf(key: string): CatalogAlias {
  if (aliasCache.has(key)) return aliasCache.get(key);
  const alias = parseCatalogAlias(key);
  if (aliasCache.size < 10_000) aliasCache.set(key, alias);
  return alias;
}
