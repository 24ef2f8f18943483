/**
 * The bulk catalog queries: everything every channel feed needs, read with bulk operations.
 *
 * Shopify's bulk limits (./bulk-limits.ts): ≤ 5 connections, ≤ 2 levels of connections nested
 * under the top-level one, no pagination. One query *could* hold products + variants + media +
 * collections + inventoryLevels (exactly 5 connections, inventoryLevels 2 levels deep), but that
 * leaves no headroom, puts the slowest resolvers (per-country prices, per-location levels) into
 * the operation every feed waits for, and relies on the deepest allowed nesting. So we split:
 *
 * 1. `catalog`   products → media, collections, variants            4 connections, nesting 1
 *                + Product.translations(locale:) per shop locale     (lists, not connections)
 *                + channel attributes on products and variants: aliased
 *                  `metafield(namespace: "mm-google-shopping", key:)` objects (CatalogAttributes)
 * 2. `inventory` productVariants → inventoryItem.inventoryLevels      2 connections, nesting 1
 * 3. `prices`    productVariants + contextualPricing(country:) per    1 connection
 *                market country, chunked (several queries when there are many countries)
 *
 * From 2026-01 Shopify runs up to 5 bulk queries per shop concurrently, so the split costs no wall
 * time; before that they run one after another. Each result is ungrouped JSONL: child lines carry
 * `__parentId` and may come after other parents' lines; lines of different queries join on ids.
 *
 * The attributes are single `metafield` objects rather than a `metafields` connection on purpose:
 * a connection on products and variants would make 6 connections here (over the limit), and in
 * any query its nodes become lines of their own that must be joined onto product and variant rows
 * written from other lines (or other queries, finishing in any order). Inline, they arrive on the
 * very line they describe and enter the row's content hash with it.
 *
 * Per-locale translations and per-country prices are aliases (`translations_pt_BR`,
 * `contextualPricing_HU`) built from the shop's locales and market countries; read them back with
 * `translationsByLocale()` / `contextualPricingByCountry()`.
 */
