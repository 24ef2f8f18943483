import type { PrismaClient } from "@prisma/client";
import type { InboxRow } from "../worker.server";

// GDPR. shop/redact erases everything the app holds for the shop. The customer topics: the app
// keeps no customer records of its own yet (channel orders arrive with the orders feature); what it
// does hold is inbound payloads, so those naming the customer are scrubbed, and the request's own
// payload (which names the customer) is cleared once handled.

export async function shopRedact(db: PrismaClient, event: InboxRow) {
  await db.$transaction([
    db.session.deleteMany({ where: { shop: event.shop } }),
    db.inboxEvent.deleteMany({ where: { shop: event.shop, NOT: { id: event.id } } }),
    db.shop.deleteMany({ where: { domain: event.shop } }),
  ]);
  await clearPayload(db, event.id);
  return "processed" as const;
}

export async function customersRedact(db: PrismaClient, event: InboxRow) {
  const email = customerEmail(event);
  if (email) {
    await db.inboxEvent.updateMany({
      where: { shop: event.shop, payload: { contains: email }, NOT: { id: event.id } },
      data: { payload: "{}" },
    });
  }
  await clearPayload(db, event.id);
  return "processed" as const;
}

export async function customersDataRequest(db: PrismaClient, event: InboxRow) {
  // Nothing beyond inbound payloads is kept per customer; the answer to the merchant is produced
  // from them by the orders feature's data export. The request itself is recorded as processed.
  await clearPayload(db, event.id);
  return "processed" as const;
}

function customerEmail(event: InboxRow): string | null {
  const payload = JSON.parse(event.payload) as { customer?: { email?: unknown } };
  const email = payload.customer?.email;
  return typeof email === "string" && email.includes("@") ? email : null;
}

async function clearPayload(db: PrismaClient, id: number) {
  await db.inboxEvent.update({ where: { id }, data: { payload: "{}" } });
}
