// A TikTok Shop order (Order API 202309 "Get Order Detail" object) plus its return records (Return
// and Refund API 202309 "Search Returns") → ChannelOrder. Tolerant of missing optional fields,
// strict about what the import depends on: order id, status, currency, and a price on every line.
//
// Units and lines: in 202309 every `line_items` entry is ONE unit. Units of the same SKU at the same
// original price become one line with a quantity; the line keeps the id of its first unit
// (`lineId`), and refunds and shipments that name any unit of it map back to that line.
// Units the channel cancelled inside a live order (partial cancellation) are left out.
//
// Discounts, and what `total` means here. TikTok splits every discount into who pays for it:
// - `seller_discount` (a voucher or promotion the merchant funds): the buyer paid less and the
//   merchant receives less. It is the line's `discount` (order-level remainder → `discount`).
// - `platform_discount` (funded by TikTok): the buyer paid less, but TikTok pays the difference to
//   the merchant in the settlement. For the merchant it is not a discount, so it is NOT subtracted.
//   Same for `shipping_fee_platform_discount` on shipping.
// So `total` = Σ(unit price × quantity − line discount) − order discount + shipping + tax: what the
// order is worth to the merchant (the buyer's `total_amount` plus TikTok's subsidies). That keeps
// the Shopify order's lines, discounts and paid transaction consistent with the merchant's revenue.

import { toMinor } from "../../../core/money";
import type { ChannelOrder, ChannelOrderLine, ChannelOrderState, ChannelRefund, OrderAddress, Parsed } from "../../../core/orders/types";
import { isRecord, type Json, list, record, text } from "../../shared/json";

class BrokenOrder extends Error {}

const STATES: Readonly<Record<string, ChannelOrderState>> = {
  UNPAID: "pending",
  ON_HOLD: "on_hold",
  AWAITING_SHIPMENT: "open",
  PARTIALLY_SHIPPING: "open",
  AWAITING_COLLECTION: "open",
  IN_TRANSIT: "open",
  DELIVERED: "completed",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
  // The webhook's spelling, should an order object ever carry it.
  CANCEL: "cancelled",
};

/** A return record counts once the money went back to the buyer. */
export const COMPLETED_RETURN_STATUSES: ReadonlySet<string> = new Set(["RETURN_OR_REFUND_REQUEST_COMPLETE"]);
/** REPLACEMENT returns send goods, not money. */
const REFUND_RETURN_TYPES: ReadonlySet<string> = new Set(["REFUND", "RETURN_AND_REFUND"]);

/** A decimal string ("12.30") → minor units; missing → null; anything else → BrokenOrder. */
function money(v: unknown, currency: string, what: string): number | null {
  if (v === undefined || v === null || v === "") return null;
  const decimal = typeof v === "number" && Number.isFinite(v) ? String(v) : v;
  if (typeof decimal === "string") {
    try {
      return toMinor(decimal, currency);
    } catch {
      // fall through to the message below
    }
  }
  throw new BrokenOrder(`${what} is not a decimal amount: ${JSON.stringify(v)}`);
}

const nonNegative = (v: unknown, currency: string, what: string): number => {
  const minor = money(v, currency, what) ?? 0;
  if (minor < 0) throw new BrokenOrder(`${what} is negative: ${JSON.stringify(v)}`);
  return minor;
};

function currencyOf(v: unknown, what: string): string {
  const code = text(v);
  if (!code || !/^[A-Za-z]{3}$/.test(code)) throw new BrokenOrder(`${what} is not an ISO 4217 currency: ${JSON.stringify(v)}`);
  return code.toUpperCase();
}

export interface TikTokUnitGroup {
  /** The id of the group's first unit: the ChannelOrderLine's `lineId`. */
  lineId: string;
  /** Every unit (`line_items[].id`) of the line. */
  unitIds: string[];
  units: Json[];
}

