// Plans (app/core/orders/plan-types.ts, minor units) → Admin GraphQL variables (decimal strings).
// Pure: no IO. Used by the ShopifyOrders port (./orders.server.ts).

import { fromMinor } from "~/core/money";
import type { OrderAddress } from "~/core/orders/types";
import type { ShopifyOrderPlan, ShopifyRefundPlan } from "~/core/orders/plan-types";
import type {
  CountryCode,
  CurrencyCode,
  MailingAddressInput,
  MoneyBagInput,
  OrderCancelReason,
  OrderCreateMutationVariables,
  RefundCreateMutationVariables,
  RefundLineItemInput,
} from "./generated/admin.types";

function moneyBag(minor: number, currency: string): MoneyBagInput {
  const money = { amount: fromMinor(minor, currency), currencyCode: currency as CurrencyCode };
  return { shopMoney: money, presentmentMoney: money };
}

/** Tax rate of `tax` over `base`, 4 decimals ("0.2000"), from integers only. */
export function taxRate(tax: number, base: number): string {
  if (tax <= 0 || base <= 0) return "0";
  const tenThousandths = Math.round((tax * 10_000) / base);
  return `${Math.floor(tenThousandths / 10_000)}.${String(tenThousandths % 10_000).padStart(4, "0")}`;
}

export function mailingAddress(a: OrderAddress): MailingAddressInput {
  const province = a.province?.trim() || null;
  return {
    firstName: a.firstName,
    lastName: a.lastName,
    address1: a.address1,
    address2: a.address2,
    city: a.city,
    zip: a.zip,
    countryCode: (a.countryCode as CountryCode | null) ?? null,
    phone: a.phone,
    // A short code ("CA", "BY") is a province code; a name goes to the (deprecated) free-text field.
    ...(province && /^[A-Z0-9]{1,3}$/i.test(province) ? { provinceCode: province.toUpperCase() } : province ? { province } : {}),
  };
}

/** Line discounts plus the order discount: orderCreate takes no per-line discount, so one fixed code. */
export function totalDiscount(plan: ShopifyOrderPlan): number {
  return plan.lines.reduce((sum, l) => sum + l.discount, 0) + plan.discount;
}

export function discountCodeName(sourceName: string): string {
  return `${sourceName.toUpperCase()}_DISCOUNT`;
}

export function orderCreateVariables(plan: ShopifyOrderPlan): OrderCreateMutationVariables {
  const c = plan.currency;
  const discount = totalDiscount(plan);
  const itemsTotal = plan.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  return {
    options: { inventoryBehaviour: "DECREMENT_OBEYING_POLICY", sendReceipt: false, sendFulfillmentReceipt: false },
    order: {
      currency: c as CurrencyCode,
      presentmentCurrency: c as CurrencyCode,
      lineItems: plan.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, priceSet: moneyBag(l.unitPrice, c) })),
      ...(discount > 0 ? { discountCode: { itemFixedDiscountCode: { code: discountCodeName(plan.sourceName), amountSet: moneyBag(discount, c) } } } : {}),
      ...(plan.shipping.amount > 0 || plan.shipping.title
        ? { shippingLines: [{ title: plan.shipping.title || "Shipping", priceSet: moneyBag(plan.shipping.amount, c), source: plan.sourceName }] }
        : {}),
      ...(plan.tax > 0 ? { taxLines: [{ title: "Tax", rate: taxRate(plan.tax, itemsTotal - discount), priceSet: moneyBag(plan.tax, c) }] } : {}),
      taxesIncluded: false,
      ...(plan.email ? { email: plan.email } : {}),
      ...(plan.phone ? { phone: plan.phone } : {}),
      ...(plan.shippingAddress ? { shippingAddress: mailingAddress(plan.shippingAddress) } : {}),
      sourceName: plan.sourceName,
      sourceIdentifier: plan.sourceIdentifier,
      tags: plan.tags,
      note: plan.note,
      ...(plan.processedAt ? { processedAt: plan.processedAt } : {}),
      financialStatus: "PAID",
      transactions: [{ kind: "SALE", status: "SUCCESS", gateway: plan.sourceName, amountSet: moneyBag(plan.total, c) }],
    },
  };
}

/** Shopify's search syntax: quote the value, backslash-escape quotes and backslashes inside it. */
export function sourceIdentifierQuery(sourceIdentifier: string): string {
  return `source_identifier:'${sourceIdentifier.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;
}

const CANCEL_REASONS: [RegExp, OrderCancelReason][] = [
  [/fraud/i, "FRAUD"],
  [/stock|inventory|unavailable|sold.?out/i, "INVENTORY"],
  [/declin|payment|unpaid|pay.?fail/i, "DECLINED"],
  [/seller|staff|merchant|shop/i, "STAFF"],
  [/buyer|customer|user|changed.?mind/i, "CUSTOMER"],
];

/** A channel's cancel reason (free text or code) → OrderCancelReason; OTHER when nothing matches. */
export function cancelReason(reason: string): OrderCancelReason {
  return CANCEL_REASONS.find(([re]) => re.test(reason))?.[1] ?? "OTHER";
}

/** Refund lines: unfulfilled units are cancelled (CANCEL), shipped ones come back (RETURN); both restock. */
export function refundLineItems(lines: ShopifyRefundPlan["lines"], unfulfilled: ReadonlyMap<string, number>): RefundLineItemInput[] {
  const left = new Map(unfulfilled);
  const out: RefundLineItemInput[] = [];
  for (const l of lines) {
    const cancel = Math.min(l.quantity, left.get(l.lineItemId) ?? 0);
    left.set(l.lineItemId, (left.get(l.lineItemId) ?? 0) - cancel);
    if (cancel > 0) out.push({ lineItemId: l.lineItemId, quantity: cancel, restockType: "CANCEL" });
    if (l.quantity > cancel) out.push({ lineItemId: l.lineItemId, quantity: l.quantity - cancel, restockType: "RETURN" });
  }
  return out;
}

export function refundCreateVariables(
  plan: ShopifyRefundPlan,
  sale: { id: string; gateway: string } | null,
  unfulfilled: ReadonlyMap<string, number>,
): RefundCreateMutationVariables {
  return {
    key: plan.idempotencyKey,
    input: {
      orderId: plan.orderId,
      currency: plan.currency as CurrencyCode,
      note: plan.note,
      notify: false,
      refundLineItems: refundLineItems(plan.lines, unfulfilled),
      transactions:
        plan.amount > 0 && sale
          ? [{ orderId: plan.orderId, amount: fromMinor(plan.amount, plan.currency), gateway: sale.gateway, kind: "REFUND", parentId: sale.id }]
          : [],
    },
  };
}
