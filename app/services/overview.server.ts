import prisma from "~/db.server";

export async function shopOverview(shop: string) {
  const [record, total, pending] = await Promise.all([
    prisma.shop.findUnique({ where: { domain: shop } }),
    prisma.inboxEvent.count({ where: { shop } }),
    prisma.inboxEvent.count({ where: { shop, status: "pending" } }),
  ]);
  return { shop, installedAt: record?.installedAt.toISOString() ?? null, inbox: { total, pending } };
}
