// Snapchat catalog fields.
// Sources: ../shared/reference/README.md (required fields; at least one of brand/gtin/mpn;
// jpeg/png images >= 200 px; where published limits disagree — id 50 vs 128, title 150 vs 375 —
// the stricter one) and Snapchat's product catalog field list as republished by feed tools
// (description 5,000, link 2,000, brand 70, gtin 70, mpn 50; availability values below).

import { customLabelFields, type FieldSpec } from "../shared/spec";

export const SNAPCHAT_AVAILABILITY = { in_stock: "in stock", out_of_stock: "out of stock", backorder: "available for order" } as const;
export const SNAPCHAT_AVAILABILITY_VALUES = ["in stock", "out of stock", "preorder", "discontinued", "available for order"] as const;
export const SNAPCHAT_CONDITIONS = ["new", "refurbished", "used"] as const;
export const SNAPCHAT_GENDERS = ["male", "female", "unisex"] as const;
export const SNAPCHAT_AGE_GROUPS = ["adult", "kids", "toddler", "infant", "newborn"] as const;
export const SNAPCHAT_MAX_ADDITIONAL_IMAGES = 10;
export const SNAPCHAT_MIN_IMAGE_PX = 200;
/** Image formats Snapchat accepts (by file extension of the URL path). */
export const SNAPCHAT_IMAGE_EXTENSIONS = ["jpg", "jpeg", "png"] as const;

export const SNAPCHAT_FIELDS: readonly FieldSpec[] = [
  { name: "id", required: true, maxLength: 50 },
  { name: "item_group_id", maxLength: 50 },
  { name: "title", required: true, maxLength: 150, tooLong: "cut" },
  { name: "description", required: true, maxLength: 5000, tooLong: "cut" },
  { name: "link", required: true, maxLength: 2000, format: "url" },
  { name: "image_link", required: true, maxLength: 2000, format: "url" },
  { name: "additional_image_link", maxLength: 2000 * SNAPCHAT_MAX_ADDITIONAL_IMAGES, format: "url_list" },
  { name: "availability", required: true, allowed: SNAPCHAT_AVAILABILITY_VALUES },
  { name: "price", required: true, format: "price" },
  { name: "sale_price", format: "price" },
  { name: "condition", required: true, allowed: SNAPCHAT_CONDITIONS },
  // One of brand/gtin/mpn is required (checked in map.ts); an overlong one is dropped, not fatal.
  { name: "brand", maxLength: 70, tooLong: "drop" },
  { name: "gtin", maxLength: 70, tooLong: "drop" },
  { name: "mpn", maxLength: 50, tooLong: "drop" },
  { name: "product_type", maxLength: 750, tooLong: "cut" },
  { name: "google_product_category" },
  { name: "color", maxLength: 100, tooLong: "drop" },
  { name: "size", maxLength: 100, tooLong: "drop" },
  { name: "gender", allowed: SNAPCHAT_GENDERS },
  { name: "age_group", allowed: SNAPCHAT_AGE_GROUPS },
  { name: "material", maxLength: 200, tooLong: "drop" },
  { name: "pattern", maxLength: 100, tooLong: "drop" },
  ...customLabelFields(100),
];
