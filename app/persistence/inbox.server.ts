import type { PrismaClient } from "@prisma/client";
import type { Sql } from "./sql/port";

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

/** A stored event's row id (the job names it); a redelivery is a duplicate with no id. */
export type StoreResult = { status: "stored"; id: number } | { status: "duplicate"; id: null };

const DUPLICATE: StoreResult = { status: "duplicate", id: null };

/**
 * A write refused by a unique key: Prisma's P2002. Told by its code, not its class: the PostgreSQL
 * client is generated apart (app/persistence/prisma.server.ts) and throws its own runtime's errors.
 */
export const isUniqueViolation = (error: unknown): boolean => error instanceof Error && error.name === "PrismaClientKnownRequestError" && (error as { code?: unknown }).code === "P2002";

/**
 * Runs an upsert again when a concurrent writer created the row first: Prisma's upsert reads, then
 * creates, so two workers upserting one key at once (PostgreSQL, several processes) can collide.
 */
export async function upsertRetried<T>(upsert: () => Promise<T>): Promise<T> {
  try {
    return await upsert();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return upsert();
  }
}

/** Writes the event under its unique (source, eventKey); a redelivery is reported, not stored. */
export async function storeInboundEvent(db: PrismaClient, event: InboundEvent): Promise<StoreResult> {
  try {
    const { id } = await db.inboxEvent.create({ data: event, select: { id: true } });
    return { status: "stored", id };
  } catch (error) {
    if (isUniqueViolation(error)) return DUPLICATE;
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

const INSERT = `INSERT INTO "InboxEvent" ("source", "eventKey", "shop", "topic", "webhookId", "apiVersion", "triggeredAt", "payload", "nextAttemptAt", "receivedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("source", "eventKey") DO NOTHING RETURNING "id"`;

/**
 * The same write as storeInboundEvent through one prepared statement on the raw-SQL port: the hot
 * intake path (channel pushes arrive in bursts) skips Prisma's query building, and a redelivery
 * is no error on either database.
 */
export async function storeInboundEventFast(sql: Sql, event: InboundEvent): Promise<StoreResult> {
  const now = sql.dialect.time(new Date());
  const triggered = event.triggeredAt ? sql.dialect.time(event.triggeredAt) : null;
  const row = await sql.get<{ id: unknown }>(INSERT, [event.source, event.eventKey, event.shop, event.topic, event.webhookId ?? null, event.apiVersion ?? null, triggered, event.payload, now, now]);
  return row ? { status: "stored", id: Number(row.id) } : DUPLICATE;
}
