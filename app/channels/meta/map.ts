// FeedVariant → Meta catalog item.

import type { FeedVariant, MappedItem } from "../channel-adapter";
import { buildBase, checkImageSize, commonValues } from "../shared/base";
import { itemFinisher } from "../shared/spec";
import { META_AVAILABILITY, META_FIELDS, META_MAX_ADDITIONAL_IMAGES, META_MIN_IMAGE_PX } from "./fields";

const finish = itemFinisher(META_FIELDS);

export function mapMeta(v: FeedVariant): MappedItem {
  const { base, issues } = buildBase(v, { maxAdditionalImages: META_MAX_ADDITIONAL_IMAGES });
  checkImageSize(base, META_MIN_IMAGE_PX, issues);
  const values = commonValues(base);
  values.availability = META_AVAILABILITY[base.stock];
  // Only where stock is counted and selling stops at zero; otherwise availability says it all.
  if (v.variant.tracked && v.variant.inventoryPolicy === "DENY") values.quantity_to_sell_on_facebook = String(Math.max(0, v.variant.quantity));
  return finish(values, issues);
}
