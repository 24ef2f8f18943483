/** Orders over GraphQL: orderCreate, orderCancel, refundCreate (@idempotent), and the order types. */
import { randomUUID } from "node:crypto";
import { GraphQLError, getDirectiveValues, type GraphQLResolveInfo } from "graphql";
import { compareAmounts, formatAmount, subtractAmount, sumAmounts, timesAmount } from "../money";
import { gid, legacyId } from "../store/ids";
import { cancelOrder, paidAmount, refundOrder, remainingQuantity } from "../store/order-changes";
import { createOrder, type InventoryBehaviour } from "../store/order-create";
import type { OrderUserError } from "../store/order-result";
import type { FulfillmentRecord, OrderLineRecord, OrderRecord, OrderTransactionRecord, RefundRecord } from "../store/types";
import { byId, connection, requireGid, type ResolverContext, type ResolverMap } from "./context";
import { newOrderFromArgs, refundFromArgs } from "./order-input";

/** From 2026-04 refundCreate (and the inventory mutations) must carry @idempotent(key:). */
export const IDEMPOTENCY_REQUIRED_FROM = "2026-04";

function idempotencyKey(info: GraphQLResolveInfo): string | null {
  const directive = info.schema.getDirective("idempotent");
  if (!directive) return null;
  const values = getDirectiveValues(directive, info.fieldNodes[0], info.variableValues);
  return typeof values?.key === "string" ? values.key : null;
}

function requiresIdempotency(apiVersion: string): boolean {
  return apiVersion === "unstable" || apiVersion >= IDEMPOTENCY_REQUIRED_FROM;
}

const userErrors = (errors: OrderUserError[]) => errors.map((e) => ({ field: e.field, message: e.message, code: e.code }));
/** The deprecated `userErrors` of some payloads (UserError has no code). */
const plainErrors = (errors: OrderUserError[]) => errors.map((e) => ({ field: e.field, message: e.message }));

function money(amount: string, currencyCode: string) {
  const m = { amount: formatAmount(amount, currencyCode), currencyCode };
  return { shopMoney: m, presentmentMoney: m };
}

const orderMutations: ResolverMap = {
  Mutation: {
    orderCreate: (_r, { order, options }, ctx) => {
      const behaviour = ((options as { inventoryBehaviour?: string } | null)?.inventoryBehaviour ?? "BYPASS") as InventoryBehaviour;
      const r = createOrder(ctx.store, ctx.shop.emit, newOrderFromArgs(order), behaviour);
      return r.ok ? { order: r.value, userErrors: [] } : { order: null, userErrors: userErrors(r.errors) };
    },
    orderCancel: (_r, args, ctx) => {
      const r = cancelOrder(ctx.store, ctx.shop.emit, requireGid(args.orderId, "Order"), {
        reason: String(args.reason),
        restock: args.restock === true,
        refund: args.refund === true || (args.refundMethod as { originalPaymentMethodsRefund?: boolean } | null)?.originalPaymentMethodsRefund === true,
        staffNote: (args.staffNote as string | null | undefined) ?? null,
      });
      if (!r.ok) return { job: null, orderCancelUserErrors: userErrors(r.errors), userErrors: plainErrors(r.errors) };
      // Shopify cancels in a background job; the emulator has already finished it.
      return { job: { id: gid("Job", randomUUID()), done: true }, orderCancelUserErrors: [], userErrors: [] };
    },
    refundCreate: (_r, { input }, ctx, info) => {
      const key = idempotencyKey(info);
      if (!key && requiresIdempotency(ctx.apiVersion)) {
        throw new GraphQLError("The @idempotent directive with a key is required for refundCreate.", {
          extensions: { code: "BAD_REQUEST" },
        });
      }
      const r = refundOrder(ctx.store, ctx.shop.emit, refundFromArgs(input, key));
      return r.ok ? { order: r.value.order, refund: { ...r.value.refund, order: r.value.order }, userErrors: [] } : { order: null, refund: null, userErrors: plainErrors(r.errors) };
    },
  },
  QueryRoot: {
    job: (_r, { id }) => ({ id: requireGid(id, "Job"), done: true, query: {} }),
  },
};

type RefundView = RefundRecord & { order: OrderRecord };
type LineView = OrderLineRecord & { order: OrderRecord };
type TransactionView = OrderTransactionRecord & { order: OrderRecord };

const lineView = (o: OrderRecord, l: OrderLineRecord): LineView => ({ ...l, order: o });
const transactionView = (o: OrderRecord, t: OrderTransactionRecord): TransactionView => ({ ...t, order: o });
const first = (items: readonly unknown[], n: unknown) => (typeof n === "number" ? items.slice(0, n) : items);

function refundedAmount(o: OrderRecord): string {
  return sumAmounts(o.refunds.map((r) => r.amount), o.currencyCode);
}

function financialStatus(o: OrderRecord): string {
  if (!o.transactions.some((t) => (t.kind === "SALE" || t.kind === "CAPTURE") && t.status === "SUCCESS")) return "PENDING";
  if (!o.refunds.some((r) => r.transactionIds.length)) return "PAID";
  return compareAmounts(paidAmount(o), "0") <= 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
}

