import type { ChannelAdapter } from "../channel-adapter";
import { columnsOf } from "../shared/spec";
import { tiktokOrders } from "./orders";
import { TIKTOK_FIELDS } from "./fields";
import { mapTikTok } from "./map";

export const tiktokAdapter: ChannelAdapter = {
  id: "tiktok",
  name: "TikTok",
  keyField: "sku_id",
  columns: columnsOf(TIKTOK_FIELDS),
  formats: ["csv", "tsv"],
  listFields: ["additional_image_link"],
  map: mapTikTok,
  orders: tiktokOrders,
};
