import type { PrismaClient } from "@prisma/client";
import { getChannelAdapter } from "~/channels/registry";
import { storeInboundEventFast } from "~/persistence/inbox.server";
import type { Sql } from "~/persistence/sql/port";
import { findConnectionCached, isOrderChannel } from "../connections/connections.server";
import { acknowledge, MAX_WEBHOOK_BYTES, plainText as text, readAtMost } from "../http-body.server";

// Intake of a channel's pushed order events (TikTok Shop webhooks), at /channels/<channel>/<connection id>.
// The signature is checked on the raw bytes with the connection's own app secret before anything
// is parsed or stored; then the event is stored under (channel, event id) and answered. A redelivery
// is a 200 that stores nothing. The import itself runs in a job.

export interface PushIntakeDeps {
  db: PrismaClient;
  /** The app's raw-SQL connection: the event is written through one prepared statement. */
  sql: Sql;
  /** Called with the stored event's id (the worker is woken for it); not for a redelivery. */
  onStored?: (id: number) => void;
}

export async function receiveChannelPush(request: Request, channel: string, connectionId: string, deps: PushIntakeDeps): Promise<Response> {
  if (request.method !== "POST") return text(405, "Method not allowed");
  const adapter = isOrderChannel(channel) ? getChannelAdapter(channel)?.orders : undefined;
  if (!adapter?.verifyPush || !adapter.parsePush) return text(404, "Not found");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_WEBHOOK_BYTES) return text(413, "Payload too large");
  const raw = await readAtMost(request, MAX_WEBHOOK_BYTES);
  if (!raw) return text(413, "Payload too large");

  const connection = await findConnectionCached(deps.db, connectionId).catch(() => null);
  const header = (name: string) => request.headers.get(name);
  if (!connection || connection.channel !== channel || !adapter.verifyPush(raw, header, credentialsOf(connection.credentials))) {
    return text(401, "Invalid signature");
  }
  const body = new TextDecoder().decode(raw);
  const parsed = adapter.parsePush(body);
  if (!parsed.ok) return text(400, `Malformed ${channel} event: ${parsed.message}`);
  const event = parsed.value;
  if (event.externalShopId !== connection.externalShopId) return text(400, `The event is for ${channel} shop ${event.externalShopId}, not the one connected here`);
  if (event.kind === "unsupported") return text(200, `OK (${event.topic} is not an order event; nothing to do)`);

  const stored = await storeInboundEventFast(deps.sql, { source: channel, eventKey: event.eventId, shop: connection.shop, topic: event.topic, payload: body });
  return acknowledge(stored, deps.onStored);
}

function credentialsOf(credentials: object): { appKey: string; appSecret: string } {
  const c = credentials as { appKey?: string; appSecret?: string };
  return { appKey: c.appKey ?? "", appSecret: c.appSecret ?? "" };
}
