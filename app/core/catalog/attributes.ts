// Channel attributes (gender, age group, color, size, material, pattern, …) the merchant keeps in
// metafields, read by the same convention as Shopify's own Google & YouTube channel: product and
// variant metafields of namespace `mm-google-shopping`, one key per Google attribute, plain text
// (single_line_text_field); a variant's metafield overrides its product's. Feed tools document the
// convention as "first the variant metafield mm-google-shopping.<key>, then the product metafield"
// (https://matrixify.app/documentation/shopify-google-shopping-data-feed-export/,
// https://support.ablestar.com/article/172-google-shopping-export-fields).
//
// The catalog queries select each key as an aliased `metafield(namespace:, key:)` field (see
// app/shopify/documents/catalog.ts, fragment CatalogAttributes): a plain object, so it stays inline
// on the product or variant line of a bulk result (a `metafields` connection would make lines of
// their own, to be joined to rows written by other lines or other queries). Values are carried as
// text; the channel adapters normalise gender / age group to their own vocabularies.

export const ATTRIBUTE_NAMESPACE = "mm-google-shopping";

/** The keys read from ATTRIBUTE_NAMESPACE, in the order the fragment selects them. */
export const ATTRIBUTE_KEYS = [
  "gender",
  "age_group",
  "color",
  "size",
  "material",
  "pattern",
  "condition",
  "mpn",
  "size_system",
  "size_type",
  "custom_label_0",
  "custom_label_1",
  "custom_label_2",
  "custom_label_3",
  "custom_label_4",
] as const;

export type AttributeMetafieldKey = (typeof ATTRIBUTE_KEYS)[number];

/** Attribute values by metafield key ("gender" → "female"). */
export type Attributes = Record<string, string>;

const ALIAS_PREFIX = "mmGoogleShopping_";

/** Response key of one attribute metafield in the catalog queries: "age_group" → "mmGoogleShopping_age_group". */
export function attributeAlias(key: string): string {
  return ALIAS_PREFIX + key;
}

/**
 * The attributes of a product or variant node (a bulk line or a paged node): every aliased
 * attribute metafield with a non-blank value, keys sorted so equal attributes hash equally.
 */
export function attributesFromNode(node: Readonly<Record<string, unknown>>): Attributes {
  const found: [string, string][] = [];
  for (const key in node) {
    if (!key.startsWith(ALIAS_PREFIX)) continue;
    const field = node[key];
    const value = field && typeof field === "object" ? (field as { value?: unknown }).value : undefined;
    if (typeof value === "string" && value.trim() !== "") found.push([key.slice(ALIAS_PREFIX.length), value]);
  }
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(found);
}

/** A stored `attributes` column (JSON object of strings) back to a map; anything else is empty. */
export function parseAttributes(json: string | null | undefined): Attributes {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const out: Attributes = {};
    for (const [key, value] of Object.entries(parsed)) if (typeof value === "string") out[key] = value;
    return out;
  } catch {
    return {};
  }
}

/**
 * The attributes a feed sees for one variant (`FeedVariant.product.attributes`): its product's
 * metafields with the variant's own on top (the variant wins key by key).
 */
export function mergeAttributes(parts: { product: Readonly<Attributes>; variant: Readonly<Attributes> }): Attributes {
  return { ...parts.product, ...parts.variant };
}

/** mergeAttributes over the stored columns: CatalogProduct.attributes and CatalogVariant.attributes. */
export function attributesFromColumns(productJson: string | null | undefined, variantJson: string | null | undefined): Attributes {
  return mergeAttributes({ product: parseAttributes(productJson), variant: parseAttributes(variantJson) });
}
