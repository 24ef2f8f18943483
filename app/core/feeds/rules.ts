import type { FeedVariant } from "~/channels/channel-adapter";

// A merchant's rules for one channel's feeds: which markets, which products (by collection, tag,
// vendor, product type, status, stock), a title template, custom labels and per-product
// overrides. Pure: the rules are stored as JSON (FeedSetting) and applied before the adapter.

export type ConditionField = "collection" | "tag" | "vendor" | "productType";

export interface Condition {
  field: ConditionField;
  /** Compared case-insensitively; collections by handle or title. */
  value: string;
}

export interface LabelRule {
  /** custom_label_<index>, 0–4. */
  index: 0 | 1 | 2 | 3 | 4;
  /** The label's value: literal text, or a placeholder ({vendor}, {product_type}, {collection}). */
  value: string;
  /** Only for products matching this condition (all products when absent). */
  when?: Condition;
}

export interface ProductOverride {
  exclude?: boolean;
  title?: string;
  description?: string;
  customLabels?: string[];
}

export interface FeedRules {
  /** Market handles to publish; null: every enabled market. */
  markets: string[] | null;
  include: Condition[];
  exclude: Condition[];
  statuses: string[];
  excludeOutOfStock: boolean;
  /** e.g. "{title} | {vendor}"; placeholders: {title} {vendor} {product_type} {variant} and {option:Name}. */
  titleTemplate: string | null;
  customLabels: LabelRule[];
  /** By product gid. */
  overrides: Record<string, ProductOverride>;
}

export const DEFAULT_RULES: FeedRules = {
  markets: null,
  include: [],
  exclude: [],
  statuses: ["ACTIVE"],
  excludeOutOfStock: false,
  titleTemplate: null,
  customLabels: [],
  overrides: {},
};

/** Stored JSON → rules, with defaults for what is missing (older settings stay readable). */
export function parseRules(json: string | null | undefined): FeedRules {
  if (!json) return DEFAULT_RULES;
  const raw = JSON.parse(json) as Partial<FeedRules>;
  return { ...DEFAULT_RULES, ...raw, overrides: raw.overrides ?? {} };
}

const lower = (s: string) => s.trim().toLowerCase();

export function matches(v: FeedVariant, condition: Condition): boolean {
  const want = lower(condition.value);
  const p = v.product;
  switch (condition.field) {
    case "collection":
      return p.collections.some((c) => lower(c.handle) === want || lower(c.title) === want);
    case "tag":
      return p.tags.some((t) => lower(t) === want);
    case "vendor":
      return lower(p.vendor) === want;
    case "productType":
      return lower(p.productType) === want;
  }
}

export type RuleOutcome = { variant: FeedVariant; excludedBy?: undefined } | { variant?: undefined; excludedBy: string };

/** The variant as the channel should see it, or why the merchant's rules leave it out. */
export function applyRules(v: FeedVariant, rules: FeedRules): RuleOutcome {
  const override = rules.overrides[v.product.id];
  if (override?.exclude) return { excludedBy: "excluded_product" };
  if (!rules.statuses.includes(v.product.status)) return { excludedBy: "excluded_status" };
  if (rules.include.length > 0 && !rules.include.some((c) => matches(v, c))) return { excludedBy: "not_included" };
  const excluded = rules.exclude.find((c) => matches(v, c));
  if (excluded) return { excludedBy: `excluded_${excluded.field === "productType" ? "product_type" : excluded.field}` };
  const sellable = !v.variant.tracked || v.variant.quantity > 0 || v.variant.inventoryPolicy === "CONTINUE";
  if (rules.excludeOutOfStock && !sellable) return { excludedBy: "excluded_out_of_stock" };

  const title = override?.title ?? (rules.titleTemplate ? renderTemplate(rules.titleTemplate, v) : null);
  const description = override?.description;
  // The product is shared by its variants and left as it is unless its text changes.
  const product =
    title || description
      ? {
          ...v.product,
          ...(title ? { title, translations: { ...v.product.translations, title } } : {}),
          ...(description ? { descriptionHtml: description, translations: { ...v.product.translations, body_html: description } } : {}),
        }
      : v.product;
  return { variant: { ...v, product, customLabels: labelsFor(v, rules, override) } };
}

function placeholder(name: string, v: FeedVariant): string {
  if (name === "title") return v.product.translations.title ?? v.product.title;
  if (name === "vendor") return v.product.vendor;
  if (name === "product_type") return v.product.productType;
  if (name === "variant") return v.variant.title === "Default Title" ? "" : v.variant.title;
  if (name === "collection") return v.product.collections[0]?.title ?? "";
  if (name.startsWith("option:")) {
    const option = lower(name.slice(7));
    return v.variant.selectedOptions.find((o) => lower(o.name) === option)?.value ?? "";
  }
  return "";
}

/** Fills {placeholders}; separators left dangling by empty values are removed. */
export function renderTemplate(template: string, v: FeedVariant): string {
  return template
    .replace(/\{([a-z_]+(?::[^}]+)?)\}/gi, (_, name: string) => placeholder(name, v))
    .replace(/\s*([|\-–,:])\s*(?=\1|$)/g, "")
    .replace(/^\s*[|\-–,:]\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function labelsFor(v: FeedVariant, rules: FeedRules, override: ProductOverride | undefined): string[] {
  const given = v.customLabels;
  if (rules.customLabels.length === 0 && !override?.customLabels) return [given[0] ?? "", given[1] ?? "", given[2] ?? "", given[3] ?? "", given[4] ?? ""];
  const labels = [...given];
  for (const rule of rules.customLabels) {
    if (rule.when && !matches(v, rule.when)) continue;
    labels[rule.index] = renderTemplate(rule.value, v);
  }
  override?.customLabels?.forEach((label, i) => {
    if (label) labels[i] = label;
  });
  return Array.from({ length: 5 }, (_, i) => labels[i] ?? "");
}
