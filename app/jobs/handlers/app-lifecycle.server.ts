import type { PrismaClient } from "@prisma/client";
import type { InboxRow } from "../process-event.server";

// app/uninstalled: the shop's tokens are void; drop its sessions and mark it uninstalled (its data
// stays until shop/redact, 48 h later, as Shopify's lifecycle expects). Safe to run twice.
export async function appUninstalled(db: PrismaClient, event: InboxRow) {
  await db.session.deleteMany({ where: { shop: event.shop } });
  await db.shop.updateMany({ where: { domain: event.shop }, data: { uninstalledAt: event.triggeredAt ?? event.receivedAt } });
  return "processed" as const;
}

// app/scopes_update: keep the stored sessions' scope equal to what the merchant granted.
export async function appScopesUpdate(db: PrismaClient, event: InboxRow) {
  const payload = JSON.parse(event.payload) as { current?: unknown };
  if (!Array.isArray(payload.current)) throw new Error("app/scopes_update without a current scope list");
  const scope = payload.current.map(String).join(",");
  await db.session.updateMany({ where: { shop: event.shop }, data: { scope } });
  await db.shop.updateMany({ where: { domain: event.shop }, data: { scopes: scope } });
  return "processed" as const;
}
