import type { PrismaClient } from "@prisma/client";
import { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { testPrisma } from "./db";
import { testEnv } from "./env";

// Shopify sessions in a test database, written and read by the same storage class the app uses
// (PrismaSessionStorage), so the row is exactly what authenticate.admin loads.
//
// With an offline session stored, authenticate.admin (token-exchange strategy) validates the
// session token locally and never calls Shopify. Without one, it exchanges the session token at
// https://{shop}/admin/oauth/access_token, which SHOPIFY_ADMIN_ORIGIN sends to the store emulator;
// findOfflineSession then shows what that exchange stored.

export function offlineSessionId(shop: string): string {
  return `offline_${shop}`;
}

export interface OfflineSessionOptions {
  /** The app's DATABASE_URL (file:… or postgres://…). */
  databaseUrl: string;
  shop: string;
  /** Default: a fake Admin API token for the shop (the store emulator decides what it accepts). */
  accessToken?: string;
  /** Default: the test app's SCOPES. */
  scope?: string;
  /** Omit for a non-expiring offline token (expiringOfflineAccessTokens is off). */
  expires?: Date;
}

export async function storeOfflineSession(options: OfflineSessionOptions): Promise<Session> {
  const session = new Session({
    id: offlineSessionId(options.shop),
    shop: options.shop,
    state: "",
    isOnline: false,
    scope: options.scope ?? testEnv().SCOPES,
    accessToken: options.accessToken ?? `shpat_test_${options.shop.replace(/\W/g, "_")}`,
    ...(options.expires ? { expires: options.expires } : {}),
  });
  await withStorage(options.databaseUrl, (storage) => storage.storeSession(session));
  return session;
}

export async function findOfflineSession(databaseUrl: string, shop: string): Promise<Session | undefined> {
  return withStorage(databaseUrl, (storage) => storage.loadSession(offlineSessionId(shop)));
}

export async function deleteOfflineSession(databaseUrl: string, shop: string): Promise<void> {
  await withStorage(databaseUrl, (storage) => storage.deleteSession(offlineSessionId(shop)));
}

async function withStorage<T>(databaseUrl: string, use: (storage: PrismaSessionStorage<PrismaClient>) => Promise<T>): Promise<T> {
  const prisma = testPrisma(databaseUrl);
  try {
    // One attempt: a missing Session table is a broken test database, not something to wait for.
    return await use(new PrismaSessionStorage(prisma, { connectionRetries: 1, connectionRetryIntervalMs: 0 }));
  } finally {
    await prisma.$disconnect();
  }
}
