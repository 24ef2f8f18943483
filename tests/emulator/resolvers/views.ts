/**
 * GraphQL-facing objects for things the store keeps implicitly (inventory items and levels,
 * market regions, locales). Each carries `__typename` for interface resolution.
 */
import { convertAmount, formatAmount } from "../money";
import { gid, inventoryLevelGid, legacyId, parseGid } from "../store/ids";
import type { ShopStore, VariantRef } from "../store/shop-store";
import type { LocationRecord, MarketRecord, MoneyRecord, VariantRecord } from "../store/types";

export interface InventoryItemView {
  __typename: "InventoryItem";
  id: string;
  ref: VariantRef;
}

export interface InventoryLevelView {
  __typename: "InventoryLevel";
  id: string;
  ref: VariantRef;
  location: LocationRecord;
  available: number;
}

export function inventoryItemView(ref: VariantRef): InventoryItemView {
  return { __typename: "InventoryItem", id: ref.variant.inventoryItem.id, ref };
}

export function inventoryLevelViews(store: ShopStore, ref: VariantRef): InventoryLevelView[] {
  const out: InventoryLevelView[] = [];
  for (const loc of store.facts.locations) {
    const available = store.inventory.get(ref.variant.inventoryItem.id, loc.id);
    if (available === undefined) continue;
    out.push({
      __typename: "InventoryLevel",
      id: inventoryLevelGid(loc.id, ref.variant.inventoryItem.id),
      ref,
      location: loc,
      available,
    });
  }
  return out;
}

export function inventoryLevelById(store: ShopStore, id: string): InventoryLevelView | null {
  const p = parseGid(id);
  const item = /inventory_item_id=(\d+)/.exec(p?.query ?? "")?.[1];
  if (!p || !item) return null;
  const ref = store.byInventoryItem(gid("InventoryItem", item));
  if (!ref) return null;
  return inventoryLevelViews(store, ref).find((l) => legacyId(l.location.id) === p.legacyId) ?? null;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const currencyNames = new Intl.DisplayNames(["en"], { type: "currency" });

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function localeName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencySetting(code: string) {
  let currencyName = code;
  try {
    currencyName = currencyNames.of(code) ?? code;
  } catch {
    /* unknown code */
  }
  return { currencyCode: code, currencyName, enabled: true, manualRate: null, rateUpdatedAt: null };
}

export function shopLocaleView(store: ShopStore, locale: string) {
  const rec = store.facts.locales.find((l) => l.locale === locale);
  return {
    locale,
    name: localeName(locale),
    primary: rec?.primary ?? false,
    published: rec?.published ?? true,
    marketWebPresences: store.facts.markets.filter((m) => m.locales.includes(locale)).map((m) => webPresenceView(store, m)),
  };
}

export function regionViews(market: MarketRecord) {
  const base = BigInt(legacyId(market.id)) * 1000n;
  return market.countries.map((code, i) => ({
    __typename: "MarketRegionCountry" as const,
    id: gid("MarketRegionCountry", base + BigInt(i + 1)),
    code,
    name: countryName(code),
    currency: currencySetting(market.currencyCode),
  }));
}

export function webPresenceView(store: ShopStore, market: MarketRecord) {
  const primaryLocale = store.facts.locales.find((l) => l.primary)?.locale ?? "en";
  const locales = market.locales.length ? market.locales : [primaryLocale];
  const root = store.facts.primaryDomainUrl.replace(/\/$/, "");
  const region = (market.countries[0] ?? market.handle).toLowerCase();
  return {
    __typename: "MarketWebPresence" as const,
    id: gid("MarketWebPresence", legacyId(market.id)),
    market,
    subfolderSuffix: market.primary ? null : region,
    domain: null,
    locales,
    rootUrls: locales.map((l) => ({
      locale: l,
      url: market.primary && l === primaryLocale ? `${root}/` : `${root}/${l}${market.primary ? "" : `-${region}`}/`,
    })),
  };
}

/** Price of a variant in a country: the explicit market price, else converted from the shop price. */
export function contextualPrice(
  store: ShopStore,
  variant: VariantRecord,
  country: string | null | undefined,
): { price: MoneyRecord; compareAtPrice: MoneyRecord | null } {
  const shopCurrency = store.facts.currencyCode;
  if (country) {
    const explicit = variant.contextualPrices.find((c) => c.country === country);
    if (explicit) return { price: explicit.price, compareAtPrice: explicit.compareAtPrice };
  }
  const market = country ? store.facts.markets.find((m) => m.enabled && m.countries.includes(country)) : undefined;
  const currency = market?.currencyCode ?? shopCurrency;
  const conv = (amount: string) =>
    currency === shopCurrency ? formatAmount(amount, currency) : convertAmount(amount, shopCurrency, currency);
  return {
    price: { amount: conv(variant.price), currencyCode: currency },
    compareAtPrice: variant.compareAtPrice ? { amount: conv(variant.compareAtPrice), currencyCode: currency } : null,
  };
}
