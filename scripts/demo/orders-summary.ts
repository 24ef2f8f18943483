// summary.json `orders`: what the app answered (from the demo's deliveries and pulls) and what came
// of it (the emulated Shopify's orders, the app's ChannelOrder rows, the fakes' stock updates),
// per channel and in total. Every key is present even when zero.

import type { HoldReason } from "../../app/core/orders/plan";
import type { OrderStack } from "../../tests/support/order-stack";
import { REJECTION_REASONS, type Applied } from "./apply-orders";
import { ORDER_CHANNELS, type OrderChannel } from "./orders-file";

export const HOLD_REASONS = ["unknown_sku", "out_of_stock", "invalid_address", "currency_mismatch", "invalid_order", "rejected_by_shopify"] as const satisfies readonly HoldReason[];

export interface OrderCounts {
  received: number;
  created: number;
  duplicates: number;
  held: Record<string, number>;
  rejected: Record<string, number>;
  ignored: number;
  waiting: number;
  cancelled: number;
  /** Created orders refunded in part or whole and not cancelled (a cancellation refunds its order too). */
  refunded: number;
  stockUpdates: number;
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
const addInto = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  return into;
};

function empty(): OrderCounts {
  return { received: 0, created: 0, duplicates: 0, held: zeros(HOLD_REASONS), rejected: zeros(REJECTION_REASONS), ignored: 0, waiting: 0, cancelled: 0, refunded: 0, stockUpdates: 0 };
}

export async function ordersSummary(stack: OrderStack, applied: Applied | null): Promise<OrderCounts & { channels: Record<OrderChannel, OrderCounts> }> {
  const shopOrders = stack.emu.state(stack.shop).orders;
  const rows = await stack.db.channelOrder.groupBy({ by: ["channel", "status", "holdReason"], where: { shop: stack.shop, status: { in: ["held", "waiting"] } }, _count: { _all: true } });
  const stockUpdates: Record<OrderChannel, number> = { tiktok: stack.tiktok.stockUpdates.length, meta: stack.meta.stockUpdates.length };

  const channels = {} as Record<OrderChannel, OrderCounts>;
  for (const channel of ORDER_CHANNELS) {
    const c = empty();
    const answers = applied?.answers[channel];
    if (answers) {
      // received: every event the app got, whatever became of it (new, duplicate, ignored, rejected).
      const rejected = Object.values(answers.rejected).reduce((a, b) => a + b, 0);
      Object.assign(c, { received: answers.received + answers.duplicates + answers.ignored + rejected, duplicates: answers.duplicates, ignored: answers.ignored });
      addInto(c.rejected, answers.rejected);
    }
    const created = shopOrders.filter((o) => o.sourceName === channel);
    c.created = created.length;
    c.cancelled = created.filter((o) => o.cancelledAt).length;
    c.refunded = created.filter((o) => !o.cancelledAt && o.refunds.length > 0).length;
    for (const r of rows.filter((r) => r.channel === channel)) {
      if (r.status === "waiting") c.waiting += r._count._all;
      else addInto(c.held, { [r.holdReason ?? "unknown"]: r._count._all });
    }
    c.stockUpdates = stockUpdates[channel];
    channels[channel] = c;
  }

  const total = empty();
  for (const c of Object.values(channels)) {
    for (const key of ["received", "created", "duplicates", "ignored", "waiting", "cancelled", "refunded", "stockUpdates"] as const) total[key] += c[key];
    addInto(total.held, c.held);
    addInto(total.rejected, c.rejected);
  }
  return { ...total, channels };
}
