import type { ChannelAdapter } from "../channel-adapter";
import { columnsOf } from "../shared/spec";
import { PINTEREST_FIELDS } from "./fields";
import { mapPinterest } from "./map";

export const pinterestAdapter: ChannelAdapter = {
  id: "pinterest",
  name: "Pinterest",
  keyField: "id",
  columns: columnsOf(PINTEREST_FIELDS),
  formats: ["csv", "tsv", "xml"],
  listFields: ["additional_image_link"],
  map: mapPinterest,
};
