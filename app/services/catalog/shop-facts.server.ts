import { priceCountries } from "~/core/catalog/markets";
import { MarketRegions, ShopFacts, type ShopFactsQuery } from "~/shopify/documents";
import type { CatalogDeps } from "./deps.server";

// The shop-level facts every feed needs (currency, languages, markets with their countries and
// currencies, locations), read once per full read and stored.

export interface ShopFactsSummary {
  currency: string;
  primaryLocale: string;
  /** Published locales other than the primary one: each gets translations read. */
  translatedLocales: string[];
  /**
   * One country per enabled market (app/core/catalog/markets.ts): contextual prices are read for
   * it; reading every country of a 27-country market would cost 27 times as much.
   */
  countries: string[];
  locations: number;
  markets: number;
}

type MarketNode = ShopFactsQuery["markets"]["nodes"][number];

export async function refreshShopFacts(deps: CatalogDeps, shop: string): Promise<ShopFactsSummary> {
  const admin = await deps.admin(shop);
  let facts: ShopFactsQuery | undefined;
  const markets: { node: MarketNode; countries: string[] }[] = [];
  let after: string | null = null;
  do {
    const page: ShopFactsQuery = await admin.request(ShopFacts.document, { marketsAfter: after });
    facts ??= page;
    for (const node of page.markets.nodes) markets.push({ node, countries: await countriesOf(deps, shop, node) });
    after = page.markets.pageInfo.hasNextPage ? page.markets.pageInfo.endCursor : null;
  } while (after);
  if (!facts) throw new Error("ShopFacts returned nothing");

  const currency = facts.shop.currencyCode;
  const primaryLocale = facts.shopLocales.find((l) => l.primary)?.locale ?? "en";
  const rows = markets.map(({ node, countries }) => ({
    shop,
    handle: node.handle,
    name: node.name,
    enabled: node.enabled,
    countries: JSON.stringify(countries),
    currency: node.currencySettings?.baseCurrency.currencyCode ?? currency,
    locales: JSON.stringify(marketLocales(node, primaryLocale)),
  }));

  await deps.db.$transaction([
    deps.db.shop.upsert({
      where: { domain: shop },
      create: { domain: shop, name: facts.shop.name, currencyCode: currency, primaryDomain: facts.shop.primaryDomain.url },
      update: { name: facts.shop.name, currencyCode: currency, primaryDomain: facts.shop.primaryDomain.url },
    }),
    deps.db.shopLocale.deleteMany({ where: { shop } }),
    deps.db.shopLocale.createMany({ data: facts.shopLocales.map((l) => ({ shop, locale: l.locale, primary: l.primary, published: l.published })) }),
    deps.db.shopLocation.deleteMany({ where: { shop } }),
    deps.db.shopLocation.createMany({ data: facts.locations.nodes.map((l) => ({ shop, id: l.id, name: l.name, isActive: l.isActive })) }),
    deps.db.shopMarket.deleteMany({ where: { shop } }),
    deps.db.shopMarket.createMany({ data: rows }),
  ]);

  const countries = priceCountries(markets.filter((m) => m.node.enabled));
  return {
    currency,
    primaryLocale,
    translatedLocales: facts.shopLocales.filter((l) => l.published && !l.primary).map((l) => l.locale).sort(),
    countries,
    locations: facts.locations.nodes.length,
    markets: markets.length,
  };
}

async function countriesOf(deps: CatalogDeps, shop: string, market: MarketNode): Promise<string[]> {
  const codes = market.regions.nodes.flatMap((r) => ("code" in r && r.code ? [r.code] : []));
  let page = market.regions.pageInfo;
  while (page.hasNextPage) {
    const admin = await deps.admin(shop);
    const more = await admin.request(MarketRegions.document, { marketId: market.id, after: page.endCursor });
    if (!more.market) break;
    codes.push(...more.market.regions.nodes.flatMap((r) => ("code" in r && r.code ? [r.code] : [])));
    page = more.market.regions.pageInfo;
  }
  return codes;
}

function marketLocales(market: MarketNode, primaryLocale: string): string[] {
  const locales = market.webPresences.nodes.flatMap((w) => [w.defaultLocale.locale, ...w.alternateLocales.map((l) => l.locale)]);
  return locales.length > 0 ? [...new Set(locales)] : [primaryLocale];
}
