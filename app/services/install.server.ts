import prisma from "~/db.server";

type Graphql = (query: string, options?: { variables?: Record<string, unknown> }) => Promise<Response>;

// After OAuth / token exchange: remember the shop (again, on reinstall). The shop's facts and the
// first catalog read are started from here by the catalog sync.
export async function recordInstall(shop: string, scopes: string | null, _graphql: Graphql): Promise<void> {
  await prisma.shop.upsert({
    where: { domain: shop },
    create: { domain: shop, scopes },
    update: { scopes, uninstalledAt: null },
  });
}
