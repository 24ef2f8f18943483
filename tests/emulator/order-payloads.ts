/**
 * Order webhook bodies in Shopify's REST shapes (reference: webhook-payloads/orders__cancelled.json,
 * fulfillments__create.json, refunds__create.json). Numeric ids are exact (rawNumber).
 */
import { rawNumber } from "./json";
import { formatAmount, subtractAmount, sumAmounts, timesAmount } from "./money";
import { legacyId } from "./store/ids";
import type { ShopStore } from "./store/shop-store";
import type { AddressRecord, FulfillmentRecord, OrderLineRecord, OrderRecord, RefundRecord } from "./store/types";
import { restTime } from "./webhook-payloads";

const num = (gid: string | null) => (gid ? rawNumber(legacyId(gid)) : null);

function moneySet(amount: string, currency: string) {
  const money = { amount: formatAmount(amount, currency), currency_code: currency };
  return { shop_money: money, presentment_money: money };
}

function addressPayload(a: AddressRecord | null): Record<string, unknown> | null {
  if (!a) return null;
  const name = [a.firstName, a.lastName].filter(Boolean).join(" ");
  return {
    first_name: a.firstName,
    address1: a.address1,
    phone: a.phone,
    city: a.city,
    zip: a.zip,
    province: a.province,
    country: a.countryCode,
    last_name: a.lastName,
    address2: a.address2,
    company: a.company,
    latitude: null,
    longitude: null,
    name: name || null,
    country_code: a.countryCode,
    province_code: null,
  };
}

function linePayload(o: OrderRecord, l: OrderLineRecord, quantity = l.quantity): Record<string, unknown> {
  const zero = formatAmount("0", o.currencyCode);
  return {
    id: num(l.id),
    admin_graphql_api_id: l.id,
    current_quantity: l.quantity - l.removedQuantity,
    fulfillable_quantity: Math.max(0, l.quantity - l.removedQuantity - l.fulfilledQuantity),
    fulfillment_service: "manual",
    fulfillment_status: l.fulfilledQuantity >= l.quantity ? "fulfilled" : null,
    gift_card: false,
    grams: 0,
    name: l.variantTitle ? `${l.title} - ${l.variantTitle}` : l.title,
    price: l.price,
    price_set: moneySet(l.price, o.currencyCode),
    product_exists: l.productId !== null,
    product_id: num(l.productId),
    properties: [],
    quantity,
    requires_shipping: true,
    sku: l.sku,
    taxable: true,
    title: l.title,
    total_discount: zero,
    total_discount_set: moneySet(zero, o.currencyCode),
    variant_id: num(l.variantId),
    variant_inventory_management: l.variantId ? "shopify" : null,
    variant_title: l.variantTitle,
    vendor: null,
    tax_lines: [],
    duties: [],
    discount_allocations: [],
  };
}

export function refundPayload(o: OrderRecord, r: RefundRecord): Record<string, unknown> {
  return {
    id: num(r.id),
    admin_graphql_api_id: r.id,
    order_id: num(o.id),
    created_at: restTime(r.createdAt),
    note: r.note,
    restock: r.lineItems.some((l) => l.restockType !== "NO_RESTOCK"),
    refund_line_items: r.lineItems.map((rl) => {
      const line = o.lineItems.find((l) => l.id === rl.lineItemId)!;
      return {
        line_item_id: num(rl.lineItemId),
        quantity: rl.quantity,
        restock_type: rl.restockType.toLowerCase(),
        subtotal: timesAmount(line.price, rl.quantity, o.currencyCode),
        line_item: linePayload(o, line),
      };
    }),
    transactions: o.transactions
      .filter((t) => r.transactionIds.includes(t.id))
      .map((t) => ({
        id: num(t.id),
        admin_graphql_api_id: t.id,
        amount: t.amount,
        currency: o.currencyCode,
        gateway: t.gateway,
        kind: t.kind.toLowerCase(),
        status: t.status.toLowerCase(),
        parent_id: num(t.parentId),
        order_id: num(o.id),
        created_at: restTime(t.createdAt),
      })),
  };
}

