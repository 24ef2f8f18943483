// FeedVariant → Snapchat catalog item. Requires one of brand/gtin/mpn (error "missing_identifier");
// warns when the main image is not JPEG/PNG (by URL extension) or is known to be under 200 px.

import type { FeedVariant, MappedItem } from "../channel-adapter";
import { ageGroupFor } from "../shared/attributes";
import { buildBase, checkImageSize, commonValues } from "../shared/base";
import { ISSUE, issue } from "../shared/issues";
import { itemFinisher } from "../shared/spec";
import {
  SNAPCHAT_AGE_GROUPS,
  SNAPCHAT_AVAILABILITY,
  SNAPCHAT_FIELDS,
  SNAPCHAT_IMAGE_EXTENSIONS,
  SNAPCHAT_MAX_ADDITIONAL_IMAGES,
  SNAPCHAT_MIN_IMAGE_PX,
} from "./fields";

function extensionOf(url: string): string | null {
  const path = url.split(/[?#]/)[0];
  const match = /\.([A-Za-z0-9]+)$/.exec(path);
  return match ? match[1].toLowerCase() : null;
}

const finish = itemFinisher(SNAPCHAT_FIELDS);

export function mapSnapchat(v: FeedVariant): MappedItem {
  const { base, issues } = buildBase(v, { maxAdditionalImages: SNAPCHAT_MAX_ADDITIONAL_IMAGES });
  checkImageSize(base, SNAPCHAT_MIN_IMAGE_PX, issues);
  const ext = base.image ? extensionOf(base.image.url) : null;
  if (ext && !(SNAPCHAT_IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    issues.push(issue(ISSUE.imageFormatUnsupported, "image_link", "warning", `image ${base.image?.url} is .${ext}; Snapchat accepts JPEG or PNG`, "Upload a JPEG or PNG image for this product"));
  }
  const values = commonValues(base);
  values.availability = SNAPCHAT_AVAILABILITY[base.stock];
  values.age_group = ageGroupFor(values.age_group, SNAPCHAT_AGE_GROUPS);
  const mapped = finish(values, issues);
  const item = mapped.item;
  if (item && !item.brand && !item.gtin && !item.mpn) {
    mapped.issues.push(issue(ISSUE.missingIdentifier, "brand", "error", "none of brand, gtin or mpn is set", "Set the product's vendor, a valid barcode or a SKU in Shopify"));
    return { item: null, issues: mapped.issues };
  }
  return mapped;
}
