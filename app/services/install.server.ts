import prisma from "~/db.server";
import { enqueueJob } from "~/persistence/inbox.server";
import { wakeWorker } from "~/jobs/index.server";

// After OAuth / token exchange: remember the shop (again, on reinstall) and queue the first full
// catalog read (idempotent per install: a repeated afterAuth does not start a second one).
export async function recordInstall(shop: string, scopes: string | null): Promise<void> {
  const record = await prisma.shop.upsert({
    where: { domain: shop },
    create: { domain: shop, scopes },
    update: { scopes, uninstalledAt: null },
  });
  const job = await enqueueJob(prisma, shop, "catalog/full_read", `install-${record.installedAt.getTime()}`);
  if (job.id !== null) wakeWorker(job.id);
}
