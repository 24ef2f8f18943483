// Issue codes shared by every channel: the same defect has the same code everywhere, so the UI can
// group issues across channels and a merchant fixes a thing once. Channel-only codes live in the
// channel's map.ts and follow the same snake_case style.

import type { FeedIssue } from "../channel-adapter";

export const ISSUE = {
  missingId: "missing_id",
  missingTitle: "missing_title",
  missingDescription: "missing_description",
  missingLink: "missing_link",
  missingImage: "missing_image",
  missingPrice: "missing_price",
  missingBrand: "missing_brand",
  missingRequired: "missing_required_field",
  /** Snapchat: none of brand, gtin, mpn. */
  missingIdentifier: "missing_identifier",
  invalidGtin: "invalid_gtin",
  invalidUrl: "invalid_url",
  invalidPrice: "invalid_price",
  invalidValue: "invalid_value",
  unsupportedValue: "unsupported_value",
  currencyMismatch: "currency_mismatch",
  valueTooLong: "value_too_long",
  titleTooLong: "title_too_long",
  descriptionTooLong: "description_too_long",
  valueTruncated: "value_truncated",
  valueDropped: "value_dropped",
  productNotActive: "product_not_active",
  imageTooSmall: "image_too_small",
  imageFormatUnsupported: "image_format_unsupported",
  titleEmojiRemoved: "title_emoji_removed",
} as const;

export type IssueCode = (typeof ISSUE)[keyof typeof ISSUE];

/** Missing-value codes for the fields whose absence has a dedicated code. */
const MISSING_CODE: Record<string, IssueCode> = {
  id: ISSUE.missingId,
  sku_id: ISSUE.missingId,
  title: ISSUE.missingTitle,
  description: ISSUE.missingDescription,
  link: ISSUE.missingLink,
  image_link: ISSUE.missingImage,
  price: ISSUE.missingPrice,
  brand: ISSUE.missingBrand,
};

const MISSING_FIX: Record<string, string> = {
  id: "Make sure the variant exists in Shopify and sync again",
  sku_id: "Make sure the variant exists in Shopify and sync again",
  title: "Add a title to the product",
  description: "Add a description to the product (or an SEO description)",
  link: "Publish the product to the Online Store sales channel",
  image_link: "Add an image to the product or to this variant",
  price: "Set a price on this variant",
  brand: "Set the product's vendor in Shopify",
};

export function missingIssue(field: string): FeedIssue {
  return {
    code: MISSING_CODE[field] ?? ISSUE.missingRequired,
    field,
    severity: "error",
    message: `${field} is required and is empty`,
    fix: MISSING_FIX[field] ?? `Fill in ${field} for this product in Shopify`,
  };
}

export function issue(
  code: IssueCode | string,
  field: string,
  severity: FeedIssue["severity"],
  message: string,
  fix: string,
): FeedIssue {
  return { code, field, severity, message, fix };
}

export function hasError(issues: readonly FeedIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
