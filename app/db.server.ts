import type { PrismaClient } from "@prisma/client";
import { env } from "./env.server";
import { createPrisma } from "./persistence/prisma.server";

// One Prisma client per process (kept across dev-server reloads), for DATABASE_URL: SQLite (the
// embedded default) or PostgreSQL (app/persistence/prisma.server.ts).
declare global {
  var __prisma: PrismaClient | undefined;
}

export { createPrisma };

const prisma: PrismaClient = globalThis.__prisma ?? createPrisma(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalThis.__prisma = prisma;

export default prisma;
