// Google Merchant Center product attributes (feed names, lower-case enum values).
// Sources: enums from ../shared/reference/channels/google-merchant-attributes.csv and
// google-merchant-enums.json (Merchant API products_common.proto), written lower-case with
// underscores as the feed specification does ("in_stock"); lengths from
// ../shared/reference/README.md (id 50, title 150, description 5,000, brand 70, link/image_link 2,000)
// and, for the others, Google's product data specification (support.google.com/merchants/answer/7052112):
// item_group_id 50, mpn 70, color 100, size 100, material 200, pattern 100, product_type 750,
// custom_label_* 100, additional_image_link up to 10 URLs.

import { customLabelFields, type FieldSpec } from "../shared/spec";

/** Backorder is a Merchant availability value; Google asks for availability_date with it (not known here). */
export const GOOGLE_AVAILABILITY = { in_stock: "in_stock", out_of_stock: "out_of_stock", backorder: "backorder" } as const;
export const GOOGLE_AVAILABILITY_VALUES = ["in_stock", "out_of_stock", "preorder", "limited_availability", "backorder"] as const;
export const GOOGLE_CONDITIONS = ["new", "used", "refurbished"] as const;
export const GOOGLE_GENDERS = ["male", "female", "unisex"] as const;
export const GOOGLE_AGE_GROUPS = ["adult", "kids", "toddler", "infant", "newborn"] as const;
export const GOOGLE_MAX_ADDITIONAL_IMAGES = 10;
export const GOOGLE_MIN_IMAGE_PX = 100;

export const GOOGLE_FIELDS: readonly FieldSpec[] = [
  { name: "id", required: true, maxLength: 50 },
  { name: "item_group_id", maxLength: 50 },
  { name: "title", required: true, maxLength: 150, tooLong: "cut" },
  { name: "description", required: true, maxLength: 5000, tooLong: "cut" },
  { name: "link", required: true, maxLength: 2000, format: "url" },
  { name: "image_link", required: true, maxLength: 2000, format: "url" },
  { name: "additional_image_link", maxLength: 2000 * GOOGLE_MAX_ADDITIONAL_IMAGES, format: "url_list" },
  { name: "availability", required: true, allowed: GOOGLE_AVAILABILITY_VALUES },
  { name: "condition", required: true, allowed: GOOGLE_CONDITIONS },
  { name: "price", required: true, format: "price" },
  { name: "sale_price", format: "price" },
  { name: "brand", required: true, maxLength: 70 },
  { name: "gtin", maxLength: 50 },
  { name: "mpn", maxLength: 70, tooLong: "drop" },
  { name: "google_product_category" },
  { name: "product_type", maxLength: 750, tooLong: "cut" },
  { name: "color", maxLength: 100, tooLong: "drop" },
  { name: "size", maxLength: 100, tooLong: "drop" },
  { name: "gender", allowed: GOOGLE_GENDERS },
  { name: "age_group", allowed: GOOGLE_AGE_GROUPS },
  { name: "material", maxLength: 200, tooLong: "drop" },
  { name: "pattern", maxLength: 100, tooLong: "drop" },
  ...customLabelFields(100),
];
