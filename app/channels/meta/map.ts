// FeedVariant → Meta catalog item.

import type { FeedVariant, MappedItem } from "../channel-adapter";
import { buildBase, checkImageSize, commonValues } from "../shared/base";
import { finishItem } from "../shared/spec";
import { META_AVAILABILITY, META_FIELDS, META_MAX_ADDITIONAL_IMAGES, META_MIN_IMAGE_PX } from "./fields";

export function mapMeta(v: FeedVariant): MappedItem {
  const { base, issues } = buildBase(v, { maxAdditionalImages: META_MAX_ADDITIONAL_IMAGES });
  checkImageSize(base, META_MIN_IMAGE_PX, issues);
  return finishItem({ ...commonValues(base), availability: META_AVAILABILITY[base.stock] }, META_FIELDS, issues);
}
