import prisma from "~/db.server";
import { env } from "~/env.server";
import { openSql } from "~/persistence/sql/index.server";
import { offlineAdmin } from "~/shopify/offline-admin.server";
import type { CatalogDeps } from "./deps.server";

declare global {
  var __catalogDeps: CatalogDeps | undefined;
}

/** The catalog's dependencies in the app process: Prisma, and one raw-SQL connection (pool on Postgres) for the hot paths. */
export function catalogDeps(): CatalogDeps {
  globalThis.__catalogDeps ??= { db: prisma, sql: openSql(env().DATABASE_URL), admin: offlineAdmin, download: (url) => fetch(url) };
  return globalThis.__catalogDeps;
}
