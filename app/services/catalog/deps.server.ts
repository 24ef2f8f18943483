import type { PrismaClient } from "@prisma/client";
import type { Sql } from "~/persistence/sql/port";
import type { AdminClient } from "~/shopify/admin-client.server";

// What the catalog use cases need from the outside, passed in (tests give a real database and
// a client pointed at the store emulator; production gives the same kinds of thing).
export interface CatalogDeps {
  db: PrismaClient;
  /** Raw SQL for the hot paths, on SQLite or PostgreSQL (app/persistence/sql). */
  sql: Sql;
  admin(shop: string): Promise<AdminClient>;
  /** Fetch a bulk operation's result file (Shopify: a signed storage URL). */
  download(url: string): Promise<Response>;
}