const orderTypes: ResolverMap = {
  Order: {
    legacyResourceId: (o: OrderRecord) => legacyId(o.id),
    presentmentCurrencyCode: (o: OrderRecord) => o.currencyCode,
    cancelReason: (o: OrderRecord) => o.cancelReason,
    closed: () => false,
    confirmed: () => true,
    test: () => false,
    taxesIncluded: () => false,
    number: (o: OrderRecord) => o.number - 1000,
    totalPriceSet: (o: OrderRecord) => money(o.totalPrice, o.currencyCode),
    originalTotalPriceSet: (o: OrderRecord) => money(o.totalPrice, o.currencyCode),
    currentTotalPriceSet: (o: OrderRecord) => money(subtractAmount(o.totalPrice, refundedAmount(o), o.currencyCode), o.currencyCode),
    subtotalPriceSet: (o: OrderRecord) => money(o.subtotalPrice, o.currencyCode),
    totalDiscountsSet: (o: OrderRecord) => money(o.totalDiscounts, o.currencyCode),
    totalShippingPriceSet: (o: OrderRecord) => money(o.totalShipping, o.currencyCode),
    totalTaxSet: (o: OrderRecord) => money(o.totalTax, o.currencyCode),
    totalRefundedSet: (o: OrderRecord) => money(refundedAmount(o), o.currencyCode),
    netPaymentSet: (o: OrderRecord) => money(paidAmount(o), o.currencyCode),
    displayFinancialStatus: (o: OrderRecord) => financialStatus(o),
    displayFulfillmentStatus: (o: OrderRecord) => (o.fulfillments.length ? "FULFILLED" : "UNFULFILLED"),
    discountCodes: (o: OrderRecord) => o.discountCodes.map((d) => d.code),
    discountCode: (o: OrderRecord) => o.discountCodes[0]?.code ?? null,
    paymentGatewayNames: (o: OrderRecord) => [...new Set(o.transactions.map((t) => t.gateway))],
    lineItems: (o: OrderRecord, args, ctx, info) => connection(o.lineItems.map((l) => lineView(o, l)), args, ctx, info, { id: byId }),
    transactions: (o: OrderRecord, { first: n }) => first(o.transactions.map((t) => transactionView(o, t)), n),
    refunds: (o: OrderRecord, { first: n }) => first(o.refunds.map((r) => ({ ...r, order: o })), n),
    fulfillments: (o: OrderRecord, { first: n }) => first(o.fulfillments, n),
  },
  LineItem: {
    variant: (l: LineView, _a, ctx) => (l.variantId ? (ctx.store.variant(l.variantId)?.variant ?? null) : null),
    product: (l: LineView, _a, ctx) => (l.productId ? (ctx.store.products.get(l.productId) ?? null) : null),
    name: (l: LineView) => (l.variantTitle ? `${l.title} - ${l.variantTitle}` : l.title),
    currentQuantity: (l: LineView) => remainingQuantity(l),
    refundableQuantity: (l: LineView) => remainingQuantity(l),
    unfulfilledQuantity: (l: LineView) => Math.max(0, remainingQuantity(l) - l.fulfilledQuantity),
    originalUnitPriceSet: (l: LineView) => money(l.price, l.order.currencyCode),
    discountedUnitPriceSet: (l: LineView) => money(l.price, l.order.currencyCode),
    originalTotalSet: (l: LineView) => money(timesAmount(l.price, l.quantity, l.order.currencyCode), l.order.currencyCode),
    requiresShipping: () => true,
    taxable: () => true,
    isGiftCard: () => false,
  },
  OrderTransaction: {
    amountSet: (t: TransactionView) => money(t.amount, t.order.currencyCode),
    parentTransaction: (t: TransactionView) => {
      const parent = t.order.transactions.find((x) => x.id === t.parentId);
      return parent ? transactionView(t.order, parent) : null;
    },
    processedAt: (t: TransactionView) => t.createdAt,
    order: (t: TransactionView) => t.order,
    test: () => false,
    manuallyCapturable: () => false,
  },
  Refund: {
    legacyResourceId: (r: RefundView) => legacyId(r.id),
    totalRefundedSet: (r: RefundView) => money(r.amount, r.order.currencyCode),
    refundLineItems: (r: RefundView, args, ctx, info) => {
      const items = r.lineItems.map((rl, i) => {
        const line = r.order.lineItems.find((l) => l.id === rl.lineItemId)!;
        return {
          id: gid("RefundLineItem", `${legacyId(r.id)}${String(i + 1).padStart(3, "0")}`),
          lineItem: lineView(r.order, line),
          quantity: rl.quantity,
          restockType: rl.restockType,
          restocked: rl.restockType !== "NO_RESTOCK",
          priceSet: money(line.price, r.order.currencyCode),
          subtotalSet: money(timesAmount(line.price, rl.quantity, r.order.currencyCode), r.order.currencyCode),
          totalTaxSet: money("0", r.order.currencyCode),
        };
      });
      return connection(items, args, ctx, info, { id: byId });
    },
    transactions: (r: RefundView, args, ctx: ResolverContext, info) =>
      connection(
        r.order.transactions.filter((t) => r.transactionIds.includes(t.id)).map((t) => transactionView(r.order, t)),
        args,
        ctx,
        info,
        { id: byId },
      ),
  },
  Fulfillment: {
    status: () => "SUCCESS",
    trackingInfo: (f: FulfillmentRecord) => (f.trackingNumber || f.trackingCompany ? [{ number: f.trackingNumber, company: f.trackingCompany, url: null }] : []),
  },
};

export const orderResolvers: ResolverMap = { ...orderMutations, ...orderTypes };
