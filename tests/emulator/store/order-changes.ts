/**
 * What happens to an order after it exists: cancel (restock, refund the paid amount), refund
 * (idempotent by key, restock the given lines), fulfil. Each fires the webhooks Shopify fires.
 */
import { fulfillmentPayload, orderPayload, refundPayload } from "../order-payloads";
import { compareAmounts, formatAmount, subtractAmount, sumAmounts } from "../money";
import type { Emit } from "./emit";
import { fail, ok, type OrderResult } from "./order-result";
import { applyStockChanges, restockLocation, type StockChange } from "./order-stock";
import type { ShopStore } from "./shop-store";
import type { FulfillmentRecord, OrderLineRecord, OrderRecord, RefundRecord, RestockType } from "./types";

const REFUND_ID_START = 9_000_000_000_000n;
const TRANSACTION_ID_START = 7_000_000_000_000n;
const FULFILLMENT_ID_START = 4_000_000_000_000n;

const RESTOCKS = new Set<RestockType>(["RETURN", "CANCEL", "LEGACY_RESTOCK"]);

export interface RefundLineInput {
  lineItemId: string;
  quantity: number;
  restockType: RestockType | null;
  locationId: string | null;
}

export interface RefundInput {
  orderId: string;
  idempotencyKey: string | null;
  note: string | null;
  lines: RefundLineInput[];
  transactions: { amount: string; gateway: string; kind: string; parentId: string | null }[];
}

export function paidAmount(o: OrderRecord): string {
  const ok = (kinds: string[]) => o.transactions.filter((t) => t.status === "SUCCESS" && kinds.includes(t.kind)).map((t) => t.amount);
  return subtractAmount(sumAmounts(ok(["SALE", "CAPTURE"]), o.currencyCode), sumAmounts(ok(["REFUND"]), o.currencyCode), o.currencyCode);
}

export function remainingQuantity(l: OrderLineRecord): number {
  return l.quantity - l.removedQuantity;
}

function saleTransaction(o: OrderRecord) {
  return o.transactions.find((t) => t.status === "SUCCESS" && (t.kind === "SALE" || t.kind === "CAPTURE")) ?? null;
}

/** Record a refund: its transactions, the lines it removes and the stock it puts back. */
function recordRefund(
  store: ShopStore,
  emit: Emit,
  order: OrderRecord,
  r: { key: string | null; note: string | null; lines: RefundLineInput[]; transactions: RefundInput["transactions"] },
): RefundRecord {
  const now = store.now();
  const stock: StockChange[] = [];
  const transactions = r.transactions.map((t) => ({
    id: store.nextId("OrderTransaction", TRANSACTION_ID_START),
    kind: "REFUND" as const,
    status: "SUCCESS" as const,
    gateway: t.gateway,
    amount: t.amount,
    parentId: t.parentId,
    createdAt: now,
  }));
  order.transactions.push(...transactions);
  const lineItems = r.lines.map((l) => {
    const line = order.lineItems.find((x) => x.id === l.lineItemId)!;
    line.removedQuantity += l.quantity;
    const restockType = l.restockType ?? "NO_RESTOCK";
    const tracked = line.variantId ? store.variant(line.variantId)?.variant.inventoryItem.tracked : false;
    const location = restockLocation(store, l.locationId ?? line.locationId);
    if (RESTOCKS.has(restockType) && tracked && location && line.variantId) {
      stock.push({ variantId: line.variantId, locationId: location, delta: l.quantity });
    }
    return { lineItemId: line.id, variantId: line.variantId, quantity: l.quantity, restockType };
  });
  const refund: RefundRecord = {
    id: store.nextId("Refund", REFUND_ID_START),
    idempotencyKey: r.key,
    amount: sumAmounts(transactions.map((t) => t.amount), order.currencyCode),
    note: r.note,
    createdAt: now,
    lineItems,
    transactionIds: transactions.map((t) => t.id),
  };
  order.refunds.push(refund);
  order.updatedAt = store.bump(order.updatedAt);
  applyStockChanges(store, emit, stock);
  emit("refunds/create", refundPayload(order, refund));
  return refund;
}

