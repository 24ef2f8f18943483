import { Prisma, type PrismaClient } from "@prisma/client";

export interface InboundEvent {
  source: string;
  eventKey: string;
  shop: string;
  topic: string;
  webhookId?: string | null;
  apiVersion?: string | null;
  triggeredAt?: Date | null;
  payload: string;
}

export type StoreResult = "stored" | "duplicate";

/** Writes the event under its unique (source, eventKey); a redelivery is reported, not stored. */
export async function storeInboundEvent(db: PrismaClient, event: InboundEvent): Promise<StoreResult> {
  try {
    await db.inboxEvent.create({ data: event });
    return "stored";
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "duplicate";
    throw error;
  }
}

/**
 * The app's own background jobs go through the same table (source "app"): they get the worker's
 * retries and backoff, and `key` makes a request idempotent (a double click starts one read).
 */
export function enqueueJob(db: PrismaClient, shop: string, topic: string, key: string, payload: object = {}): Promise<StoreResult> {
  return storeInboundEvent(db, { source: "app", eventKey: `${topic}:${shop}:${key}`, shop, topic, payload: JSON.stringify(payload) });
}
