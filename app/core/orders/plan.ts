// Decides what to do with a channel order that has no Shopify order yet: create one (the plan) or
// hold it for the merchant with a reason. Pure: the caller looks the lines up in the catalog.

import type { ShopifyOrderPlan } from "./plan-types";
import type { ChannelOrder, ChannelOrderLine, OrderAddress } from "./types";

/** The catalog variant a channel line was matched to (by feed item id, then SKU). */
export interface VariantMatch {
  variantId: string;
  sku: string | null;
  /** Total available across locations. */
  available: number;
  inventoryPolicy: string;
  tracked: boolean;
}

export type HoldReason =
  | "unknown_sku"
  | "out_of_stock"
  | "invalid_address"
  | "currency_mismatch"
  /** The channel's order cannot be read (or the channel does not know it). */
  | "invalid_order"
  /** Shopify refused the order for another reason (its messages are kept). */
  | "rejected_by_shopify";

export type Decision = { kind: "create"; plan: ShopifyOrderPlan } | { kind: "hold"; reason: HoldReason; detail: string };

export interface PlanContext {
  /** Currencies the shop sells in: its own and its markets'. */
  currencies: ReadonlySet<string>;
  /** The match for a line, or null when nothing in the catalog is that item or SKU. */
  match(line: ChannelOrderLine): VariantMatch | null;
}

export const CHANNEL_LABELS: Record<ChannelOrder["channel"], string> = { tiktok: "TikTok Shop", meta: "Meta" };

export function planShopifyOrder(order: ChannelOrder, ctx: PlanContext): Decision {
  if (order.lines.length === 0) return hold("invalid_order", "The order has no lines.");
  if (!ctx.currencies.has(order.currency)) {
    return hold("currency_mismatch", `The order is in ${order.currency}, which the shop does not sell in (${[...ctx.currencies].join(", ")}). Add a market with ${order.currency} or import it by hand.`);
  }
  const address = addressProblem(order.shippingAddress);
  if (address) return hold("invalid_address", address);

  const lines: ShopifyOrderPlan["lines"] = [];
  const unknown: string[] = [];
  const short: string[] = [];
  const wanted = new Map<string, number>();
  for (const line of order.lines) {
    const match = ctx.match(line);
    if (!match) {
      unknown.push(describe(line));
      continue;
    }
    const total = (wanted.get(match.variantId) ?? 0) + line.quantity;
    wanted.set(match.variantId, total);
    if (match.tracked && match.inventoryPolicy === "DENY" && match.available < total) {
      short.push(`${describe(line)}: ${total} ordered, ${Math.max(0, match.available)} available`);
    }
    lines.push({ variantId: match.variantId, quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount, title: line.title, sku: match.sku ?? line.sku });
  }
  if (unknown.length > 0) return hold("unknown_sku", `No product in the catalog matches ${unknown.join("; ")}. Add the SKU in Shopify (or publish the product to the channel again), then retry.`);
  if (short.length > 0) return hold("out_of_stock", `Not enough stock and the variant does not sell when out of stock: ${short.join("; ")}.`);

  const label = CHANNEL_LABELS[order.channel];
  return {
    kind: "create",
    plan: {
      sourceName: order.channel,
      sourceIdentifier: order.externalId,
      currency: order.currency,
      lines,
      shipping: order.shipping,
      tax: order.tax,
      discount: order.discount,
      total: order.total,
      email: order.buyer.email,
      phone: order.buyer.phone ?? order.shippingAddress?.phone ?? null,
      shippingAddress: order.shippingAddress,
      tags: [label, "Social Selling Hub"],
      note: `${label} order ${order.externalId}`,
      processedAt: order.createdAt,
    },
  };
}

function hold(reason: HoldReason, detail: string): Decision {
  return { kind: "hold", reason, detail };
}

function describe(line: ChannelOrderLine): string {
  const ids = [line.itemId ? `item ${line.itemId}` : null, line.sku ? `SKU ${line.sku}` : null].filter(Boolean).join(", ");
  return `"${line.title}" (${ids || "no item id or SKU"})`;
}

/** What makes an address unusable for shipping, in words, or null when it will do. */
export function addressProblem(address: OrderAddress | null): string | null {
  if (!address) return "The order has no shipping address.";
  const missing = [
    !address.address1?.trim() && "street",
    !address.city?.trim() && "city",
    !(address.firstName?.trim() || address.lastName?.trim()) && "recipient name",
  ].filter(Boolean);
  if (!address.countryCode || !/^[A-Z]{2}$/.test(address.countryCode)) missing.push("country (ISO code)");
  return missing.length ? `The shipping address lacks: ${missing.join(", ")}.` : null;
}
