import type { PrismaClient } from "@prisma/client";
import type Database from "better-sqlite3";
import type { AdminClient } from "~/shopify/admin-client.server";

// What the catalog use cases need from the outside, passed in (tests give a real SQLite file and
// a client pointed at the store emulator; production gives the same kinds of thing).
export interface CatalogDeps {
  db: PrismaClient;
  sqlite: Database.Database;
  admin(shop: string): Promise<AdminClient>;
  /** Fetch a bulk operation's result file (Shopify: a signed storage URL). */
  download(url: string): Promise<Response>;
}
