import { OVERRIDE_HANDLES } from "~/channels/meta/overrides";
import type { ChannelAdapter, FeedFormat, FeedIssue } from "~/channels/channel-adapter";
import { channelAdapters, getChannelAdapter } from "~/channels/registry";
import type { FeedMarket, FeedShop } from "~/core/feeds/assemble";
import { parseRules, type FeedRules } from "~/core/feeds/rules";
import { feedMarkets, mappedPages, type FeedDeps } from "./feeds.server";

// The Feeds page: for ONE channel and market at a time (the page picks them), the feed URLs,
// how many items are live, left out for a defect or by the merchant's rules (FeedSetting), and
// the issues behind that, grouped by code with the
// first few products of each. One walk of the catalog per page load; only counts and a few
// titles go to the browser.

/** Products listed under each issue; the rest are counted ("and N more"). */
export const TOP_PRODUCTS = 10;

export interface IssueProduct {
  /** Numeric Shopify product id. */
  id: string;
  title: string;
  /** Opens the product in the Shopify admin (App Bridge resolves shopify:admin/…). */
  adminUrl: string;
}

export interface IssueGroup {
  code: string;
  severity: FeedIssue["severity"];
  /** A plain heading for the code, e.g. "No image". */
  title: string;
  /** One of the issue's messages, as an example of what is wrong. */
  example: string;
  /** What to do (the distinct fixes the channel gave, at most three). */
  fixes: string[];
  /** Items (variants) with this issue. */
  items: number;
  /** Distinct products behind those items. */
  productCount: number;
  products: IssueProduct[];
}

export interface FeedLink {
  format: FeedFormat;
  url: string;
}

export interface ChannelChoice {
  id: string;
  name: string;
}

export interface MarketChoice {
  handle: string;
  name: string;
  currency: string;
  countries: string[];
}

export type FeedsOverview =
  | { state: "not-read"; channels: ChannelChoice[] }
  | ({
      state: "ready";
      channels: ChannelChoice[];
      markets: MarketChoice[];
      channel: ChannelChoice;
      market: MarketChoice;
      feeds: FeedLink[];
      /** Meta: the country and language override feeds (all published markets), beside the market's feed. */
      overrides: { handle: string; label: string; url: string }[];
      /** False when the channel's rules do not publish this market (its URLs answer 404). */
      published: boolean;
    } & ChannelMarketReport);

export interface RuleCount {
  reason: string;
  title: string;
  items: number;
}

const RULE_TITLES: Record<string, string> = {
  excluded_product: "Products you excluded",
  excluded_status: "Products that are not active (draft or archived)",
  not_included: "Products outside the collections, tags, vendors or types you include",
  excluded_collection: "Products in a collection you exclude",
  excluded_tag: "Products with a tag you exclude",
  excluded_vendor: "Products from a vendor you exclude",
  excluded_product_type: "Products of a type you exclude",
  excluded_out_of_stock: "Variants out of stock",
};

const TITLES: Record<string, string> = {
  missing_id: "No item id",
  missing_title: "No title",
  missing_description: "No description",
  missing_link: "No product page link",
  missing_image: "No image",
  missing_price: "No price",
  missing_brand: "No brand",
  missing_required_field: "A required field is empty",
  missing_identifier: "No brand, GTIN or MPN",
  invalid_gtin: "Barcode is not a valid GTIN",
  invalid_url: "Link is not a web address",
  invalid_price: "Price is not valid",
  invalid_value: "Value the channel does not accept",
  unsupported_value: "Value the channel does not know (left out of the item)",
  currency_mismatch: "No price in the market's currency",
  value_too_long: "Text too long",
  title_too_long: "Title too long",
  description_too_long: "Description too long",
  value_truncated: "Text shortened to fit",
  value_dropped: "Text too long, left out of the item",
  product_not_active: "Product is not active",
  image_too_small: "Image too small",
  image_format_unsupported: "Image format not supported",
  title_emoji_removed: "Emoji removed from the title",
};

