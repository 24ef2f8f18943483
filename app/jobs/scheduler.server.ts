import type { CatalogDeps } from "~/services/catalog/deps.server";
import { pollRunningReads, startFullRead } from "~/services/catalog/full-read.server";

// Timed work of the worker: the status poll that finishes bulk reads whose webhook never came, and
// the periodic reconciliation (a full read that repairs drift from lost webhooks). Every worker
// process keeps the timer; only the one that `leads()` (app/jobs/leader.server.ts) does the work.

const POLL_MS = 10_000;
const RECONCILE_MS = Number(process.env.CATALOG_RECONCILE_HOURS ?? 6) * 3_600_000;

export function startScheduler(deps: CatalogDeps, leads: () => boolean = () => true): () => void {
  let busy = false;
  const tick = async () => {
    if (busy || !leads()) return;
    busy = true;
    try {
      await pollRunningReads(deps);
      await reconcileDue(deps);
    } catch (error) {
      console.error("scheduler:", error instanceof Error ? error.message : error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export async function reconcileDue(deps: CatalogDeps, now = Date.now()): Promise<string[]> {
  const shops = await deps.db.shop.findMany({ where: { uninstalledAt: null } });
  const started: string[] = [];
  for (const { domain } of shops) {
    const last = await deps.db.catalogSync.findFirst({ where: { shop: domain }, orderBy: { startedAt: "desc" } });
    if (!last || last.status === "running" || now - last.startedAt.getTime() < RECONCILE_MS) continue;
    await startFullRead(deps, domain);
    started.push(domain);
  }
  return started;
}
