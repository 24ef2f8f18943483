// Pinterest catalog item attributes.
// Source: ../shared/reference/channels/pinterest-item-attributes.csv (max_chars, allowed_values;
// required = nullable False, except the app deep links which feeds do not carry).
// Pinterest's own issue codes (pinterest-validation-issues.csv) for the defects we catch before
// sending: missing image → IMAGE_LINK_MISSING, missing title → TITLE_MISSING, missing description →
// DESCRIPTION_MISSING, missing price → PRICE_MISSING, missing link → PRODUCT_LINK_MISSING, link over
// 511 → LINK_LENGTH_TOO_LONG, bad price → PRODUCT_PRICE_INVALID. See PINTEREST_ISSUE_CODES.

import { customLabelFields, type FieldSpec } from "../shared/spec";

export const PINTEREST_AVAILABILITY = { in_stock: "in stock", out_of_stock: "out of stock", backorder: "in stock" } as const;
// availability is "in stock|out of stock|preorder": a CONTINUE variant at zero stock is orderable → "in stock".
export const PINTEREST_AVAILABILITY_VALUES = ["in stock", "out of stock", "preorder"] as const;
export const PINTEREST_CONDITIONS = ["new", "used", "refurbished"] as const;
export const PINTEREST_GENDERS = ["male", "female", "unisex"] as const;
export const PINTEREST_AGE_GROUPS = ["newborn", "infant", "toddler", "kids", "adult"] as const;
/** additional_image_link: "Up to ten additional images". */
export const PINTEREST_MAX_ADDITIONAL_IMAGES = 10;
/** image_link: "at least 75x75 pixels". */
export const PINTEREST_MIN_IMAGE_PX = 75;

/** Our shared issue code → the code Pinterest reports for the same defect. */
export const PINTEREST_ISSUE_CODES: Record<string, string> = {
  missing_image: "IMAGE_LINK_MISSING",
  missing_title: "TITLE_MISSING",
  missing_description: "DESCRIPTION_MISSING",
  missing_price: "PRICE_MISSING",
  missing_link: "PRODUCT_LINK_MISSING",
  missing_id: "ITEMID_MISSING",
  invalid_price: "PRODUCT_PRICE_INVALID",
  invalid_url: "LINK_FORMAT_INVALID",
};

export const PINTEREST_FIELDS: readonly FieldSpec[] = [
  { name: "id", required: true, maxLength: 127 },
  { name: "item_group_id", maxLength: 127 },
  { name: "title", required: true, maxLength: 500, tooLong: "cut" },
  { name: "description", required: true, maxLength: 10000, tooLong: "cut" },
  { name: "link", required: true, maxLength: 511, format: "url" },
  { name: "image_link", required: true, maxLength: 2000, format: "url" },
  { name: "additional_image_link", maxLength: 2000, format: "url_list" },
  { name: "availability", required: true, allowed: PINTEREST_AVAILABILITY_VALUES },
  { name: "condition", allowed: PINTEREST_CONDITIONS },
  { name: "price", required: true, format: "price" },
  { name: "sale_price", format: "price" },
  { name: "brand" },
  { name: "gtin" },
  { name: "mpn" },
  { name: "product_type", maxLength: 1000, tooLong: "cut" },
  { name: "google_product_category" },
  { name: "color" },
  { name: "size" },
  { name: "gender", allowed: PINTEREST_GENDERS },
  { name: "age_group", allowed: PINTEREST_AGE_GROUPS },
  { name: "material" },
  { name: "pattern" },
  ...customLabelFields(511),
];
