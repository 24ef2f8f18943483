import prisma from "~/db.server";
import { env } from "~/env.server";
import { openSqlite } from "~/persistence/sqlite.server";
import { offlineAdmin } from "~/shopify/offline-admin.server";
import type { CatalogDeps } from "./deps.server";

declare global {
  var __catalogDeps: CatalogDeps | undefined;
}

/** The catalog's dependencies in the app process: one SQLite connection for the batch writes. */
export function catalogDeps(): CatalogDeps {
  globalThis.__catalogDeps ??= {
    db: prisma,
    sqlite: openSqlite(env().DATABASE_URL),
    admin: offlineAdmin,
    download: (url) => fetch(url),
  };
  return globalThis.__catalogDeps;
}
