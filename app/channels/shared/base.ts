// What every channel derives the same way from a FeedVariant, before its own names, vocabulary and
// limits (fields.ts) apply: ids, text, link, images, stock, prices, identifiers, attributes, labels.

import type { FeedIssue, FeedVariant } from "../channel-adapter";
import { variantAttributes, type VariantAttributes } from "./attributes";
import { stockState, type StockState } from "./availability";
import { htmlToText } from "./html-text";
import { chooseImages, type ImageChoice } from "./images";
import { isValidGtin, normalizeGtin } from "./gtin";
import { numericId } from "./ids";
import { ISSUE, issue } from "./issues";
import { productLink } from "./link";
import { memoLast } from "./memo";
import { feedPrices } from "./price";
import { variantTitle } from "./title";

export interface BaseItem {
  id: string;
  itemGroupId: string;
  title: string;
  description: string;
  link: string;
  image: ImageChoice["main"];
  additionalImages: string[];
  stock: StockState;
  price: string;
  salePrice: string;
  brand: string;
  gtin: string;
  mpn: string;
  productType: string;
  googleProductCategory: string;
  customLabels: string[];
  attributes: VariantAttributes;
}

/** The description as text, else the SEO description: once per product. */
const describe = memoLast((html: string, fallbackHtml: string) => htmlToText(html) || htmlToText(fallbackHtml));

export function buildBase(v: FeedVariant, options: { maxAdditionalImages: number }): { base: BaseItem; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  if (v.product.status !== "ACTIVE") {
    issues.push(issue(ISSUE.productNotActive, "status", "error", `product status is ${v.product.status}`, "Set the product to Active in Shopify"));
  }

  let price = "";
  let salePrice = "";
  if (v.variant.price.currency !== v.market.currency) {
    issues.push(issue(ISSUE.currencyMismatch, "price", "error", `price is in ${v.variant.price.currency}, the market sells in ${v.market.currency}`, "Set a price for this market in Shopify Markets"));
  } else if (!Number.isSafeInteger(v.variant.price.amount) || v.variant.price.amount < 0) {
    issues.push(issue(ISSUE.invalidPrice, "price", "error", `price ${v.variant.price.amount} is not a valid amount`, "Check the variant's price in Shopify"));
  } else {
    const prices = feedPrices(v.variant.price, v.variant.compareAtPrice);
    price = prices.price;
    salePrice = prices.salePrice ?? "";
  }

  let gtin = "";
  const barcode = v.variant.barcode?.trim();
  if (barcode) {
    if (isValidGtin(barcode)) gtin = normalizeGtin(barcode) ?? "";
    else issues.push(issue(ISSUE.invalidGtin, "gtin", "warning", `barcode ${barcode} is not a valid GTIN`, "Correct the variant's barcode in Shopify (8, 12, 13 or 14 digits with a valid check digit) or clear it"));
  }

  const description = describe(v.product.translations.body_html ?? v.product.descriptionHtml, v.product.translations.meta_description ?? v.product.seoDescription ?? "");
  const images = chooseImages(v, options.maxAdditionalImages);
  const labels = v.customLabels.slice(0, 5);

  return {
    issues,
    base: {
      id: numericId(v.variant.id) ?? "",
      itemGroupId: numericId(v.product.id) ?? "",
      title: variantTitle(v),
      description,
      link: productLink(v) ?? "",
      image: images.main,
      additionalImages: images.additional,
      stock: stockState(v.variant),
      price,
      salePrice,
      brand: v.product.vendor.trim(),
      gtin,
      mpn: v.variant.sku?.trim() ?? "",
      productType: v.product.productType.trim() || v.product.category?.fullName.trim() || "",
      googleProductCategory: v.googleCategory ? String(v.googleCategory.id) : "",
      customLabels: labels,
      attributes: variantAttributes(v),
    },
  };
}

/** The fields most channels name the Google way; a channel renames or overrides what differs. */
export function commonValues(base: BaseItem): Record<string, string> {
  const { attributes, customLabels } = base;
  return {
    id: base.id,
    item_group_id: base.itemGroupId,
    title: base.title,
    description: base.description,
    condition: "new",
    price: base.price,
    sale_price: base.salePrice,
    link: base.link,
    image_link: base.image?.url ?? "",
    additional_image_link: base.additionalImages.join(","),
    brand: base.brand,
    gtin: base.gtin,
    mpn: base.mpn,
    product_type: base.productType,
    google_product_category: base.googleProductCategory,
    color: attributes.color ?? "",
    size: attributes.size ?? "",
    gender: attributes.gender ?? "",
    age_group: attributes.age_group ?? "",
    material: attributes.material ?? "",
    pattern: attributes.pattern ?? "",
    custom_label_0: customLabels[0] ?? "",
    custom_label_1: customLabels[1] ?? "",
    custom_label_2: customLabels[2] ?? "",
    custom_label_3: customLabels[3] ?? "",
    custom_label_4: customLabels[4] ?? "",
  };
}

/** A warning when the main image is known to be smaller than the channel's minimum. */
export function checkImageSize(base: BaseItem, minPx: number, issues: FeedIssue[]): void {
  const img = base.image;
  if (!img || img.width === null || img.height === null) return;
  if (img.width < minPx || img.height < minPx) {
    issues.push(issue(ISSUE.imageTooSmall, "image_link", "warning", `image is ${img.width}x${img.height} px, the channel asks for at least ${minPx}x${minPx}`, `Upload an image of at least ${minPx}x${minPx} px`));
  }
}
