import { Prisma, type PrismaClient } from "@prisma/client";
import type Database from "better-sqlite3";

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

/** Prisma's text form of a DateTime in SQLite ("…T16:34:13.878+00:00"), so Prisma reads and compares it. */
const prismaTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

const inserts = new WeakMap<Database.Database, Database.Statement>();

/**
 * The same write as storeInboundEvent through one prepared statement on the app's SQLite
 * connection: the hot intake path (channel pushes arrive in bursts) skips Prisma's query building.
 */
export function storeInboundEventFast(sqlite: Database.Database, event: InboundEvent): StoreResult {
  let insert = inserts.get(sqlite);
  if (!insert) {
    insert = sqlite.prepare(
      `INSERT INTO "InboxEvent" ("source", "eventKey", "shop", "topic", "webhookId", "apiVersion", "triggeredAt", "payload", "nextAttemptAt", "receivedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("source", "eventKey") DO NOTHING`,
    );
    inserts.set(sqlite, insert);
  }
  const now = prismaTime(new Date());
  const triggered = event.triggeredAt ? prismaTime(event.triggeredAt) : null;
  const result = insert.run(event.source, event.eventKey, event.shop, event.topic, event.webhookId ?? null, event.apiVersion ?? null, triggered, event.payload, now, now);
  return result.changes === 1 ? "stored" : "duplicate";
}