/** "some_issue_code" → "Some issue code" for codes without a heading above. */
export function issueTitle(code: string): string {
  const known = TITLES[code];
  if (known) return known;
  const words = code.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function numericId(gid: string): string {
  return gid.slice(gid.lastIndexOf("/") + 1);
}

const channelChoices = (): ChannelChoice[] => channelAdapters.map((a) => ({ id: a.id, name: a.name }));

class GroupBuilder {
  private readonly groups = new Map<string, { group: IssueGroup; products: Set<string> }>();

  add(issue: FeedIssue, product: { id: string; title: string }): void {
    const key = issue.code;
    let entry = this.groups.get(key);
    if (!entry) {
      entry = {
        group: { code: issue.code, severity: issue.severity, title: issueTitle(issue.code), example: issue.message, fixes: [], items: 0, productCount: 0, products: [] },
        products: new Set(),
      };
      this.groups.set(key, entry);
    }
    const { group, products } = entry;
    group.items++;
    if (group.fixes.length < 3 && !group.fixes.includes(issue.fix)) group.fixes.push(issue.fix);
    if (!products.has(product.id)) {
      products.add(product.id);
      group.productCount++;
      if (group.products.length < TOP_PRODUCTS) {
        const id = numericId(product.id);
        group.products.push({ id, title: product.title, adminUrl: `shopify:admin/products/${id}` });
      }
    }
  }

  list(): IssueGroup[] {
    return [...this.groups.values()].map((e) => e.group).sort((a, b) => b.items - a.items || a.code.localeCompare(b.code));
  }
}

export interface ChannelMarketReport {
  /** Variants walked, emitted, left out for a defect, and left out by the merchant's rules. */
  total: number;
  live: number;
  leftOut: number;
  byRules: RuleCount[];
  /** Codes that leave items out, most items first. */
  errors: IssueGroup[];
  /** Codes that weaken items (counted over every item), most items first. */
  warnings: IssueGroup[];
}

/**
 * Walks every variant of the catalog through one channel for one market. An item counts once per
 * code (an item with two images too small is one item under "Image too small"); an item left out
 * for two errors is under both.
 */
export async function channelMarketReport(
  deps: FeedDeps,
  target: { adapter: ChannelAdapter; shop: FeedShop; market: FeedMarket; rules: FeedRules },
): Promise<ChannelMarketReport> {
  const errors = new GroupBuilder();
  const warnings = new GroupBuilder();
  const rules = new Map<string, number>();
  let total = 0;
  let live = 0;
  let leftOut = 0;
  for await (const page of mappedPages(deps, target)) {
    for (const { variant, excludedBy, item, issues } of page) {
      total++;
      if (excludedBy) {
        rules.set(excludedBy, (rules.get(excludedBy) ?? 0) + 1);
        continue;
      }
      if (item) live++;
      else leftOut++;
      const seen = new Set<string>();
      for (const issue of issues) {
        const key = `${issue.severity}:${issue.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        (issue.severity === "error" ? errors : warnings).add(issue, variant.product);
      }
    }
  }
  const byRules = [...rules].map(([reason, items]) => ({ reason, title: RULE_TITLES[reason] ?? issueTitle(reason), items })).sort((a, b) => b.items - a.items);
  return { total, live, leftOut, byRules, errors: errors.list(), warnings: warnings.list() };
}

/** The shop and its enabled markets as feeds see them; null when the shop is unknown or gone. */
async function feedShop(deps: FeedDeps, domain: string): Promise<FeedShop | null> {
  const shop = await deps.db.shop.findUnique({ where: { domain } });
  if (!shop || shop.uninstalledAt) return null;
  return { domain: shop.domain, name: shop.name ?? shop.domain, storefrontUrl: shop.primaryDomain ?? `https://${shop.domain}`, currency: shop.currencyCode ?? "USD" };
}

/**
 * Everything the Feeds page shows for `channel` and `market` (search params; unknown or missing
 * values fall back to the first channel and market). `appUrl` is the app's public URL: feed URLs
 * are absolute so the merchant can paste them into the channel.
 */
export async function feedsOverview(
  deps: FeedDeps,
  input: { shop: string; appUrl: string; channel?: string | null; market?: string | null },
): Promise<FeedsOverview> {
  const channels = channelChoices();
  const [shop, tokens, markets, marketRows] = await Promise.all([
    feedShop(deps, input.shop),
    deps.db.feedToken.findMany({ where: { shop: input.shop, revokedAt: null }, orderBy: { format: "asc" } }),
    feedMarkets(deps.db, input.shop),
    deps.db.shopMarket.findMany({ where: { shop: input.shop, enabled: true } }),
  ]);
  // Tokens are made at the end of the first full read: none yet means the catalog is not read.
  if (!shop || tokens.length === 0 || markets.length === 0) return { state: "not-read", channels };

  const names = new Map(marketRows.map((m) => [m.handle, m.name]));
  const marketChoices: MarketChoice[] = markets.map((m) => ({ handle: m.handle, name: names.get(m.handle) ?? m.handle, currency: m.currency, countries: m.countries }));
  const adapter = getChannelAdapter(input.channel ?? "") ?? channelAdapters[0];
  const market = markets.find((m) => m.handle === input.market) ?? markets[0];
  const base = input.appUrl.replace(/\/+$/, "");
  const feeds = adapter.formats.flatMap((format) => {
    const token = tokens.find((t) => t.channel === adapter.id && t.market === market.handle && t.format === format);
    return token ? [{ format, url: `${base}/feeds/${token.token}` }] : [];
  });

  // Countries, then languages (whatever order the database lists the tokens in).
  const overrideLabels = [
    [OVERRIDE_HANDLES.countries, "Country overrides (CSV)"],
    [OVERRIDE_HANDLES.languages, "Language overrides (CSV)"],
  ] as const;
  const overrides = overrideLabels.flatMap(([handle, label]) => {
    const token = tokens.find((t) => t.channel === adapter.id && t.market === handle);
    return token ? [{ handle, label, url: `${base}/feeds/${token.token}` }] : [];
  });

  const setting = await deps.db.feedSetting.findUnique({ where: { shop_channel: { shop: input.shop, channel: adapter.id } } });
  const rules = parseRules(setting?.rules);
  const published = !rules.markets || rules.markets.includes(market.handle);
  const report = await channelMarketReport(deps, { adapter, shop, market, rules });
  return {
    state: "ready",
    published,
    channels,
    markets: marketChoices,
    channel: { id: adapter.id, name: adapter.name },
    market: marketChoices.find((m) => m.handle === market.handle)!,
    feeds: published ? feeds : [],
    overrides,
    ...report,
  };
}
