import type { Prisma, PrismaClient } from "@prisma/client";
import { gid } from "~/core/exact-json";
import type { ChannelOrder } from "~/core/orders/types";

// GDPR for what the order feature keeps: the buyer's name, email, phone and address inside each
// channel order (and inside pulled Meta orders waiting in the inbox). A customer is found by email
// and by the Shopify orders Shopify names in the request (ids read exactly from the raw body).

export interface CustomerRequest {
  email: string | null;
  phone: string | null;
  /** gid://shopify/Order/N */
  orderIds: string[];
}

/** customers/redact and customers/data_request bodies → who and which orders (64-bit ids kept exact). */
export function customerRequest(raw: string, listField: "orders_to_redact" | "orders_requested"): CustomerRequest {
  const body = JSON.parse(raw) as { customer?: { email?: unknown; phone?: unknown } };
  const list = new RegExp(`"${listField}"\\s*:\\s*\\[([^\\]]*)\\]`).exec(raw)?.[1] ?? "";
  const email = typeof body.customer?.email === "string" && body.customer.email.includes("@") ? body.customer.email.toLowerCase() : null;
  const phone = typeof body.customer?.phone === "string" && body.customer.phone.trim() ? body.customer.phone.trim() : null;
  return { email, phone, orderIds: [...list.matchAll(/\d+/g)].map((m) => gid("Order", m[0])) };
}

function customerOrders(shop: string, who: CustomerRequest): Prisma.ChannelOrderWhereInput {
  const or: Prisma.ChannelOrderWhereInput[] = [];
  if (who.email) or.push({ buyerEmail: who.email });
  if (who.orderIds.length) or.push({ shopifyOrderId: { in: who.orderIds } });
  return { shop, OR: or.length ? or : [{ id: -1 }] };
}

/** Removes the customer's personal data from every channel order and pulled payload of theirs. */
export async function redactCustomer(db: PrismaClient, shop: string, who: CustomerRequest): Promise<number> {
  const rows = await db.channelOrder.findMany({ where: customerOrders(shop, who) });
  for (const row of rows) {
    const order = safeOrder(row.order);
    const kept = order ? { ...order, buyer: { name: null, email: null, phone: null }, shippingAddress: null } : {};
    await db.channelOrder.update({ where: { id: row.id }, data: { order: JSON.stringify(kept), buyerEmail: null, redactedAt: new Date() } });
    // A pulled order's raw copy in the inbox names the buyer too.
    await db.inboxEvent.updateMany({ where: { shop, source: row.channel, eventKey: { startsWith: `${row.externalId}:` } }, data: { payload: "{}" } });
  }
  // An earlier data request's export holds the same data.
  if (who.email) await db.customerDataExport.deleteMany({ where: { shop, email: who.email } });
  const needles = [who.email, who.phone].filter((n): n is string => !!n);
  for (const needle of needles) {
    // Case-insensitive on both databases (Prisma's `contains` ignores case on SQLite only); `\` escapes LIKE's wildcards.
    const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
    await db.$executeRaw`UPDATE "InboxEvent" SET "payload" = '{}' WHERE "shop" = ${shop} AND LOWER("payload") LIKE ${pattern} ESCAPE '\\'`;
  }
  return rows.length;
}

/** What the app holds about the customer: their channel orders, as the merchant can hand them over. */
export async function exportCustomer(db: PrismaClient, shop: string, requestId: string, who: CustomerRequest): Promise<number> {
  const rows = await db.channelOrder.findMany({ where: customerOrders(shop, who), orderBy: { createdAt: "asc" } });
  const data = {
    customer: { email: who.email, phone: who.phone },
    channelOrders: rows.map((row) => ({
      channel: row.channel,
      channelOrderId: row.externalId,
      shopifyOrderId: row.shopifyOrderId,
      shopifyOrderName: row.shopifyOrderName,
      status: row.status,
      receivedAt: row.createdAt.toISOString(),
      order: safeOrder(row.order),
    })),
  };
  await db.customerDataExport.upsert({
    where: { shop_requestId: { shop, requestId } },
    create: { shop, requestId, email: who.email, data: JSON.stringify(data) },
    update: { data: JSON.stringify(data) },
  });
  return rows.length;
}

function safeOrder(json: string): ChannelOrder | null {
  try {
    const value = JSON.parse(json) as ChannelOrder;
    return value && typeof value === "object" && "externalId" in value ? value : null;
  } catch {
    return null;
  }
}