/** Groups one-unit line items by SKU and original price, in order of first appearance. */
export function groupTikTokUnits(lineItems: unknown[]): TikTokUnitGroup[] {
  const groups = new Map<string, TikTokUnitGroup>();
  lineItems.forEach((entry, index) => {
    const unit = record(entry);
    const id = text(unit.id);
    if (!id) throw new BrokenOrder(`line_items[${index}] has no id`);
    const sku = text(unit.sku_id) ?? text(unit.seller_sku) ?? `${text(unit.product_name) ?? ""}/${text(unit.sku_name) ?? ""}`;
    const key = `${sku}\u0000${text(unit.original_price) ?? text(unit.sale_price) ?? ""}`;
    const group = groups.get(key);
    if (group) {
      group.unitIds.push(id);
      group.units.push(unit);
    } else groups.set(key, { lineId: id, unitIds: [id], units: [unit] });
  });
  return [...groups.values()];
}

function toLine(group: TikTokUnitGroup, currency: string): ChannelOrderLine {
  const first = group.units[0];
  const where = `line item ${group.lineId}`;
  for (const unit of group.units) {
    if (unit.currency !== undefined && unit.currency !== "" && currencyOf(unit.currency, `${where} currency`) !== currency) {
      throw new BrokenOrder(`${where} is in ${String(unit.currency)}, the order in ${currency}`);
    }
  }
  const unitPrice = money(first.original_price, currency, `${where} original_price`) ?? money(first.sale_price, currency, `${where} sale_price`);
  if (unitPrice === null || unitPrice < 0) throw new BrokenOrder(`${where} has no price`);
  const discount = group.units.reduce((sum, unit) => sum + nonNegative(unit.seller_discount, currency, `${where} seller_discount`), 0);
  const product = text(first.product_name) ?? "TikTok Shop item";
  const variant = text(first.sku_name);
  return {
    lineId: group.lineId,
    itemId: text(first.sku_id),
    sku: text(first.seller_sku),
    title: variant ? `${product} - ${variant}` : product,
    quantity: group.units.length,
    unitPrice,
    discount: Math.min(discount, unitPrice * group.units.length),
  };
}

function district(info: unknown, names: readonly string[]): string | null {
  for (const entry of list(info)) {
    const level = record(entry);
    const name = text(level.address_level_name)?.toLowerCase();
    if (name && names.includes(name)) return text(level.address_name);
  }
  return null;
}

function address(raw: unknown): OrderAddress | null {
  if (!isRecord(raw)) return null;
  const name = text(raw.name);
  let firstName = text(raw.first_name);
  let lastName = text(raw.last_name);
  if (!firstName && !lastName && name) {
    const cut = name.lastIndexOf(" ");
    firstName = cut > 0 ? name.slice(0, cut) : null;
    lastName = cut > 0 ? name.slice(cut + 1) : name;
  }
  const extra = [raw.address_line2, raw.address_line3, raw.address_line4].map(text).filter((s): s is string => s !== null);
  const region = text(raw.region_code);
  return {
    firstName,
    lastName,
    address1: text(raw.address_line1) ?? text(raw.address_detail),
    address2: extra.length > 0 ? extra.join(", ") : null,
    city: district(raw.district_info, ["city", "town", "post town"]),
    province: district(raw.district_info, ["state", "province", "region", "prefecture"]),
    zip: text(raw.postal_code),
    countryCode: region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : null,
    phone: text(raw.phone_number),
  };
}

function refundOf(raw: unknown, index: number, orderId: string, currency: string, groups: TikTokUnitGroup[]): ChannelRefund | null {
  const ret = record(raw);
  const id = text(ret.return_id);
  if (!id) throw new BrokenOrder(`return record ${index} has no return_id`);
  const status = text(ret.return_status);
  const type = text(ret.return_type);
  if (!status || !COMPLETED_RETURN_STATUSES.has(status) || (type !== null && !REFUND_RETURN_TYPES.has(type))) return null;
  const owner = text(ret.order_id);
  if (owner && owner !== orderId) throw new BrokenOrder(`return ${id} belongs to order ${owner}, not ${orderId}`);
  const amount = record(ret.refund_amount);
  if (amount.currency !== undefined && currencyOf(amount.currency, `return ${id} currency`) !== currency) {
    throw new BrokenOrder(`return ${id} is refunded in ${String(amount.currency)}, the order is in ${currency}`);
  }
  const total = money(amount.refund_total, currency, `return ${id} refund_total`);
  if (total === null || total < 0) throw new BrokenOrder(`return ${id} has no refund_total`);

  const byLine = new Map<string, ChannelRefund["lines"][number]>();
  list(ret.return_line_items).forEach((entry, at) => {
    const item = record(entry);
    const unitId = text(item.order_line_item_id);
    const group = unitId ? groups.find((g) => g.unitIds.includes(unitId)) : undefined;
    const key = group?.lineId ?? `unknown:${unitId ?? at}`;
    const line = byLine.get(key);
    if (line) line.quantity += 1;
    else byLine.set(key, { lineId: group?.lineId ?? null, itemId: text(item.sku_id), sku: text(item.seller_sku), quantity: 1 });
  });
  return { id, amount: total, lines: [...byLine.values()], reason: text(ret.return_reason_text) ?? text(ret.return_reason) };
}

