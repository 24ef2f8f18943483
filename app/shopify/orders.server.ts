// The ShopifyOrders port over Admin GraphQL (app/services/orders/ports.ts). User errors come back
// as { ok: false, errors } with Shopify's code; transport failures (network, 5xx, THROTTLED after
// the client's retries) throw, and the worker retries the job.

import type { ShopifyOrderRef, ShopifyWriteResult } from "~/core/orders/plan-types";
import type { ShopifyOrdersPort } from "~/services/orders/ports";
import type { AdminClient } from "./admin-client.server";
import { CancelJob, OrderCancel, OrderCreate, OrderLineItems, OrdersBySource, RefundContext, RefundCreate } from "./documents";
import { cancelReason, orderCreateVariables, refundCreateVariables, sourceIdentifierQuery } from "./order-input";

export interface ShopifyOrdersOptions {
  /** How long to wait for orderCancel's background job (default 30 s), and how often to look. */
  cancelJobTimeoutMs?: number;
  cancelJobPollMs?: number;
}

type UserError = { field?: readonly string[] | null; message: string; code?: string | null };

function refused<T>(errors: readonly UserError[]): ShopifyWriteResult<T> {
  return { ok: false, errors: errors.map((e) => ({ field: e.field?.length ? e.field.join(".") : null, message: e.message, code: e.code ?? null })) };
}

function ref(o: { id: string; name: string; cancelledAt?: string | null }): ShopifyOrderRef {
  return { id: o.id, name: o.name, cancelledAt: o.cancelledAt ?? null };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function shopifyOrders(admin: AdminClient, options: ShopifyOrdersOptions = {}): ShopifyOrdersPort {
  const jobTimeout = options.cancelJobTimeoutMs ?? 30_000;
  const jobPoll = options.cancelJobPollMs ?? 500;

  /** Every line of an order, page by page (100 per page). */
  async function pagesOf<T>(fetchPage: (after: string | null) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | null>): Promise<T[]> {
    const out: T[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await fetchPage(after);
      if (!page) return out;
      out.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
      after = page.pageInfo.endCursor;
    }
  }

  /** orderCancel runs as a Job: wait for it, then read the order back through the job's query. */
  async function cancelFinished(jobId: string, orderId: string): Promise<ShopifyWriteResult<true>> {
    const deadline = Date.now() + jobTimeout;
    for (;;) {
      const { job } = await admin.request(CancelJob.document, { jobId, orderId });
      if (job?.done) {
        if (job.query?.order?.cancelledAt) return { ok: true, value: true };
        return refused([{ field: ["orderId"], message: "Shopify finished the cancel job but the order is not cancelled", code: "NOT_CANCELLED" }]);
      }
      if (Date.now() > deadline) throw new Error(`orderCancel job ${jobId} for ${orderId} still running after ${jobTimeout} ms`);
      await sleep(jobPoll);
    }
  }

  return {
    async findBySource(sourceName, sourceIdentifier) {
      const { orders } = await admin.request(OrdersBySource.document, { query: sourceIdentifierQuery(sourceIdentifier) });
      const hit = orders.nodes.find((o) => o.sourceName === sourceName && o.sourceIdentifier === sourceIdentifier);
      return hit ? ref(hit) : null;
    },

    async create(plan) {
      // Not retried here on an ambiguous failure: the importer looks the order up before trying again.
      const { orderCreate } = await admin.request(OrderCreate.document, orderCreateVariables(plan), { idempotent: false });
      if (!orderCreate) throw new Error("orderCreate returned no payload");
      if (orderCreate.userErrors.length || !orderCreate.order) return refused(orderCreate.userErrors);
      return { ok: true, value: ref(orderCreate.order) };
    },

    async lineItems(orderId) {
      const nodes = await pagesOf(async (after) => (await admin.request(OrderLineItems.document, { id: orderId, after })).order?.lineItems ?? null);
      return nodes.map((l) => ({ id: l.id, variantId: l.variant?.id ?? null, sku: l.sku ?? null, quantity: l.quantity }));
    },

    async cancel(orderId, reason) {
      const { orderCancel } = await admin.request(OrderCancel.document, {
        orderId,
        reason: cancelReason(reason),
        staffNote: reason.slice(0, 255) || null,
      });
      if (!orderCancel) throw new Error("orderCancel returned no payload");
      if (orderCancel.orderCancelUserErrors.length) return refused(orderCancel.orderCancelUserErrors);
      if (!orderCancel.job) return { ok: true, value: true };
      return cancelFinished(orderCancel.job.id, orderId);
    },

    async refund(plan) {
      let transactions: { id: string; kind: string; status: string; gateway?: string | null }[] = [];
      const lines = await pagesOf(async (after) => {
        const { order } = await admin.request(RefundContext.document, { id: plan.orderId, after });
        if (order) transactions = order.transactions;
        return order?.lineItems ?? null;
      });
      const sale = transactions.find((t) => (t.kind === "SALE" || t.kind === "CAPTURE") && t.status === "SUCCESS");
      if (plan.amount > 0 && !sale) {
        return refused([{ field: ["transactions"], message: `Order ${plan.orderId} has no successful sale transaction to refund`, code: "NO_SALE_TRANSACTION" }]);
      }
      const unfulfilled = new Map(lines.map((l) => [l.id, l.unfulfilledQuantity]));
      const saleRef = sale ? { id: sale.id, gateway: sale.gateway ?? "manual" } : null;
      const { refundCreate } = await admin.request(RefundCreate.document, refundCreateVariables(plan, saleRef, unfulfilled));
      if (!refundCreate) throw new Error("refundCreate returned no payload");
      if (refundCreate.userErrors.length || !refundCreate.refund) return refused(refundCreate.userErrors);
      return { ok: true, value: { id: refundCreate.refund.id } };
    },
  };
}
