/**
 * orderCreate as Shopify runs it: validate, claim stock per `inventoryBehaviour`, number the order
 * (#1001, #1002…), total it, record its transactions. Nothing changes when a user error is returned.
 */
import { orderPayload } from "../order-payloads";
import { formatAmount, subtractAmount, sumAmounts, timesAmount } from "../money";
import type { Emit } from "./emit";
import { fail, ok, type OrderResult, type OrderUserError } from "./order-result";
import { applyStockChanges, type StockChange } from "./order-stock";
import type { ShopStore } from "./shop-store";
import type { AddressRecord, OrderLineRecord, OrderRecord, OrderTransactionRecord, TransactionKind } from "./types";

export type InventoryBehaviour = "BYPASS" | "DECREMENT_IGNORING_POLICY" | "DECREMENT_OBEYING_POLICY";

export interface NewOrderLine {
  variantId: string | null;
  quantity: number;
  /** Unit price; the variant's price when null. */
  price: string | null;
  title: string | null;
  sku: string | null;
}

export interface NewOrder {
  currency: string | null;
  lines: NewOrderLine[];
  shippingLines: { title: string; price: string; code: string | null }[];
  taxLines: { title: string; rate: string; price: string }[];
  discountCodes: { code: string; amount: string }[];
  transactions: { kind: TransactionKind; status: OrderTransactionRecord["status"]; gateway: string; amount: string }[];
  sourceName: string | null;
  sourceIdentifier: string | null;
  tags: string[];
  note: string | null;
  email: string | null;
  phone: string | null;
  shippingAddress: AddressRecord | null;
  processedAt: string | null;
  taxesIncluded: boolean;
}

const ORDER_ID_START = 5_000_000_000_000n;
const LINE_ID_START = 13_000_000_000_000n;
const TRANSACTION_ID_START = 7_000_000_000_000n;

function validate(store: ShopStore, input: NewOrder): OrderUserError[] {
  const errors: OrderUserError[] = [];
  if (!input.lines.length) errors.push({ field: ["order", "lineItems"], message: "Line items must have at least one line item", code: "INVALID" });
  input.lines.forEach((l, i) => {
    const field = ["order", "lineItems", String(i)];
    if (!Number.isInteger(l.quantity) || l.quantity < 1) {
      errors.push({ field: [...field, "quantity"], message: "Quantity must be greater than or equal to 1", code: "INVALID" });
    }
    if (l.variantId !== null && !store.variant(l.variantId)) {
      errors.push({ field: [...field, "variantId"], message: `Variant ${l.variantId} does not exist`, code: "INVALID" });
    }
    if (l.variantId === null && !l.title) {
      errors.push({ field: [...field, "title"], message: "Title can't be blank for a custom line item", code: "INVALID" });
    }
  });
  if (input.processedAt && Date.parse(input.processedAt) > store.nowMs() + 1000) {
    errors.push({ field: ["order", "processedAt"], message: "Processed at can't be in the future", code: "PROCESSED_AT_INVALID" });
  }
  return errors;
}

/** Stock to take per line: the first location holding enough, as Shopify's inventory claim does. */
function claimStock(store: ShopStore, input: NewOrder, behaviour: InventoryBehaviour): OrderResult<(StockChange | null)[]> {
  if (behaviour === "BYPASS") return ok(input.lines.map(() => null));
  const pending = new Map<string, number>(); // item|location → units already claimed by earlier lines
  const claims: (StockChange | null)[] = [];
  for (const [i, line] of input.lines.entries()) {
    const ref = line.variantId ? store.variant(line.variantId) : undefined;
    if (!ref || !ref.variant.inventoryItem.tracked) {
      claims.push(null);
      continue;
    }
    const item = ref.variant.inventoryItem.id;
    const levels = store.inventory.levels(item).map(([loc, qty]) => [loc, qty - (pending.get(`${item}|${loc}`) ?? 0)] as const);
    const enough = levels.find(([, qty]) => qty >= line.quantity);
    const obeys = behaviour === "DECREMENT_OBEYING_POLICY" && ref.variant.inventoryPolicy === "DENY";
    if (!enough && obeys) {
      const available = levels.reduce((s, [, q]) => s + Math.max(0, q), 0);
      return fail(
        ["order", "lineItems", String(i), "quantity"],
        `Unable to reserve inventory: ${ref.product.title} - ${ref.variant.title} has ${available} available, ${line.quantity} requested`,
        "INVENTORY_CLAIM_FAILED",
      );
    }
    const locationId = enough?.[0] ?? levels[0]?.[0] ?? store.facts.locations[0]?.id;
    if (!locationId) {
      claims.push(null);
      continue;
    }
    pending.set(`${item}|${locationId}`, (pending.get(`${item}|${locationId}`) ?? 0) + line.quantity);
    claims.push({ variantId: ref.variant.id, locationId, delta: -line.quantity });
  }
  return ok(claims);
}

