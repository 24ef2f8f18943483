import prisma from "~/db.server";
import { env } from "~/env.server";
import { offlineAdmin } from "~/shopify/offline-admin.server";
import { shopifyOrders } from "~/shopify/orders.server";
import { createMetaOrdersClient } from "../channels/meta/client.server";
import { createTikTokOrdersClient } from "../channels/tiktok/client.server";
import type { Connection } from "../connections/connections.server";
import type { OrderDeps } from "./deps.server";

/** The order use cases' dependencies in the app process. */
export function orderDeps(): OrderDeps {
  globalThis.__orderDeps ??= {
    db: prisma,
    shopify: async (shop) => shopifyOrders(await offlineAdmin(shop)),
    client: channelClient,
  };
  return globalThis.__orderDeps;
}

declare global {
  var __orderDeps: OrderDeps | undefined;
}

export function channelClient(connection: Connection) {
  if (connection.channel === "tiktok") {
    const c = connection as Connection<"tiktok">;
    return createTikTokOrdersClient({ baseUrl: env().TIKTOK_API_BASE_URL, credentials: c.credentials });
  }
  const c = connection as Connection<"meta">;
  return createMetaOrdersClient({ baseUrl: env().META_GRAPH_BASE_URL, credentials: { ...c.credentials, cmsId: c.externalShopId } });
}
