// Meta (Facebook/Instagram) catalog feed fields.
// Source: ../shared/reference/channels/meta-feed-fields.csv (Meta's catalog feed field reference):
// required level, max_chars, allowed_values. Fields without max_chars there have no length limit here.

import { customLabelFields, type FieldSpec } from "../shared/spec";

export const META_AVAILABILITY = { in_stock: "in stock", out_of_stock: "out of stock", backorder: "in stock" } as const;
// The feed accepts only "in stock|out of stock" (the Graph API enum has more): a variant that keeps
// selling at zero stock (CONTINUE) is orderable on the product page, so it is "in stock".
export const META_AVAILABILITY_VALUES = ["in stock", "out of stock"] as const;
export const META_CONDITIONS = ["new", "refurbished", "used"] as const;
export const META_GENDERS = ["female", "male", "unisex"] as const;
export const META_AGE_GROUPS = ["adult", "all ages", "teen", "kids", "toddler", "infant", "newborn"] as const;
/** "Up to 20 URLs" (additional_image_link notes). */
export const META_MAX_ADDITIONAL_IMAGES = 20;
/** image_link notes: JPEG or PNG, >= 500x500 px. */
export const META_MIN_IMAGE_PX = 500;

export const META_FIELDS: readonly FieldSpec[] = [
  { name: "id", required: true, maxLength: 100 },
  { name: "item_group_id", maxLength: 100 },
  { name: "title", required: true, maxLength: 200, tooLong: "cut" },
  { name: "description", required: true, maxLength: 9999, tooLong: "cut" },
  { name: "availability", required: true, allowed: META_AVAILABILITY_VALUES },
  { name: "condition", required: true, allowed: META_CONDITIONS },
  { name: "price", required: true, format: "price" },
  { name: "sale_price", format: "price" },
  { name: "link", required: true, format: "url" },
  { name: "image_link", required: true, format: "url" },
  { name: "additional_image_link", maxLength: 2000, format: "url_list" },
  { name: "brand", required: true, maxLength: 100 },
  { name: "gtin" },
  { name: "mpn", maxLength: 100, tooLong: "drop" },
  { name: "product_type", maxLength: 750, tooLong: "cut" },
  { name: "google_product_category" },
  { name: "color", maxLength: 200, tooLong: "drop" },
  { name: "size", maxLength: 200, tooLong: "drop" },
  { name: "gender", allowed: META_GENDERS },
  { name: "age_group", allowed: META_AGE_GROUPS },
  { name: "material", maxLength: 200, tooLong: "drop" },
  { name: "pattern", maxLength: 100, tooLong: "drop" },
  // "Whole number; must be >=1 and availability=in stock to show as in stock": what the channel may
  // sell after its safety buffer, the number stock pushes send too.
  { name: "quantity_to_sell_on_facebook" },
  ...customLabelFields(100),
];
