// TikTok catalog product parameters.
// Sources: ../shared/reference/README.md (sku_id 100, title 150, description 5,000, brand 70,
// link/image_link 2,000; the 9 required fields; availability and condition values; no emoji or
// promotional text in titles) and TikTok's "Catalog Product Parameters" help page
// (ads.tiktok.com/help/article/catalog-product-parameters). Limits the sources do not give
// (item_group_id, mpn, attributes, labels) use the same bounds as Google's, which TikTok mirrors.

import { customLabelFields, type FieldSpec } from "../shared/spec";

export const TIKTOK_AVAILABILITY = { in_stock: "in stock", out_of_stock: "out of stock", backorder: "available for order" } as const;
export const TIKTOK_AVAILABILITY_VALUES = ["in stock", "available for order", "preorder", "out of stock", "discontinued"] as const;
export const TIKTOK_CONDITIONS = ["new", "refurbished", "used"] as const;
export const TIKTOK_GENDERS = ["male", "female", "unisex"] as const;
export const TIKTOK_AGE_GROUPS = ["adult", "kids", "toddler", "infant", "newborn"] as const;
export const TIKTOK_MAX_ADDITIONAL_IMAGES = 10;

export const TIKTOK_FIELDS: readonly FieldSpec[] = [
  { name: "sku_id", required: true, maxLength: 100 },
  { name: "item_group_id", maxLength: 100 },
  { name: "title", required: true, maxLength: 150, tooLong: "cut" },
  { name: "description", required: true, maxLength: 5000, tooLong: "cut" },
  { name: "availability", required: true, allowed: TIKTOK_AVAILABILITY_VALUES },
  { name: "condition", required: true, allowed: TIKTOK_CONDITIONS },
  { name: "price", required: true, format: "price" },
  { name: "sale_price", format: "price" },
  { name: "link", required: true, maxLength: 2000, format: "url" },
  { name: "image_link", required: true, maxLength: 2000, format: "url" },
  { name: "additional_image_link", maxLength: 2000 * TIKTOK_MAX_ADDITIONAL_IMAGES, format: "url_list" },
  { name: "brand", required: true, maxLength: 70 },
  { name: "gtin", maxLength: 50 },
  { name: "mpn", maxLength: 70, tooLong: "drop" },
  { name: "product_type", maxLength: 750, tooLong: "cut" },
  { name: "google_product_category" },
  { name: "color", maxLength: 100, tooLong: "drop" },
  { name: "size", maxLength: 100, tooLong: "drop" },
  { name: "gender", allowed: TIKTOK_GENDERS },
  { name: "age_group", allowed: TIKTOK_AGE_GROUPS },
  { name: "material", maxLength: 200, tooLong: "drop" },
  { name: "pattern", maxLength: 100, tooLong: "drop" },
  ...customLabelFields(100),
];
