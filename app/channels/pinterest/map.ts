// FeedVariant → Pinterest catalog item.

import type { FeedVariant, MappedItem } from "../channel-adapter";
import { ageGroupFor } from "../shared/attributes";
import { buildBase, checkImageSize, commonValues } from "../shared/base";
import { itemFinisher } from "../shared/spec";
import { PINTEREST_AGE_GROUPS, PINTEREST_AVAILABILITY, PINTEREST_FIELDS, PINTEREST_MAX_ADDITIONAL_IMAGES, PINTEREST_MIN_IMAGE_PX } from "./fields";

const finish = itemFinisher(PINTEREST_FIELDS);

export function mapPinterest(v: FeedVariant): MappedItem {
  const { base, issues } = buildBase(v, { maxAdditionalImages: PINTEREST_MAX_ADDITIONAL_IMAGES });
  checkImageSize(base, PINTEREST_MIN_IMAGE_PX, issues);
  const values = commonValues(base);
  values.availability = PINTEREST_AVAILABILITY[base.stock];
  values.age_group = ageGroupFor(values.age_group, PINTEREST_AGE_GROUPS);
  return finish(values, issues);
}
