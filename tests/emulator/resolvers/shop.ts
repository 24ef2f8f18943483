import { gid, legacyId } from "../store/ids";
import type { MarketRecord, PlanName, ShopFacts } from "../store/types";
import { byId, connection, type ResolverMap } from "./context";
import { currencySetting, regionViews, shopLocaleView, webPresenceView } from "./views";

const PLANS: Record<PlanName, { displayName: string; shopifyPlus: boolean; partnerDevelopment: boolean }> = {
  basic: { displayName: "Basic", shopifyPlus: false, partnerDevelopment: false },
  shopify: { displayName: "Shopify", shopifyPlus: false, partnerDevelopment: false },
  advanced: { displayName: "Advanced", shopifyPlus: false, partnerDevelopment: false },
  plus: { displayName: "Shopify Plus", shopifyPlus: true, partnerDevelopment: false },
  development: { displayName: "Development", shopifyPlus: false, partnerDevelopment: true },
};

type WebPresence = ReturnType<typeof webPresenceView>;
type RegionsCondition = { applicationLevel: string; market: MarketRecord };

export const shopResolvers: ResolverMap = {
  Shop: {
    contactEmail: (s: ShopFacts) => s.email,
    url: (s: ShopFacts) => s.primaryDomainUrl,
    primaryDomain: (s: ShopFacts) => {
      const url = new URL(s.primaryDomainUrl);
      return { id: gid("Domain", legacyId(s.id)), host: url.host, url: url.origin, sslEnabled: url.protocol === "https:", localization: null, marketWebPresence: null };
    },
    timezoneAbbreviation: (s: ShopFacts) => (s.ianaTimezone === "UTC" ? "UTC" : s.ianaTimezone.split("/").pop() ?? "UTC"),
    plan: (s: ShopFacts) => {
      const p = PLANS[s.plan] ?? PLANS.basic;
      return { ...p, publicDisplayName: p.displayName };
    },
    enabledPresentmentCurrencies: (s: ShopFacts) => [...new Set([s.currencyCode, ...s.markets.filter((m) => m.enabled).map((m) => m.currencyCode)])],
    currencyFormats: (s: ShopFacts) => ({
      moneyFormat: `{{amount}} ${s.currencyCode}`,
      moneyInEmailsFormat: `{{amount}} ${s.currencyCode}`,
      moneyWithCurrencyFormat: `{{amount}} ${s.currencyCode}`,
      moneyWithCurrencyInEmailsFormat: `{{amount}} ${s.currencyCode}`,
    }),
    taxesIncluded: () => true,
    setupRequired: () => false,
    checkoutApiSupported: () => true,
    transactionalSmsDisabled: () => false,
  },

  Market: {
    status: (m: MarketRecord) => (m.enabled ? "ACTIVE" : "DRAFT"),
    type: () => "REGION",
    conditions: (m: MarketRecord) => ({
      conditionTypes: ["REGION"],
      regionsCondition: { applicationLevel: "SPECIFIED", market: m } satisfies RegionsCondition,
      companyLocationsCondition: null,
      locationsCondition: null,
    }),
    regions: (m: MarketRecord, args, ctx, info) => connection(regionViews(m), args, ctx, info, { id: byId }),
    currencySettings: (m: MarketRecord) => ({
      baseCurrency: currencySetting(m.currencyCode),
      localCurrencies: false,
      roundingEnabled: true,
    }),
    webPresence: (m: MarketRecord, _a, ctx) => webPresenceView(ctx.store, m),
    webPresences: (m: MarketRecord, args, ctx, info) => connection([webPresenceView(ctx.store, m)], args, ctx, info, { id: byId }),
    priceInclusions: () => null,
    priceList: () => null,
    assignedCustomization: () => false,
  },

  RegionsCondition: {
    regions: (c: RegionsCondition, args, ctx, info) => connection(regionViews(c.market), args, ctx, info, { id: byId }),
  },

  MarketWebPresence: {
    defaultLocale: (w: WebPresence, _a, ctx) => shopLocaleView(ctx.store, w.locales[0]),
    alternateLocales: (w: WebPresence, _a, ctx) => w.locales.slice(1).map((l) => shopLocaleView(ctx.store, l)),
    markets: (w: WebPresence, args, ctx, info) => connection([w.market], args, ctx, info, { id: byId }),
  },
};
