import type { ChannelOrder as ChannelOrderRow, PrismaClient } from "@prisma/client";
import type { ChannelOrderLine, ChannelOrder } from "~/core/orders/types";
import type { VariantMatch } from "~/core/orders/plan";
import type { ShopifyOrderRef } from "~/core/orders/plan-types";
import { isUniqueViolation, upsertRetried } from "./inbox.server";

// The ChannelOrder table: one row per channel order, the link to its one Shopify order.

export type OrderRow = ChannelOrderRow;

/**
 * Records what the channel says now. The row is created once (unique shop + channel + order id);
 * later calls refresh the channel's state and the order, never the link or the merchant's choices.
 */
export async function recordChannelOrder(db: PrismaClient, shop: string, order: ChannelOrder, known?: OrderRow | null): Promise<OrderRow> {
  const facts = {
    channelState: order.state,
    channelStatus: order.channelStatus,
    currency: order.currency,
    total: order.total,
    itemCount: order.lines.reduce((n, l) => n + l.quantity, 0),
  };
  const personal = { order: JSON.stringify(order), buyerEmail: order.buyer.email?.toLowerCase() ?? null };
  const key = { shop_channel_externalId: { shop, channel: order.channel, externalId: order.externalId } };
  // `known`: the row as the caller just read it (undefined: read it here).
  let existing = known === undefined ? await db.channelOrder.findUnique({ where: key }) : known;
  if (!existing) {
    try {
      return await db.channelOrder.create({ data: { shop, channel: order.channel, externalId: order.externalId, ...facts, ...personal } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      existing = await db.channelOrder.findUnique({ where: key }); // created meanwhile
    }
  }
  // A redacted order keeps its personal data out, whatever the channel sends again.
  return db.channelOrder.update({ where: key, data: existing?.redactedAt ? facts : { ...facts, ...personal } });
}

/** An order the channel returned that cannot be read: held under its id with the reason. */
export async function recordUnreadableOrder(db: PrismaClient, shop: string, channel: string, externalId: string, detail: string): Promise<void> {
  const key = { shop_channel_externalId: { shop, channel, externalId } };
  const existing = await db.channelOrder.findUnique({ where: key });
  if (existing?.shopifyOrderId) return; // already in Shopify: a passing read failure changes nothing
  await upsertRetried(() =>
    db.channelOrder.upsert({
      where: key,
      create: { shop, channel, externalId, status: "held", holdReason: "invalid_order", holdDetail: detail, channelState: "pending", channelStatus: "", order: "{}", currency: "", total: 0 },
      update: { status: "held", holdReason: "invalid_order", holdDetail: detail },
    }),
  );
}

/** Notes an order named by a channel event before anything else is tried, so it cannot be lost. */
export async function notePendingOrder(db: PrismaClient, shop: string, channel: string, externalId: string): Promise<void> {
  await upsertRetried(() =>
    db.channelOrder.upsert({
      where: { shop_channel_externalId: { shop, channel, externalId } },
      create: { shop, channel, externalId, status: "pending", channelState: "pending", channelStatus: "", order: "{}", currency: "", total: 0 },
      update: {},
    }),
  );
}

export function setOrderStatus(db: PrismaClient, id: number, status: string, hold?: { reason: string; detail: string }): Promise<OrderRow> {
  return db.channelOrder.update({ where: { id }, data: { status, holdReason: hold?.reason ?? null, holdDetail: hold?.detail ?? null } });
}

export function linkShopifyOrder(db: PrismaClient, id: number, ref: ShopifyOrderRef): Promise<OrderRow> {
  return db.channelOrder.update({
    where: { id },
    data: { status: "imported", shopifyOrderId: ref.id, shopifyOrderName: ref.name, cancelledAt: ref.cancelledAt ? new Date(ref.cancelledAt) : undefined, holdReason: null, holdDetail: null },
  });
}

export function orderOf(row: OrderRow): ChannelOrder {
  return JSON.parse(row.order) as ChannelOrder;
}

/** Catalog variants for an order's lines: by feed item id (the variant's numeric id), then SKU. */
export async function matchLines(db: PrismaClient, shop: string, lines: ChannelOrderLine[]): Promise<(line: ChannelOrderLine) => VariantMatch | null> {
  const ids = lines.map((l) => l.itemId).filter((id): id is string => !!id && /^\d+$/.test(id)).map((id) => `gid://shopify/ProductVariant/${id}`);
  const skus = lines.map((l) => l.sku).filter((s): s is string => !!s);
  const variants = await db.catalogVariant.findMany({
    where: { shop, OR: [{ id: { in: ids } }, { sku: { in: skus } }] },
    select: { id: true, sku: true, inventoryQuantity: true, inventoryPolicy: true, tracked: true },
  });
  const toMatch = (v: (typeof variants)[number]): VariantMatch => ({ variantId: v.id, sku: v.sku, available: v.inventoryQuantity, inventoryPolicy: v.inventoryPolicy, tracked: v.tracked });
  const byId = new Map(variants.map((v) => [v.id, toMatch(v)]));
  const bySku = new Map(variants.filter((v) => v.sku).map((v) => [v.sku!, toMatch(v)]));
  return (line) => (line.itemId ? byId.get(`gid://shopify/ProductVariant/${line.itemId}`) : undefined) ?? (line.sku ? bySku.get(line.sku) : undefined) ?? null;
}

/** The currencies a shop sells in: its own and its enabled markets'. */
export async function shopCurrencies(db: PrismaClient, shop: string): Promise<Set<string>> {
  const [row, markets] = await Promise.all([
    db.shop.findUnique({ where: { domain: shop }, select: { currencyCode: true } }),
    db.shopMarket.findMany({ where: { shop, enabled: true }, select: { currency: true } }),
  ]);
  return new Set([row?.currencyCode, ...markets.map((m) => m.currency)].filter((c): c is string => !!c));
}
