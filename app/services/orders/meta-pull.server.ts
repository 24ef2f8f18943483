import { createHash } from "node:crypto";
import { storeInboundEvent } from "~/persistence/inbox.server";
import type { Connection } from "../connections/connections.server";
import type { OrderDeps } from "./deps.server";

// Meta commerce orders are pulled, not pushed: every pull stores each order it returns in the inbox
// under (order id, content hash, shop), so an order unchanged since the last pull is a duplicate that does
// nothing, and a changed one (cancelled, refunded, acknowledged) is processed once more.

export async function pullMetaOrders(deps: OrderDeps, connection: Connection): Promise<{ received: number; stored: number }> {
  const orders = await deps.client(connection).listOrders(connection.pullCursor);
  let stored = 0;
  let cursor = connection.pullCursor;
  for (const raw of orders) {
    const id = (raw as { id?: unknown }).id;
    if (typeof id !== "string" || !id) continue;
    const payload = JSON.stringify(raw);
    const hash = createHash("sha256").update(payload).digest("hex").slice(0, 24);
    const result = await storeInboundEvent(deps.db, { source: "meta", eventKey: `${id}:${hash}:${connection.shop}`, shop: connection.shop, topic: "order", payload });
    if (result.status === "stored") {
      stored++;
      deps.onStored?.(result.id);
    }
    const updated = (raw as { last_updated?: unknown }).last_updated;
    if (typeof updated === "string" && (!cursor || updated > cursor)) cursor = updated;
  }
  await deps.db.channelConnection.update({ where: { id: connection.id }, data: { pullCursor: cursor, lastPulledAt: new Date() } });
  return { received: orders.length, stored };
}
