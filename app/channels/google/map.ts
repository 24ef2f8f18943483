// FeedVariant → Google Merchant Center item.

import type { FeedVariant, MappedItem } from "../channel-adapter";
import { ageGroupFor } from "../shared/attributes";
import { buildBase, checkImageSize, commonValues } from "../shared/base";
import { itemFinisher } from "../shared/spec";
import { GOOGLE_AGE_GROUPS, GOOGLE_AVAILABILITY, GOOGLE_FIELDS, GOOGLE_MAX_ADDITIONAL_IMAGES, GOOGLE_MIN_IMAGE_PX } from "./fields";

const finish = itemFinisher(GOOGLE_FIELDS);

export function mapGoogle(v: FeedVariant): MappedItem {
  const { base, issues } = buildBase(v, { maxAdditionalImages: GOOGLE_MAX_ADDITIONAL_IMAGES });
  checkImageSize(base, GOOGLE_MIN_IMAGE_PX, issues);
  const values = commonValues(base);
  values.availability = GOOGLE_AVAILABILITY[base.stock];
  values.age_group = ageGroupFor(values.age_group, GOOGLE_AGE_GROUPS);
  return finish(values, issues);
}
