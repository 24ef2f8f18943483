import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { OrderChannelId } from "~/core/orders/types";
import type { SafetyBuffer } from "~/core/stock";
import { upsertRetried } from "~/persistence/inbox.server";
import { open, parseKeyRing, seal, type KeyRing } from "./sealing.server";

// A shop's channel connections: credentials sealed at rest, connect / disconnect, key rotation.

const credentialSchemas = {
  tiktok: z.object({
    appKey: z.string().min(1),
    appSecret: z.string().min(1),
    accessToken: z.string().min(1),
    shopCipher: z.string().min(1),
  }),
  meta: z.object({
    appSecret: z.string().min(1),
    accessToken: z.string().min(1),
    /** The catalog stock updates go to (items_batch). */
    catalogId: z.string().min(1),
  }),
} satisfies Record<OrderChannelId, z.ZodType>;

export type ChannelCredentials = { tiktok: z.infer<typeof credentialSchemas.tiktok>; meta: z.infer<typeof credentialSchemas.meta> };

export interface Connection<C extends OrderChannelId = OrderChannelId> {
  id: string;
  shop: string;
  channel: C;
  externalShopId: string;
  credentials: ChannelCredentials[C];
  buffer: SafetyBuffer;
  pullCursor: string | null;
}

export function isOrderChannel(channel: string): channel is OrderChannelId {
  return channel === "tiktok" || channel === "meta";
}

let ring: KeyRing | undefined;
let ringSpec: string | undefined;
/** The key ring from CREDENTIALS_KEYS (read per call so tests and rotation see the current value). */
export function keyRing(spec = process.env.CREDENTIALS_KEYS): KeyRing {
  if (!spec) throw new Error("CREDENTIALS_KEYS is not set: channel credentials cannot be sealed or opened");
  if (spec !== ringSpec) {
    ring = parseKeyRing(spec);
    ringSpec = spec;
  }
  return ring!;
}

const context = (shop: string, channel: string) => `${shop}|${channel}`;

export interface ConnectInput {
  channel: OrderChannelId;
  externalShopId: string;
  credentials: unknown;
  buffer?: SafetyBuffer;
}

/** Connects (or reconnects) a channel; invalid credentials throw with the fields named. */
export async function connectChannel(db: PrismaClient, shop: string, input: ConnectInput, keys = keyRing()): Promise<Connection> {
  const parsed = credentialSchemas[input.channel].safeParse(input.credentials);
  if (!parsed.success) throw new Error(`${input.channel} credentials: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const sealed = seal(keys, JSON.stringify(parsed.data), context(shop, input.channel));
  const buffer = input.buffer ?? { units: 0, percent: 0 };
  const data = {
    externalShopId: input.externalShopId,
    credentials: sealed.value,
    keyId: sealed.keyId,
    status: "connected",
    bufferUnits: buffer.units,
    bufferPercent: buffer.percent,
  };
  forget(shop);
  const row = await upsertRetried(() =>
    db.channelConnection.upsert({
      where: { shop_channel: { shop, channel: input.channel } },
      create: { id: randomBytes(16).toString("base64url"), shop, channel: input.channel, ...data },
      update: data,
    }),
  );
  return toConnection(row, keys);
}

/** Disconnects: the credentials are destroyed, orders already imported stay. */
export async function disconnectChannel(db: PrismaClient, shop: string, channel: OrderChannelId): Promise<void> {
  forget(shop);
  await db.channelConnection.updateMany({ where: { shop, channel }, data: { status: "disconnected", credentials: "", keyId: "" } });
}

export async function findConnection(db: PrismaClient, where: { id: string } | { shop: string; channel: OrderChannelId }, keys?: KeyRing): Promise<Connection | null> {
  const row = "id" in where ? await db.channelConnection.findUnique({ where: { id: where.id } }) : await db.channelConnection.findUnique({ where: { shop_channel: where } });
  if (!row || row.status !== "connected") return null;
  return toConnection(row, keys ?? keyRing());
}

export async function connectedChannels(db: PrismaClient, where: { shop?: string; channel?: OrderChannelId } = {}): Promise<{ id: string; shop: string; channel: string }[]> {
  return db.channelConnection.findMany({ where: { ...where, status: "connected" }, select: { id: true, shop: true, channel: true } });
}

const CACHE_MS = 30_000;
const cache = new Map<string, { connection: Connection | null; at: number }>();

/**
 * findConnection (by id, or by shop and channel) for the push intake and the jobs it feeds,
 * remembered for 30 s (a burst of pushes opens the credentials once). Connecting or disconnecting in this process forgets the shop's entries; in
 * another process a disconnect is seen within 30 s, and events stored meanwhile are ignored by
 * the job, which reads the connection afresh.
 */
export async function findConnectionCached(db: PrismaClient, where: string | { shop: string; channel: OrderChannelId }, now = Date.now()): Promise<Connection | null> {
  // Separate key spaces: an id in a URL can never shadow a shop's own entry.
  const key = typeof where === "string" ? `id:${where}` : `sc:${where.shop}|${where.channel}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < CACHE_MS) return hit.connection;
  const connection = await findConnection(db, typeof where === "string" ? { id: where } : where);
  if (cache.size > 10_000) cache.clear();
  // Only a found connection is remembered for shop lookups: a shop that just connected is seen at once.
  if (connection || typeof where === "string") cache.set(key, { connection, at: now });
  return connection;
}

function forget(shop: string): void {
  for (const [key, entry] of cache) if (!entry.connection || entry.connection.shop === shop || key.startsWith(`sc:${shop}|`)) cache.delete(key);
}

/** Re-seals every connection not sealed with the current key (after CREDENTIALS_KEYS gained a new first key). */
export async function resealAll(db: PrismaClient, keys = keyRing()): Promise<number> {
  const rows = await db.channelConnection.findMany({ where: { status: "connected", NOT: { keyId: keys.current.id } } });
  for (const row of rows) {
    const ctx = context(row.shop, row.channel);
    const sealed = seal(keys, open(keys, { keyId: row.keyId, value: row.credentials }, ctx), ctx);
    await db.channelConnection.update({ where: { id: row.id }, data: { credentials: sealed.value, keyId: sealed.keyId } });
  }
  return rows.length;
}

type Row = { id: string; shop: string; channel: string; externalShopId: string; credentials: string; keyId: string; bufferUnits: number; bufferPercent: number; pullCursor: string | null };

function toConnection(row: Row, keys: KeyRing): Connection {
  if (!isOrderChannel(row.channel)) throw new Error(`Unknown order channel "${row.channel}"`);
  const credentials = JSON.parse(open(keys, { keyId: row.keyId, value: row.credentials }, context(row.shop, row.channel))) as ChannelCredentials[typeof row.channel];
  return {
    id: row.id,
    shop: row.shop,
    channel: row.channel,
    externalShopId: row.externalShopId,
    credentials,
    buffer: { units: row.bufferUnits, percent: row.bufferPercent },
    pullCursor: row.pullCursor,
  };
}