export function orderPayload(store: ShopStore, o: OrderRecord): Record<string, unknown> {
  const c = o.currencyCode;
  const removed = sumAmounts(o.refunds.map((r) => r.amount), c);
  const paid = o.transactions.some((t) => t.kind === "SALE" && t.status === "SUCCESS");
  const refunded = o.refunds.some((r) => r.transactionIds.length > 0);
  return {
    id: num(o.id),
    admin_graphql_api_id: o.id,
    app_id: null,
    buyer_accepts_marketing: false,
    cancel_reason: o.cancelReason ? o.cancelReason.toLowerCase() : null,
    cancelled_at: restTime(o.cancelledAt),
    closed_at: null,
    confirmed: true,
    contact_email: o.email,
    created_at: restTime(o.createdAt),
    currency: c,
    current_total_price: subtractAmount(o.totalPrice, removed, c),
    email: o.email,
    financial_status: refunded ? (o.cancelledAt ? "refunded" : "partially_refunded") : paid ? "paid" : "pending",
    fulfillment_status: o.fulfillments.length ? "fulfilled" : null,
    name: o.name,
    note: o.note,
    number: o.number - 1000,
    order_number: o.number,
    order_status_url: `${store.facts.primaryDomainUrl.replace(/\/$/, "")}/orders/${legacyId(o.id)}/authenticate`,
    payment_gateway_names: [...new Set(o.transactions.map((t) => t.gateway))],
    phone: o.phone,
    presentment_currency: c,
    processed_at: restTime(o.processedAt),
    source_identifier: o.sourceIdentifier,
    source_name: o.sourceName,
    subtotal_price: o.subtotalPrice,
    subtotal_price_set: moneySet(o.subtotalPrice, c),
    tags: o.tags.join(", "),
    taxes_included: false,
    test: false,
    total_discounts: o.totalDiscounts,
    total_discounts_set: moneySet(o.totalDiscounts, c),
    total_price: o.totalPrice,
    total_price_set: moneySet(o.totalPrice, c),
    total_shipping_price_set: moneySet(o.totalShipping, c),
    total_tax: o.totalTax,
    total_tax_set: moneySet(o.totalTax, c),
    updated_at: restTime(o.updatedAt),
    discount_codes: o.discountCodes.map((d) => ({ code: d.code, amount: d.amount, type: "fixed_amount" })),
    shipping_address: addressPayload(o.shippingAddress),
    shipping_lines: o.shippingLines.map((s, i) => ({
      id: rawNumber(`${legacyId(o.id)}${i + 1}`),
      code: s.code,
      price: s.price,
      price_set: moneySet(s.price, c),
      source: o.sourceName,
      title: s.title,
      tax_lines: [],
      discount_allocations: [],
    })),
    tax_lines: o.taxLines.map((t) => ({ title: t.title, rate: Number(t.rate), price: t.price, price_set: moneySet(t.price, c) })),
    line_items: o.lineItems.map((l) => linePayload(o, l)),
    fulfillments: o.fulfillments.map((f) => fulfillmentPayload(store, o, f)),
    refunds: o.refunds.map((r) => refundPayload(o, r)),
  };
}

export function fulfillmentPayload(store: ShopStore, o: OrderRecord, f: FulfillmentRecord): Record<string, unknown> {
  const index = o.fulfillments.indexOf(f) + 1;
  return {
    id: num(f.id),
    order_id: num(o.id),
    status: "success",
    created_at: restTime(f.createdAt),
    service: "manual",
    updated_at: restTime(f.createdAt),
    tracking_company: f.trackingCompany,
    shipment_status: null,
    location_id: num(o.lineItems.find((l) => l.locationId)?.locationId ?? store.facts.locations[0]?.id ?? null),
    origin_address: null,
    email: o.email,
    destination: addressPayload(o.shippingAddress),
    line_items: f.lineItems.map((fl) => linePayload(o, o.lineItems.find((l) => l.id === fl.lineItemId)!, fl.quantity)),
    tracking_number: f.trackingNumber,
    tracking_numbers: f.trackingNumber ? [f.trackingNumber] : [],
    tracking_url: null,
    tracking_urls: [],
    receipt: {},
    name: `${o.name}.${index || o.fulfillments.length + 1}`,
    admin_graphql_api_id: f.id,
  };
}