import {
  Kind,
  parse,
  print,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import {
  CatalogCollectionFragmentDoc,
  CatalogContextualPricingFragmentDoc,
  CatalogInventoryItemFragmentDoc,
  CatalogInventoryLevelFragmentDoc,
  CatalogInventoryVariantFragmentDoc,
  CatalogMediaFragmentDoc,
  CatalogPriceVariantFragmentDoc,
  CatalogProductFragmentDoc,
  CatalogTranslationFragmentDoc,
  CatalogVariantFragmentDoc,
  type CatalogCollectionFragment,
  type CatalogContextualPricingFragment,
  type CatalogInventoryItemFragment,
  type CatalogInventoryLevelFragment,
  type CatalogInventoryVariantFragment,
  type CatalogMediaFragment,
  type CatalogPriceVariantFragment,
  type CatalogProductFragment,
  type CatalogTranslationFragment,
  type CatalogVariantFragment,
} from "../generated/admin.types";
import { assertBulkQueryWithinLimits } from "./bulk-limits";
import { contextualPricingAlias, parseCatalogAlias, translationsAlias } from "~/core/catalog/aliases";

export type CatalogBulkQueryKind = "catalog" | "inventory" | "prices";

export interface CatalogBulkQuery {
  readonly kind: CatalogBulkQueryKind;
  /** Stable name for logs and job state: "catalog", "inventory", "prices-1", "prices-2", … */
  readonly key: string;
  /** The query to pass to bulkOperationRunQuery(query:). */
  readonly query: string;
  /** Locales whose translations this query carries (catalog only). */
  readonly locales: readonly string[];
  /** Countries whose contextual prices this query carries (prices only). */
  readonly countries: readonly string[];
}

export interface CatalogBulkQueryOptions {
  /** Shop locales to fetch translations for, e.g. ["hu", "pt-BR"]; usually the non-primary ones. */
  readonly locales?: readonly string[];
  /** ISO 3166-1 alpha-2 codes of the market countries to fetch contextual prices for. */
  readonly countries?: readonly string[];
  /** Countries per prices query (default 50). */
  readonly maxCountriesPerPricesQuery?: number;
}

export const DEFAULT_MAX_COUNTRIES_PER_PRICES_QUERY = 50;

export { contextualPricingAlias, parseCatalogAlias, translationsAlias };

// ---------------------------------------------------------------------------------------------
// JSONL line shapes (ungrouped output: children carry __parentId; fields as the fragments say)

interface ChildLine {
  readonly __parentId: string;
}
/** `catalog` query: one per product, with `translations_<locale>` lists inline. */
export type CatalogBulkProductLine = CatalogProductFragment & {
  readonly [alias: `translations_${string}`]: readonly CatalogTranslationFragment[] | undefined;
};
/** `catalog` query: media of a product (`__parentId` = product id). */
export type CatalogBulkMediaLine = CatalogMediaFragment & ChildLine;
/** `catalog` query: a collection the product belongs to (`__parentId` = product id). */
export type CatalogBulkCollectionLine = CatalogCollectionFragment & ChildLine;
/** `catalog` query: a variant (`__parentId` = product id). */
export type CatalogBulkVariantLine = CatalogVariantFragment & ChildLine;
/** `inventory` query: one per variant (product id inline, no `__parentId`). */
export type InventoryBulkVariantLine = CatalogInventoryVariantFragment & {
  readonly inventoryItem: CatalogInventoryItemFragment;
};
/** `inventory` query: a level at one location (`__parentId` = variant id). */
export type InventoryBulkLevelLine = CatalogInventoryLevelFragment & ChildLine;
/** `prices` query: one per variant with `contextualPricing_<COUNTRY>` objects inline. */
export type PricesBulkVariantLine = CatalogPriceVariantFragment & {
  readonly [alias: `contextualPricing_${string}`]: CatalogContextualPricingFragment | undefined;
};

/** Translations of a `catalog` product line, keyed by locale. */
export function translationsByLocale(
  line: Readonly<Record<string, unknown>>,
): Map<string, readonly CatalogTranslationFragment[]> {
  const result = new Map<string, readonly CatalogTranslationFragment[]>();
  for (const [key, value] of Object.entries(line)) {
    const alias = parseCatalogAlias(key);
    if (alias?.kind === "translations" && Array.isArray(value)) {
      result.set(alias.locale, value as CatalogTranslationFragment[]);
    }
  }
  return result;
}

/** Contextual prices of a `prices` variant line, keyed by country code. */
export function contextualPricingByCountry(
  line: Readonly<Record<string, unknown>>,
): Map<string, CatalogContextualPricingFragment> {
  const result = new Map<string, CatalogContextualPricingFragment>();
  for (const [key, value] of Object.entries(line)) {
    const alias = parseCatalogAlias(key);
    if (alias?.kind === "contextualPricing" && value && typeof value === "object") {
      result.set(alias.country, value as CatalogContextualPricingFragment);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Builders

/** The `catalog` bulk query: products with media, collections, variants and per-locale translations. */
export function buildCatalogBulkQuery(locales: readonly string[] = []): string {
  const translations = normalise(locales, translationsAlias)
    .map(
      (locale) =>
        `${translationsAlias(locale)}: translations(locale: ${JSON.stringify(locale)}) { ...CatalogTranslation }`,
    )
    .join("\n");
  return build(
    `{
      products {
        edges {
          node {
            ...CatalogProduct
            ${translations}
            media { edges { node { ...CatalogMedia } } }
            collections { edges { node { ...CatalogCollection } } }
            variants { edges { node { ...CatalogVariant } } }
          }
        }
      }
    }`,
    [
      CatalogProductFragmentDoc,
      CatalogTranslationFragmentDoc,
      CatalogMediaFragmentDoc,
      CatalogCollectionFragmentDoc,
      CatalogVariantFragmentDoc,
    ],
  );
}

/** The `inventory` bulk query: every variant's inventory item and its levels per location. */
export function buildInventoryBulkQuery(): string {
  return build(
    `{
      productVariants {
        edges {
          node {
            ...CatalogInventoryVariant
            inventoryItem {
              ...CatalogInventoryItem
              inventoryLevels { edges { node { ...CatalogInventoryLevel } } }
            }
          }
        }
      }
    }`,
    [CatalogInventoryVariantFragmentDoc, CatalogInventoryItemFragmentDoc, CatalogInventoryLevelFragmentDoc],
  );
}

/** A `prices` bulk query: every variant's contextual pricing in each of `countries`. */
export function buildContextualPricesBulkQuery(countries: readonly string[]): string {
  const codes = normalise(countries, contextualPricingAlias);
  if (codes.length === 0) throw new Error("buildContextualPricesBulkQuery needs at least one country");
  const pricing = codes
    .map(
      (country) =>
        `${contextualPricingAlias(country)}: contextualPricing(context: { country: ${country} }) { ...CatalogContextualPricing }`,
    )
    .join("\n");
  return build(
    `{
      productVariants {
        edges {
          node {
            ...CatalogPriceVariant
            ${pricing}
          }
        }
      }
    }`,
    [CatalogPriceVariantFragmentDoc, CatalogContextualPricingFragmentDoc],
  );
}

/** The full set of bulk queries for a shop; each is checked against the bulk limits. */
export function buildCatalogBulkQueries(options: CatalogBulkQueryOptions = {}): CatalogBulkQuery[] {
  const locales = normalise(options.locales ?? [], translationsAlias);
  const countries = normalise(options.countries ?? [], contextualPricingAlias);
  const chunkSize = options.maxCountriesPerPricesQuery ?? DEFAULT_MAX_COUNTRIES_PER_PRICES_QUERY;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new Error(`maxCountriesPerPricesQuery must be a positive integer, got ${chunkSize}`);
  }
  const queries: CatalogBulkQuery[] = [
    { kind: "catalog", key: "catalog", query: buildCatalogBulkQuery(locales), locales, countries: [] },
    { kind: "inventory", key: "inventory", query: buildInventoryBulkQuery(), locales: [], countries: [] },
  ];
  for (let start = 0; start < countries.length; start += chunkSize) {
    const chunk = countries.slice(start, start + chunkSize);
    queries.push({
      kind: "prices",
      key: `prices-${queries.length - 1}`,
      query: buildContextualPricesBulkQuery(chunk),
      locales: [],
      countries: chunk,
    });
  }
  for (const { query } of queries) assertBulkQueryWithinLimits(query);
  return queries;
}

/** The `catalog` bulk query without translations (shops with a single locale). */
export const CATALOG_BULK_QUERY: string = buildCatalogBulkQuery();
/** The `inventory` bulk query. */
export const INVENTORY_BULK_QUERY: string = buildInventoryBulkQuery();

/** Validate (via `check`, which throws), dedupe and sort, so equal inputs give equal queries. */
function normalise(values: readonly string[], check: (value: string) => string): string[] {
  for (const value of values) check(value);
  return [...new Set(values)].sort();
}

/**
 * Parse `skeleton` with the given fragment documents and replace every fragment spread by the
 * fragment's selections, so the bulk query is one self-contained operation without fragment
 * definitions. Each spread in our skeletons and fragments sits on a field of exactly the fragment's
 * type, which keeps this splice valid (tests validate the result against both schemas).
 */
function build(skeleton: string, fragmentDocuments: readonly DocumentNode[]): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const document of fragmentDocuments) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const active = new Set<string>();
  const splice: ASTVisitor = {
    SelectionSet: {
      leave(node: SelectionSetNode): SelectionSetNode {
        const selections = node.selections.flatMap((selection): readonly SelectionNode[] => {
          if (selection.kind !== Kind.FRAGMENT_SPREAD) return [selection];
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment) throw new Error(`bulk query references unknown fragment ${name}`);
          if (active.has(name)) throw new Error(`fragment ${name} spreads itself`);
          active.add(name);
          const inlined = visit(fragment.selectionSet, splice);
          active.delete(name);
          return inlined.selections;
        });
        return { ...node, selections };
      },
    },
  };
  return print(visit(parse(skeleton, { noLocation: true }), splice));
}
