// FeedVariant → TikTok catalog item. The key is sku_id (the variant's numeric id: stable even when
// the merchant changes the SKU). Emoji in titles: TikTok rejects them, so they are removed (the
// item stays sellable) with a warning "title_emoji_removed"; a title that is only emoji → missing_title.

import type { FeedVariant, MappedItem } from "../channel-adapter";
import { ageGroupFor } from "../shared/attributes";
import { buildBase, commonValues } from "../shared/base";
import { hasEmoji, stripEmoji } from "../shared/emoji";
import { ISSUE, issue } from "../shared/issues";
import { itemFinisher } from "../shared/spec";
import { TIKTOK_AGE_GROUPS, TIKTOK_AVAILABILITY, TIKTOK_FIELDS, TIKTOK_MAX_ADDITIONAL_IMAGES } from "./fields";

const finish = itemFinisher(TIKTOK_FIELDS);

export function mapTikTok(v: FeedVariant): MappedItem {
  const { base, issues } = buildBase(v, { maxAdditionalImages: TIKTOK_MAX_ADDITIONAL_IMAGES });
  // The key is sku_id; the table has no "id" column, so the common "id" is not written.
  const values = commonValues(base);
  const title = values.title;
  if (hasEmoji(title)) {
    const cleaned = stripEmoji(title);
    issues.push(issue(ISSUE.titleEmojiRemoved, "title", "warning", `title "${title}" contains emoji; sent as "${cleaned}"`, "Remove emoji from the product title in Shopify"));
    values.title = cleaned;
  }
  values.sku_id = values.id;
  values.availability = TIKTOK_AVAILABILITY[base.stock];
  values.age_group = ageGroupFor(values.age_group, TIKTOK_AGE_GROUPS);
  return finish(values, issues);
}
