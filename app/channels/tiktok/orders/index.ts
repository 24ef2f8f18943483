// TikTok Shop's order side: it pushes signed webhooks; orders are read from its Order API 202309.
import type { OrderAdapter } from "../../channel-adapter";
import { normalizeTikTokOrder } from "./normalize";
import { parseTikTokPush } from "./parse-push";
import { verifyTikTokPush } from "./verify";

/**
 * Stock goes through "Update Inventory" (POST /product/202309/products/{product_id}/inventory/update),
 * one product per call with its SKUs. A TikTok Shop product holds at most 100 SKUs (Create Product
 * 202309: `skus` max 100), so 100 SKUs per batch never exceeds what one call may carry; the client
 * splits a batch into one call per product.
 */
export const TIKTOK_STOCK_BATCH_LIMIT = 100;

export const tiktokOrders: OrderAdapter = {
  delivery: "push",
  takesStockPushes: true,
  stockBatchLimit: TIKTOK_STOCK_BATCH_LIMIT,
  verifyPush: verifyTikTokPush,
  parsePush: parseTikTokPush,
  normalizeOrder: normalizeTikTokOrder,
};
