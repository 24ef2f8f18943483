// Stock state of a variant from Shopify's quantity, inventory policy and tracking. Each channel maps
// the state to its own vocabulary (fields.ts): e.g. backorder is "backorder" on Google,
// "available for order" on TikTok and Snapchat, and "in stock" where the feed has no such value.

import type { FeedVariant } from "../channel-adapter";

export type StockState = "in_stock" | "out_of_stock" | "backorder";

export function stockState(variant: Pick<FeedVariant["variant"], "quantity" | "inventoryPolicy" | "tracked">): StockState {
  if (!variant.tracked) return "in_stock";
  if (variant.quantity > 0) return "in_stock";
  return variant.inventoryPolicy === "CONTINUE" ? "backorder" : "out_of_stock";
}