function isoFromSeconds(v: unknown): string | null {
  const seconds = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
  return typeof seconds === "number" && Number.isSafeInteger(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : null;
}

function read(raw: unknown, refundRecords: unknown[]): ChannelOrder {
  if (!isRecord(raw)) throw new BrokenOrder("TikTok Shop order is not an object");
  const externalId = text(raw.id);
  if (!externalId) throw new BrokenOrder("TikTok Shop order has no id");
  const status = text(raw.status);
  const state = status ? STATES[status] : undefined;
  if (!status || !state) throw new BrokenOrder(`TikTok Shop order ${externalId} has an unknown status: ${JSON.stringify(raw.status)}`);
  const payment = record(raw.payment);
  const units = list(raw.line_items);
  if (units.length === 0) throw new BrokenOrder(`TikTok Shop order ${externalId} has no line_items`);
  const currency = currencyOf(payment.currency ?? record(units[0]).currency, `order ${externalId} payment.currency`);

  const live = state === "cancelled" ? units : units.filter((u) => text(record(u).display_status) !== "CANCELLED");
  const groups = groupTikTokUnits(live.length > 0 ? live : units);
  const lines = groups.map((group) => toLine(group, currency));
  const lineDiscounts = lines.reduce((sum, line) => sum + line.discount, 0);
  const discount = Math.max(0, nonNegative(payment.seller_discount, currency, "payment.seller_discount") - lineDiscounts);
  const shipping =
    nonNegative(payment.shipping_fee, currency, "payment.shipping_fee") +
    nonNegative(payment.shipping_fee_platform_discount, currency, "payment.shipping_fee_platform_discount");
  const tax =
    money(payment.tax, currency, "payment.tax") ??
    nonNegative(payment.product_tax, currency, "payment.product_tax") + nonNegative(payment.shipping_fee_tax, currency, "payment.shipping_fee_tax");
  const goods = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity - line.discount, 0);
  const shippingAddress = address(raw.recipient_address);

  return {
    channel: "tiktok",
    externalId,
    state,
    channelStatus: status,
    createdAt: isoFromSeconds(raw.create_time),
    currency,
    lines,
    shipping: { title: text(raw.shipping_provider) ?? text(raw.delivery_option_name) ?? "TikTok Shop shipping", amount: shipping },
    tax,
    discount,
    total: goods - discount + shipping + tax,
    buyer: { name: text(record(raw.recipient_address).name), email: text(raw.buyer_email), phone: shippingAddress?.phone ?? null },
    shippingAddress,
    cancelReason: state === "cancelled" ? (text(raw.cancel_reason) ?? "Cancelled on TikTok Shop") : null,
    refunds: refundRecords
      .map((r, i) => refundOf(r, i, externalId, currency, groups))
      .filter((r): r is ChannelRefund => r !== null),
  };
}

export function normalizeTikTokOrder(raw: unknown, refunds: unknown[]): Parsed<ChannelOrder> {
  try {
    return { ok: true, value: read(raw, refunds) };
  } catch (error) {
    if (error instanceof BrokenOrder) return { ok: false, message: error.message };
    return { ok: false, message: `TikTok Shop order could not be read: ${(error as Error).message}` };
  }
}
