import type { PrismaClient } from "@prisma/client";
import type { Connection } from "../connections/connections.server";
import type { ChannelOrdersClient, ShopifyOrdersPort } from "./ports";

// What the order use cases need, passed in: production wires Prisma, the offline Admin client and
// the channels' HTTP clients (default-deps.server.ts); tests the same against the emulator and fakes.
export interface OrderDeps {
  db: PrismaClient;
  shopify(shop: string): Promise<ShopifyOrdersPort>;
  client(connection: Connection): ChannelOrdersClient;
  /** Called with the id of each event the use cases store themselves (Meta's pulled orders): the worker is woken for it. */
  onStored?: (id: number) => void;
}
