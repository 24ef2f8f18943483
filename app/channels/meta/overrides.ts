// Meta's country and language override feeds: rows keyed by the item `id` and an `override`
// value (a country code, or a language as Meta writes it) that carry only what differs there —
// price and availability per country, title, description and link per language — on top of the
// primary feed. Built from items the Meta adapter mapped in the market of that country/language.

import type { FeedItem } from "../channel-adapter";

export type OverrideKind = "countries" | "languages";

export const OVERRIDE_COLUMNS: Readonly<Record<OverrideKind, readonly string[]>> = {
  countries: ["id", "override", "price", "sale_price", "availability", "quantity_to_sell_on_facebook"],
  languages: ["id", "override", "title", "description", "link"],
};

/** Token "market" handles of the two override feeds (never a Shopify market handle: those have no "@"). */
export const OVERRIDE_HANDLES: Readonly<Record<OverrideKind, string>> = { countries: "@countries", languages: "@languages" };

export function overrideKindOf(handle: string): OverrideKind | null {
  return handle === OVERRIDE_HANDLES.countries ? "countries" : handle === OVERRIDE_HANDLES.languages ? "languages" : null;
}

/** BCP 47 → Meta's override language: "fr" → "fr_XX" (any region), "pt-BR" → "pt_BR". */
export function metaLanguage(bcp47: string): string {
  const [language, region] = bcp47.split(/[-_]/);
  return `${language.toLowerCase()}_${region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : "XX"}`;
}

export function overrideRow(kind: OverrideKind, item: FeedItem, override: string): FeedItem {
  const row: FeedItem = { id: item.id, override };
  for (const column of OVERRIDE_COLUMNS[kind]) if (column !== "id" && column !== "override") row[column] = item[column] ?? "";
  return row;
}
