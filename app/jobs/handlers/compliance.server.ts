import type { PrismaClient } from "@prisma/client";
import { customerRequest, exportCustomer, redactCustomer } from "~/services/orders/privacy.server";
import type { InboxRow } from "../process-event.server";

// GDPR. shop/redact erases everything the app holds for the shop. customers/redact removes the
// buyer's personal data from the channel orders and inbound payloads that carry it;
// customers/data_request writes what the app holds about them (CustomerDataExport) for the
// merchant. Each request's own payload (which names the customer) is cleared once handled.

export async function shopRedact(db: PrismaClient, event: InboxRow) {
  const where = { shop: event.shop };
  await db.$transaction([
    db.session.deleteMany({ where }),
    db.inboxEvent.deleteMany({ where: { shop: event.shop, NOT: { id: event.id } } }),
    db.channelOrder.deleteMany({ where }),
    db.channelRefund.deleteMany({ where }),
    db.channelConnection.deleteMany({ where }),
    db.stockPush.deleteMany({ where }),
    db.customerDataExport.deleteMany({ where }),
    db.feedToken.deleteMany({ where }),
    db.feedSetting.deleteMany({ where }),
    db.catalogInventoryLevel.deleteMany({ where }),
    db.catalogMarketPrice.deleteMany({ where }),
    db.catalogTranslation.deleteMany({ where }),
    db.catalogProductCollection.deleteMany({ where }),
    db.catalogImage.deleteMany({ where }),
    db.catalogVariant.deleteMany({ where }),
    db.catalogProduct.deleteMany({ where }),
    db.catalogSync.deleteMany({ where }),
    db.shopLocation.deleteMany({ where }),
    db.shopMarket.deleteMany({ where }),
    db.shopLocale.deleteMany({ where }),
    db.shop.deleteMany({ where: { domain: event.shop } }),
  ]);
  await clearPayload(db, event.id);
  return "processed" as const;
}

export async function customersRedact(db: PrismaClient, event: InboxRow) {
  // Redact first: a failure leaves the request's payload for the retry to read.
  await redactCustomer(db, event.shop, customerRequest(event.payload, "orders_to_redact"));
  await clearPayload(db, event.id);
  return "processed" as const;
}

export async function customersDataRequest(db: PrismaClient, event: InboxRow) {
  const requestId = /"data_request"\s*:\s*\{[^}]*"id"\s*:\s*"?(\d+)/.exec(event.payload)?.[1] ?? `event-${event.id}`;
  await exportCustomer(db, event.shop, requestId, customerRequest(event.payload, "orders_requested"));
  await clearPayload(db, event.id);
  return "processed" as const;
}

async function clearPayload(db: PrismaClient, id: number) {
  await db.inboxEvent.update({ where: { id }, data: { payload: "{}" } });
}
