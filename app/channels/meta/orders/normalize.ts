// A Meta Commerce order (Graph API `/{order_id}` with its items, cancellations and refunds
// expanded) → ChannelOrder. Amounts come as `{amount: "12.34", currency}` objects or as plain
// decimal strings; both are read as integer minor units, never floats.
//
// State: FB_PROCESSING → pending (Meta is still checking payment), CREATED / IN_PROGRESS → open,
// COMPLETED → completed, and any cancellation on the order → cancelled.
// Discounts: promotions are split by who funds them (`promotion_details[].sponsor`). MERCHANT
// promotions are discounts (item-level ones on the line, order-level ones on `discount`); a
// FACEBOOK-sponsored promotion is paid to the merchant by Meta, so, as for TikTok's platform
// discount, it is not a discount for the merchant and `total` includes it. `total` = Σ(unit price ×
// quantity − line discount) − order discount + shipping + tax.
// Refunds come from the `refunds` argument (records of `/{order_id}/refunds`), falling back to the
// order's expanded `refunds` edge.

import { toMinor } from "../../../core/money";
import type { ChannelOrder, ChannelOrderLine, ChannelOrderState, ChannelRefund, OrderAddress, Parsed } from "../../../core/orders/types";
import { isRecord, type Json, list, record, text } from "../../shared/json";

class BrokenOrder extends Error {}

const STATES: Readonly<Record<string, ChannelOrderState>> = {
  FB_PROCESSING: "pending",
  CREATED: "open",
  IN_PROGRESS: "open",
  COMPLETED: "completed",
  // Not a Graph order state, but what exports and some tools write for an order with a cancellation.
  CANCELLED: "cancelled",
};

/** Graph edges come as `{data: [...]}`; a bare array is read too. */
const edge = (v: unknown): unknown[] => (Array.isArray(v) ? v : list(record(v).data));

/** `{amount, currency}` or "12.34" (or, for refund totals, `{total_amount: {...}}`): the decimal and its currency. */
function amountParts(v: unknown): { decimal: unknown; currency: string | null } | null {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "string" || typeof v === "number") return { decimal: v, currency: null };
  if (!isRecord(v)) return { decimal: v, currency: null };
  if ("amount" in v) return { decimal: v.amount, currency: text(v.currency) };
  return amountParts(v.total_amount ?? v.total ?? v.total_refund);
}

/** An amount in the order currency, minor units; missing → null; garbled or foreign → BrokenOrder. */
function money(v: unknown, currency: string, what: string): number | null {
  const parts = amountParts(v);
  if (!parts) return null;
  if (parts.currency && parts.currency.toUpperCase() !== currency) throw new BrokenOrder(`${what} is in ${parts.currency}, the order in ${currency}`);
  const decimal = typeof parts.decimal === "number" && Number.isFinite(parts.decimal) ? String(parts.decimal) : parts.decimal;
  if (typeof decimal === "string") {
    try {
      const minor = toMinor(decimal, currency);
      if (minor >= 0) return minor;
    } catch {
      // reported below
    }
  }
  throw new BrokenOrder(`${what} is not a non-negative decimal amount: ${JSON.stringify(v)}`);
}

function orderCurrency(order: Json, items: Json[]): string {
  const payment = record(order.estimated_payment_details);
  const candidates = [record(items[0]?.price_per_unit).currency, record(payment.total_amount).currency];
  const code = candidates.map(text).find((c) => c !== null);
  if (!code || !/^[A-Za-z]{3}$/.test(code)) throw new BrokenOrder(`Meta order ${text(order.id)} has no ISO 4217 currency on its items or total`);
  return code.toUpperCase();
}

interface Promotion {
  amount: number;
  itemLevel: boolean;
  retailerId: string | null;
}

/** Merchant-funded promotions only (see the header). */
function merchantPromotions(order: Json, currency: string): Promotion[] {
  return edge(order.promotion_details)
    .map(record)
    .filter((p) => (text(p.sponsor) ?? "MERCHANT").toUpperCase() === "MERCHANT")
    .map((p, i) => ({
      amount: money(p.applied_amount, currency, `promotion ${i} applied_amount`) ?? 0,
      itemLevel: text(p.target_granularity) === "ITEM_LEVEL",
      retailerId: text(p.retailer_id),
    }));
}

function toLine(item: Json, index: number, currency: string, promotions: Promotion[]): ChannelOrderLine {
  const lineId = text(item.id);
  if (!lineId) throw new BrokenOrder(`items[${index}] has no id`);
  const quantity = item.quantity;
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) throw new BrokenOrder(`item ${lineId} has no positive integer quantity`);
  const unitPrice = money(item.price_per_unit, currency, `item ${lineId} price_per_unit`);
  if (unitPrice === null) throw new BrokenOrder(`item ${lineId} has no price_per_unit`);
  const itemId = text(item.retailer_id);
  const discount = promotions.filter((p) => p.itemLevel && p.retailerId !== null && p.retailerId === itemId).reduce((s, p) => s + p.amount, 0);
  return {
    lineId,
    itemId,
    sku: null,
    title: text(item.product_name) ?? "Meta Shops item",
    quantity,
    unitPrice,
    discount: Math.min(discount, unitPrice * quantity),
  };
}

