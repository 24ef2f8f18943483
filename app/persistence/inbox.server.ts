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
