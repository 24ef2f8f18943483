import { createRequire } from "node:module";
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { dialectOf } from "./sql/port";

/** Options for every PostgreSQL session of the app (pg's `options`). */
const POSTGRES_SESSION_OPTIONS = "-c TimeZone=UTC";

/**
 * A Prisma client for a DATABASE_URL, on a driver adapter (no native query engine is downloaded
 * or needed): a SQLite `file:` URL (the embedded default) or `postgres://` — the client generated
 * from prisma/postgres/schema.prisma (the same models; `npm run db:postgres-schema`), loaded at
 * run time so the build leaves it alone. Both clients have the same model API; the app is typed
 * against the SQLite one.
 */
export function createPrisma(url: string): PrismaClient {
  if (dialectOf(url) === "postgres") {
    const require = createRequire(import.meta.url);
    const { PrismaClient: PostgresClient } = require(".prisma/client-postgres") as { PrismaClient: new (options: object) => PrismaClient };
    // Sessions in UTC: DateTime columns are timestamps without time zone holding UTC, and the
    // database fills their defaults (CURRENT_TIMESTAMP, for raw inserts) in the session's zone.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url, options: POSTGRES_SESSION_OPTIONS }) });
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
