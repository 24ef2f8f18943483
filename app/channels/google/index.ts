import type { ChannelAdapter } from "../channel-adapter";
import { columnsOf } from "../shared/spec";
import { GOOGLE_FIELDS } from "./fields";
import { mapGoogle } from "./map";

export const googleAdapter: ChannelAdapter = {
  id: "google",
  name: "Google Merchant Center",
  keyField: "id",
  columns: columnsOf(GOOGLE_FIELDS),
  formats: ["xml", "tsv"],
  listFields: ["additional_image_link"],
  map: mapGoogle,
};