function address(raw: unknown): OrderAddress | null {
  if (!isRecord(raw)) return null;
  const name = text(raw.name);
  const cut = name ? name.lastIndexOf(" ") : -1;
  const country = text(raw.country);
  return {
    firstName: name && cut > 0 ? name.slice(0, cut) : null,
    lastName: name ? name.slice(cut + 1) : null,
    address1: text(raw.street1),
    address2: text(raw.street2),
    city: text(raw.city),
    province: text(raw.state),
    zip: text(raw.postal_code),
    countryCode: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
    phone: null,
  };
}

function refundOf(raw: unknown, index: number, currency: string, items: ChannelOrderLine[]): ChannelRefund {
  const refund = record(raw);
  const id = text(refund.id);
  if (!id) throw new BrokenOrder(`refund ${index} has no id`);
  const amount = money(refund.refund_amount ?? refund.amount, currency, `refund ${id} amount`);
  if (amount === null) throw new BrokenOrder(`refund ${id} has no refund_amount`);
  const lines = edge(refund.items).map((entry) => {
    const item = record(entry);
    const lineId = text(item.item_id) ?? text(item.id);
    const line = items.find((l) => l.lineId === lineId) ?? items.find((l) => l.itemId !== null && l.itemId === text(item.retailer_id));
    const quantity = typeof item.item_refund_quantity === "number" ? item.item_refund_quantity : item.quantity;
    return {
      lineId: line?.lineId ?? lineId,
      itemId: text(item.retailer_id) ?? line?.itemId ?? null,
      sku: null,
      quantity: typeof quantity === "number" && Number.isInteger(quantity) && quantity > 0 ? quantity : 1,
    };
  });
  const reason = record(refund.reason_code ? refund : refund.refund_reason);
  return { id, amount, lines, reason: text(reason.reason_text) ?? text(reason.reason_code) };
}

function read(raw: unknown, refundRecords: unknown[]): ChannelOrder {
  if (!isRecord(raw)) throw new BrokenOrder("Meta order is not an object");
  const externalId = text(raw.id);
  if (!externalId) throw new BrokenOrder("Meta order has no id");
  const status = text(record(raw.order_status).state) ?? text(raw.order_status);
  const cancellations = edge(raw.cancellations).map(record);
  const listed = status ? STATES[status] : undefined;
  if (!status || (!listed && cancellations.length === 0)) throw new BrokenOrder(`Meta order ${externalId} has an unknown order_status.state: ${JSON.stringify(status)}`);
  const items = edge(raw.items).map(record);
  if (items.length === 0) throw new BrokenOrder(`Meta order ${externalId} has no items`);
  const currency = orderCurrency(raw, items);
  const promotions = merchantPromotions(raw, currency);
  const lines = items.map((item, i) => toLine(item, i, currency, promotions));

  const payment = record(raw.estimated_payment_details);
  const option = record(raw.selected_shipping_option);
  const shipping = money(option.price, currency, "selected_shipping_option.price") ?? money(record(payment.subtotal).shipping, currency, "subtotal.shipping") ?? 0;
  const itemTax = items.reduce((sum, item, i) => sum + (money(record(item.tax_details).estimated_tax, currency, `items[${i}] estimated_tax`) ?? 0), 0);
  const tax = money(payment.tax, currency, "estimated_payment_details.tax") ?? itemTax + (money(option.calculated_tax, currency, "calculated_tax") ?? 0);
  const discount = promotions.filter((p) => !p.itemLevel).reduce((s, p) => s + p.amount, 0);
  const goods = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity - line.discount, 0);
  const buyer = record(raw.buyer_details);
  const cancel = record(cancellations[0]?.cancel_reason);
  const refunds = refundRecords.length > 0 ? refundRecords : edge(raw.refunds);

  return {
    channel: "meta",
    externalId,
    state: cancellations.length > 0 ? "cancelled" : listed!,
    channelStatus: status,
    createdAt: text(raw.created),
    currency,
    lines,
    shipping: { title: text(option.name) ?? "Shipping", amount: shipping },
    tax,
    discount: Math.min(discount, goods),
    total: goods - Math.min(discount, goods) + shipping + tax,
    buyer: { name: text(buyer.name), email: text(buyer.email), phone: null },
    shippingAddress: address(raw.shipping_address),
    cancelReason: cancellations.length > 0 ? (text(cancel.reason_description) ?? text(cancel.reason_code) ?? "Cancelled on Meta") : null,
    refunds: refunds.map((r, i) => refundOf(r, i, currency, lines)),
  };
}

export function normalizeMetaOrder(raw: unknown, refunds: unknown[]): Parsed<ChannelOrder> {
  try {
    return { ok: true, value: read(raw, refunds) };
  } catch (error) {
    if (error instanceof BrokenOrder) return { ok: false, message: error.message };
    return { ok: false, message: `Meta order could not be read: ${(error as Error).message}` };
  }
}
