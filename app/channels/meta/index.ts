import type { ChannelAdapter } from "../channel-adapter";
import { columnsOf } from "../shared/spec";
import { metaOrders } from "./orders";
import { META_FIELDS } from "./fields";
import { mapMeta } from "./map";

export const metaAdapter: ChannelAdapter = {
  id: "meta",
  name: "Meta (Facebook & Instagram)",
  keyField: "id",
  columns: columnsOf(META_FIELDS),
  formats: ["csv", "tsv", "xml"],
  listFields: ["additional_image_link"],
  map: mapMeta,
  orders: metaOrders,
};