export function refundOrder(store: ShopStore, emit: Emit, input: RefundInput): OrderResult<{ order: OrderRecord; refund: RefundRecord }> {
  if (input.idempotencyKey) {
    const seen = store.refundKeys.get(input.idempotencyKey);
    const order = seen && store.order(seen.orderId);
    const refund = order?.refunds.find((r) => r.id === seen?.refundId);
    if (order && refund) return ok({ order, refund });
  }
  const order = store.order(input.orderId);
  if (!order) return fail(["orderId"], "Order does not exist", null);
  for (const [i, l] of input.lines.entries()) {
    const line = order.lineItems.find((x) => x.id === l.lineItemId);
    const field = ["refundLineItems", String(i)];
    if (!line) return fail([...field, "lineItemId"], `Line item ${l.lineItemId} does not belong to this order`, null);
    const asked = input.lines.filter((x) => x.lineItemId === l.lineItemId).reduce((s, x) => s + x.quantity, 0);
    if (l.quantity < 1 || asked > remainingQuantity(line)) {
      return fail([...field, "quantity"], `Quantity cannot refund more items than were purchased`, null);
    }
  }
  for (const [i, t] of input.transactions.entries()) {
    if (t.kind !== "REFUND") return fail(["transactions", String(i), "kind"], "Transaction kind must be refund", null);
    if (t.parentId && !order.transactions.some((x) => x.id === t.parentId)) {
      return fail(["transactions", String(i), "parentId"], "Parent transaction does not belong to this order", null);
    }
  }
  const amount = sumAmounts(input.transactions.map((t) => t.amount), order.currencyCode);
  if (compareAmounts(amount, paidAmount(order)) > 0) {
    return fail(["transactions"], `Refund amount ${amount} exceeds the refundable amount ${paidAmount(order)}`, null);
  }
  const refund = recordRefund(store, emit, order, {
    key: input.idempotencyKey,
    note: input.note,
    lines: input.lines,
    transactions: input.transactions.map((t) => ({ ...t, amount: formatAmount(t.amount, order.currencyCode) })),
  });
  if (input.idempotencyKey) store.refundKeys.set(input.idempotencyKey, { orderId: order.id, refundId: refund.id });
  return ok({ order, refund });
}

export interface CancelOptions {
  reason: string;
  restock: boolean;
  /** Refund what was paid to the original payment method. */
  refund: boolean;
  staffNote?: string | null;
}

export function cancelOrder(store: ShopStore, emit: Emit, orderId: string, opts: CancelOptions): OrderResult<OrderRecord> {
  const order = store.order(orderId);
  if (!order) return fail(["orderId"], "Order does not exist", "NOT_FOUND");
  if (order.cancelledAt) return fail(["orderId"], "Order has already been cancelled", "INVALID");
  const lines = order.lineItems
    .filter((l) => remainingQuantity(l) > 0)
    .map((l) => ({ lineItemId: l.id, quantity: remainingQuantity(l), restockType: (opts.restock ? "CANCEL" : "NO_RESTOCK") as RestockType, locationId: null }));
  const outstanding = paidAmount(order);
  const sale = saleTransaction(order);
  const refundMoney = opts.refund && sale && compareAmounts(outstanding, "0") > 0;
  if (lines.length || refundMoney) {
    recordRefund(store, emit, order, {
      key: null,
      note: opts.staffNote ?? null,
      lines,
      transactions: refundMoney ? [{ amount: outstanding, gateway: sale.gateway, kind: "REFUND", parentId: sale.id }] : [],
    });
  }
  order.cancelledAt = store.now();
  order.cancelReason = opts.reason;
  order.updatedAt = store.bump(order.updatedAt);
  emit("orders/cancelled", orderPayload(store, order));
  return ok(order);
}

export function fulfillOrder(
  store: ShopStore,
  emit: Emit,
  orderId: string,
  tracking: { trackingNumber?: string | null; company?: string | null },
): OrderResult<FulfillmentRecord> {
  const order = store.order(orderId);
  if (!order) return fail(["orderId"], "Order does not exist", "NOT_FOUND");
  if (order.cancelledAt) return fail(["orderId"], "Cannot fulfill a cancelled order", "INVALID");
  const lines = order.lineItems
    .map((l) => ({ line: l, quantity: remainingQuantity(l) - l.fulfilledQuantity }))
    .filter((x) => x.quantity > 0);
  if (!lines.length) return fail(["orderId"], "Order has nothing left to fulfill", "INVALID");
  const fulfillment: FulfillmentRecord = {
    id: store.nextId("Fulfillment", FULFILLMENT_ID_START),
    createdAt: store.now(),
    trackingNumber: tracking.trackingNumber ?? null,
    trackingCompany: tracking.company ?? null,
    lineItems: lines.map((x) => ({ lineItemId: x.line.id, quantity: x.quantity })),
  };
  for (const x of lines) x.line.fulfilledQuantity += x.quantity;
  order.fulfillments.push(fulfillment);
  order.updatedAt = store.bump(order.updatedAt);
  emit("fulfillments/create", fulfillmentPayload(store, order, fulfillment));
  return ok(fulfillment);
}
