import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "./env.server";

// One Prisma client per process (kept across dev-server reloads), on the better-sqlite3 driver
// adapter: no native query engine is downloaded or needed.
declare global {
  var __prisma: PrismaClient | undefined;
}

export function createPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const prisma: PrismaClient = globalThis.__prisma ?? createPrisma(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalThis.__prisma = prisma;

export default prisma;
