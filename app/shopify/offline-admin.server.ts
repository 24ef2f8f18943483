import { env } from "~/env.server";
import { API_VERSION } from "~/shopify/api-version";
import { sessionStorage } from "./session-storage.server";
import { createAdminClient, type AdminClient } from "./admin-client.server";

// The Admin client for background work: the shop's offline session, kept per shop so the pacing
// state (the cost bucket) is shared by every job of that shop in this process.
const clients = new Map<string, { token: string; client: AdminClient }>();

export class NoOfflineSession extends Error {}

export async function offlineAdmin(shop: string): Promise<AdminClient> {
  const session = await sessionStorage.loadSession(`offline_${shop}`);
  if (!session?.accessToken) throw new NoOfflineSession(`No offline session for ${shop}: the app is not installed there`);
  const cached = clients.get(shop);
  if (cached?.token === session.accessToken) return cached.client;
  const client = createAdminClient({ shop, accessToken: session.accessToken, apiVersion: API_VERSION, adminOrigin: env().SHOPIFY_ADMIN_ORIGIN });
  clients.set(shop, { token: session.accessToken, client });
  return client;
}
