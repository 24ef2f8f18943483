// Applies the demo's order events file to the running product (the order stack: emulator, built
// app, TikTok Shop and Meta Graph fakes) through the app's real endpoints, line by line in order,
// and counts what the app answered. See README "Demo" for what each count means.
//
// - TikTok `order` / `return` lines put the record into the TikTok fake (the app reads it from
//   there when an event names the order). Before an order already put is changed, the events
//   delivered so far are let settle, so each is handled against the version it was sent with.
// - TikTok `body` lines are signed as TikTok signs (or wrongly) and POSTed to the app; the HTTP
//   answer is the count: "OK" received, "OK (duplicate)" duplicate, other 2xx ignored, else rejected.
// - Meta `order` lines put the order into the Graph fake; consecutive lines for different orders
//   are then pulled by the app's "orders/meta_pull" job, once, and each line counts as received
//   when the pull brought that version of the order into the app's inbox, or as a duplicate when
//   the inbox already held it. A line repeating the previous version of an order changes nothing on
//   Meta (its last_updated stays), so its pull finds nothing new.

import type { OrderStack } from "../../tests/support/order-stack";
import { ORDER_CHANNELS, readOrderLines, type OrderChannel, type OrderLine } from "./orders-file";

/** What the app answered per channel. */
export interface Answers {
  received: number;
  duplicates: number;
  ignored: number;
  rejected: Record<string, number>;
}

export interface Applied {
  answers: Record<OrderChannel, Answers>;
  notes: string[];
}

/** The rejection reasons the summary always names (catalog-jsonl.md: bad_signature, malformed). */
export const REJECTION_REASONS = ["bad_signature", "malformed", "wrong_shop", "oversized"] as const;

/** An intake answer in summary terms. */
export function answerKind(status: number, text: string): "received" | "duplicates" | "ignored" | { rejected: string } {
  if (status >= 200 && status < 300) return text === "OK" ? "received" : text === "OK (duplicate)" ? "duplicates" : "ignored";
  if (status === 401) return { rejected: "bad_signature" };
  if (status === 413) return { rejected: "oversized" };
  if (status === 400) return { rejected: /not the one connected here/.test(text) ? "wrong_shop" : "malformed" };
  return { rejected: `http_${status}` };
}

interface MetaPut {
  n: number;
  id: string;
  /** The order exactly as Meta lists it (the app's inbox stores what it pulled as is). */
  payload: string;
}

export async function applyOrders(stack: OrderStack, file: string, timeoutMs: number): Promise<Applied> {
  const answers = Object.fromEntries(ORDER_CHANNELS.map((c) => [c, { received: 0, duplicates: 0, ignored: 0, rejected: {} }])) as Record<OrderChannel, Answers>;
  const notes: string[] = [];
  const count = (channel: OrderChannel, kind: ReturnType<typeof answerKind>) => {
    const a = answers[channel];
    if (typeof kind === "string") a[kind]++;
    else a.rejected[kind.rejected] = (a.rejected[kind.rejected] ?? 0) + 1;
  };

  const putOnTikTok = new Set<string>(); // order ids
  const settleBeforeChanging = async (orderId: string) => {
    if (putOnTikTok.has(orderId)) await stack.settled(timeoutMs);
    putOnTikTok.add(orderId);
  };

  const metaVersions = new Map<string, { text: string; payload: string }>(); // the last file version of each Meta order
  const metaGroup: MetaPut[] = [];
  const pulledBefore = (p: MetaPut) => stack.db.inboxEvent.count({ where: { source: "meta", topic: "order", eventKey: { startsWith: `${p.id}:` }, payload: p.payload } }).then((n) => n > 0);
  const pullMeta = async () => {
    if (metaGroup.length === 0) return;
    const before = await Promise.all(metaGroup.map(pulledBefore));
    await stack.pullMeta();
    await stack.settled(timeoutMs);
    const after = await Promise.all(metaGroup.map(pulledBefore));
    metaGroup.forEach((p, i) => {
      if (before[i]) count("meta", "duplicates");
      else if (after[i]) count("meta", "received");
      else notes.push(`--orders line ${p.n}: Meta did not list order ${p.id} to the app's pull (Meta hides FB_PROCESSING orders; a changed order needs a later last_updated, or none)`);
    });
    metaGroup.length = 0;
  };

  const apply: { [K in OrderLine["kind"]]: (line: Extract<OrderLine, { kind: K }>) => Promise<void> } = {
    async order(line) {
      const { id } = line.order;
      if (line.channel === "tiktok") {
        await settleBeforeChanging(id);
        stack.tiktok.putOrder(line.order);
        return;
      }
      const text = JSON.stringify(line.order);
      const previous = metaVersions.get(id);
      if (previous?.text !== text) {
        stack.meta.putOrder(line.order);
        metaVersions.set(id, { text, payload: JSON.stringify(stack.meta.orders.get(id)) });
      }
      metaGroup.push({ n: line.n, id, payload: metaVersions.get(id)!.payload });
    },
    async return(line) {
      await settleBeforeChanging(line.record.order_id);
      stack.tiktok.putReturn(line.record);
    },
    async push(line) {
      const response = await stack.pushTikTok(line.body, line.signature === "invalid" ? { signature: "invalid" } : {});
      count(line.channel, answerKind(response.status, await response.text()));
    },
  };

  for await (const line of readOrderLines(file)) {
    const joinsGroup = line.kind === "order" && line.channel === "meta" && !metaGroup.some((p) => p.id === line.order.id);
    if (!joinsGroup) await pullMeta();
    await (apply[line.kind] as (l: OrderLine) => Promise<void>)(line);
  }
  await pullMeta();
  await stack.drained(timeoutMs);
  return { answers, notes };
}

/**
 * Lists the shop's catalog on the TikTok fake (one TikTok product per Shopify product, its SKUs by
 * feed item id and seller SKU), as after a feed import, so the app's stock pushes find them.
 */
export async function listCatalogOnTikTok(stack: OrderStack): Promise<void> {
  const numeric = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);
  const rows = await stack.db.catalogVariant.findMany({ where: { shop: stack.shop, sku: { not: null } }, select: { id: true, productId: true, sku: true, inventoryQuantity: true }, orderBy: [{ productId: "asc" }, { position: "asc" }] });
  const products = new Map<string, { id: string; skus: object[] }>();
  for (const v of rows) {
    if (!v.sku) continue;
    const product = products.get(v.productId) ?? { id: numeric(v.productId), skus: [] };
    product.skus.push({ id: numeric(v.id), seller_sku: v.sku, inventory: [{ warehouse_id: "7068517275539719942", quantity: Math.max(0, v.inventoryQuantity) }] });
    products.set(v.productId, product);
  }
  for (const product of products.values()) stack.tiktok.putProduct(product);
}
