import type { ChannelAdapter } from "../channel-adapter";
import { columnsOf } from "../shared/spec";
import { SNAPCHAT_FIELDS } from "./fields";
import { mapSnapchat } from "./map";

export const snapchatAdapter: ChannelAdapter = {
  id: "snapchat",
  name: "Snapchat",
  keyField: "id",
  columns: columnsOf(SNAPCHAT_FIELDS),
  formats: ["csv", "tsv"],
  listFields: ["additional_image_link"],
  map: mapSnapchat,
};
