import prisma from "~/db.server";
import { env } from "~/env.server";
import { openSqlite } from "~/persistence/sqlite.server";
import { sqliteSql } from "~/persistence/sql/sqlite.server";
import { offlineAdmin } from "~/shopify/offline-admin.server";
import type { CatalogDeps } from "./deps.server";

declare global {
  var __catalogDeps: CatalogDeps | undefined;
}

/** The catalog's dependencies in the app process: one raw-SQL connection for the batch writes. */
export function catalogDeps(): CatalogDeps {
  if (!globalThis.__catalogDeps) {
    const sqlite = openSqlite(env().DATABASE_URL);
    globalThis.__catalogDeps = { db: prisma, sql: sqliteSql(sqlite), sqlite, admin: offlineAdmin, download: (url) => fetch(url) };
  }
  return globalThis.__catalogDeps;
}
