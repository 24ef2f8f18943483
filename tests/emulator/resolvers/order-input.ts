/** orderCreate / refundCreate arguments (already coerced by graphql-js) → the store's order inputs. */
import type { RefundInput } from "../store/order-changes";
import type { NewOrder } from "../store/order-create";
import type { AddressRecord, RestockType, TransactionKind } from "../store/types";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

/** MoneyBagInput → the shop money amount (the emulator keeps one currency per order). */
function bagAmount(bag: unknown): string | null {
  return str(obj(obj(bag).shopMoney).amount);
}

function address(v: unknown): AddressRecord | null {
  if (!v || typeof v !== "object") return null;
  const a = obj(v);
  return {
    firstName: str(a.firstName),
    lastName: str(a.lastName),
    company: str(a.company),
    address1: str(a.address1),
    address2: str(a.address2),
    city: str(a.city),
    province: str(a.provinceCode ?? a.province),
    zip: str(a.zip),
    countryCode: str(a.countryCode ?? a.country),
    phone: str(a.phone),
  };
}

function discountCodes(v: unknown): NewOrder["discountCodes"] {
  const fixed = obj(obj(v).itemFixedDiscountCode);
  const amount = bagAmount(fixed.amountSet);
  return fixed.code && amount ? [{ code: String(fixed.code), amount }] : [];
}

export function newOrderFromArgs(order: unknown): NewOrder {
  const o = obj(order);
  return {
    currency: str(o.currency),
    lines: list(o.lineItems).map((l) => ({
      variantId: str(l.variantId),
      quantity: Number(l.quantity),
      price: bagAmount(l.priceSet),
      title: str(l.title),
      sku: str(l.sku),
    })),
    shippingLines: list(o.shippingLines).map((s) => ({ title: String(s.title), price: bagAmount(s.priceSet) ?? "0", code: str(s.code) })),
    taxLines: list(o.taxLines).map((t) => ({ title: String(t.title), rate: String(t.rate), price: bagAmount(t.priceSet) ?? "0" })),
    discountCodes: discountCodes(o.discountCode),
    transactions: list(o.transactions).map((t) => ({
      kind: (str(t.kind) ?? "SALE") as TransactionKind,
      status: (str(t.status) ?? "SUCCESS") as NewOrder["transactions"][number]["status"],
      gateway: str(t.gateway) ?? "manual",
      amount: bagAmount(t.amountSet) ?? "0",
    })),
    sourceName: str(o.sourceName),
    sourceIdentifier: str(o.sourceIdentifier),
    tags: Array.isArray(o.tags) ? o.tags.map(String) : [],
    note: str(o.note),
    email: str(o.email),
    phone: str(o.phone),
    shippingAddress: address(o.shippingAddress),
    processedAt: str(o.processedAt),
    taxesIncluded: o.taxesIncluded === true,
  };
}

export function refundFromArgs(input: unknown, idempotencyKey: string | null): RefundInput {
  const i = obj(input);
  return {
    orderId: String(i.orderId),
    idempotencyKey,
    note: str(i.note),
    lines: list(i.refundLineItems).map((l) => ({
      lineItemId: String(l.lineItemId),
      quantity: Number(l.quantity),
      restockType: str(l.restockType) as RestockType | null,
      locationId: str(l.locationId),
    })),
    transactions: list(i.transactions).map((t) => ({
      amount: String(t.amount),
      gateway: String(t.gateway),
      kind: String(t.kind),
      parentId: str(t.parentId),
    })),
  };
}