function nextOrderNumber(store: ShopStore): number {
  return store.orders.reduce((max, o) => Math.max(max, o.number), 1000) + 1;
}

export function createOrder(store: ShopStore, emit: Emit, input: NewOrder, behaviour: InventoryBehaviour): OrderResult<OrderRecord> {
  const errors = validate(store, input);
  if (errors.length) return { ok: false, errors };
  const claims = claimStock(store, input, behaviour);
  if (!claims.ok) return claims;

  const currency = input.currency ?? store.facts.currencyCode;
  const now = store.now();
  const lineItems: OrderLineRecord[] = input.lines.map((l, i) => {
    const ref = l.variantId ? store.variant(l.variantId) : undefined;
    return {
      id: store.nextId("LineItem", LINE_ID_START),
      variantId: ref?.variant.id ?? null,
      productId: ref?.product.id ?? null,
      sku: l.sku ?? ref?.variant.sku ?? null,
      title: l.title ?? ref?.product.title ?? "",
      variantTitle: ref?.variant.title ?? null,
      quantity: l.quantity,
      price: formatAmount(l.price ?? ref?.variant.price ?? "0", currency),
      locationId: claims.value[i]?.locationId ?? null,
      removedQuantity: 0,
      fulfilledQuantity: 0,
    };
  });
  const subtotal = sumAmounts(lineItems.map((l) => timesAmount(l.price, l.quantity, currency)), currency);
  const discounts = sumAmounts(input.discountCodes.map((d) => d.amount), currency);
  const shipping = sumAmounts(input.shippingLines.map((s) => s.price), currency);
  const tax = sumAmounts(input.taxLines.map((t) => t.price), currency);
  const beforeTax = sumAmounts([subtractAmount(subtotal, discounts, currency), shipping], currency);
  const number = nextOrderNumber(store);
  const order: OrderRecord = {
    id: store.nextId("Order", ORDER_ID_START),
    name: `#${number}`,
    number,
    sourceName: input.sourceName,
    sourceIdentifier: input.sourceIdentifier,
    tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
    currencyCode: currency,
    subtotalPrice: subtotal,
    totalDiscounts: discounts,
    totalShipping: shipping,
    totalTax: tax,
    totalPrice: input.taxesIncluded ? beforeTax : sumAmounts([beforeTax, tax], currency),
    discountCodes: input.discountCodes.map((d) => ({ code: d.code, amount: formatAmount(d.amount, currency) })),
    shippingLines: input.shippingLines.map((s) => ({ ...s, price: formatAmount(s.price, currency) })),
    taxLines: input.taxLines.map((t) => ({ ...t, price: formatAmount(t.price, currency) })),
    email: input.email,
    phone: input.phone,
    note: input.note,
    shippingAddress: input.shippingAddress,
    cancelledAt: null,
    cancelReason: null,
    processedAt: input.processedAt ?? now,
    createdAt: now,
    updatedAt: now,
    lineItems,
    transactions: input.transactions.map((t) => ({
      id: store.nextId("OrderTransaction", TRANSACTION_ID_START),
      kind: t.kind,
      status: t.status,
      gateway: t.gateway,
      amount: formatAmount(t.amount, currency),
      parentId: null,
      createdAt: now,
    })),
    refunds: [],
    fulfillments: [],
  };
  store.orders.push(order);
  applyStockChanges(store, emit, claims.value.filter((c): c is StockChange => c !== null));
  emit("orders/create", orderPayload(store, order));
  return ok(order);
}
