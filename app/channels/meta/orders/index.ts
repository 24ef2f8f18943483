// Meta's order side: orders are pulled (`/{cms_id}/commerce_orders`); its generic webhooks are
// signed with X-Hub-Signature-256, checked by verifyPush. No parsePush: nothing is pushed per order.
import type { OrderAdapter } from "../../channel-adapter";
import { normalizeMetaOrder } from "./normalize";
import { verifyMetaPush } from "./verify";

/** Graph API `/{catalog_id}/items_batch` takes up to 5,000 requests per call. */
export const META_STOCK_BATCH_LIMIT = 5000;

export const metaOrders: OrderAdapter = {
  delivery: "pull",
  takesStockPushes: true,
  stockBatchLimit: META_STOCK_BATCH_LIMIT,
  verifyPush: verifyMetaPush,
  normalizeOrder: normalizeMetaOrder,
};
