/**
 * Shop-level facts the feeds need: shop, locales, locations, markets (countries, currency, locales).
 *
 * Markets changed a lot between 2025-01 and 2025-04+: `Market.status` and `Market.conditions
 * .regionsCondition.regions` exist only in newer versions, `Market.enabled` and `Market.regions`
 * exist in both but are deprecated from 2025-04 on. A document must validate against both reference
 * schemas, so we select the intersection: `enabled` (not `status`) and `regions` (not `conditions`).
 * Both are still served by 2026-10 (deprecated, not removed); tests/graphql pins this list of
 * deprecated fields so a removal or a new deprecation is noticed. `currencySettings` is nullable
 * from 2025-04 (null = inherited from the parent market): fall back to the shop currency.
 *
 * Requested cost is kept ≤ 1,000 points (tests/graphql): markets are paged by 10 (`$marketsAfter`)
 * and each market's first 25 countries come inline; page the rest with MarketRegions.
 * The `/* GraphQL *\/` literals are codegen input; use the typed operations from ./index.ts.
 */

/* GraphQL */ `
  fragment ShopMarket on Market {
    id
    handle
    name
    enabled
    currencySettings {
      baseCurrency {
        currencyCode
      }
      localCurrencies
    }
    webPresences(first: 5) {
      nodes {
        id
        subfolderSuffix
        domain {
          host
          url
        }
        defaultLocale {
          locale
        }
        alternateLocales {
          locale
        }
        rootUrls {
          locale
          url
        }
      }
    }
  }
`;

/* GraphQL */ `
  fragment MarketRegionCountries on MarketRegionConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      ... on MarketRegionCountry {
        code
      }
    }
  }
`;

/* GraphQL */ `
  query ShopFacts($marketsAfter: String) {
    shop {
      id
      name
      myshopifyDomain
      currencyCode
      ianaTimezone
      primaryDomain {
        host
        url
      }
    }
    shopLocales {
      locale
      name
      primary
      published
    }
    locations(first: 250, includeInactive: true, sortKey: NAME) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        isActive
      }
    }
    markets(first: 10, after: $marketsAfter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ShopMarket
        regions(first: 25) {
          ...MarketRegionCountries
        }
      }
    }
  }
`;

/** The remaining countries of one market (when ShopFacts says `regions.pageInfo.hasNextPage`). */
/* GraphQL */ `
  query MarketRegions($marketId: ID!, $after: String) {
    market(id: $marketId) {
      id
      regions(first: 250, after: $after) {
        ...MarketRegionCountries
      }
    }
  }
`;
