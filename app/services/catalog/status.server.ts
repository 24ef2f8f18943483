import type { PrismaClient } from "@prisma/client";
import { enqueueJob } from "~/persistence/inbox.server";

// What the Catalog page shows: counts, the last full read and incremental update, a running
// read's progress, and problems in plain words.

export interface CatalogStatus {
  counts: { products: number; variants: number; locations: number; markets: number; locales: number };
  lastFull: SyncView | null;
  running: (SyncView & { progress: number }) | null;
  lastIncrementalAt: string | null;
  /** A read was asked for ("Sync now", install) and its job has not started it yet. */
  queued: boolean;
  problems: string[];
}

interface SyncView {
  id: number;
  kind: string;
  mode: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  objectsRead: number;
  created: number;
  updated: number;
  deleted: number;
  error: string | null;
}

export async function catalogStatus(db: PrismaClient, shop: string): Promise<CatalogStatus> {
  const [products, variants, locations, markets, locales, shopRow, lastFull, running, failedEvents, queued] = await Promise.all([
    db.catalogProduct.count({ where: { shop } }),
    db.catalogVariant.count({ where: { shop } }),
    db.shopLocation.count({ where: { shop } }),
    db.shopMarket.count({ where: { shop } }),
    db.shopLocale.count({ where: { shop } }),
    db.shop.findUnique({ where: { domain: shop } }),
    db.catalogSync.findFirst({ where: { shop, status: { not: "running" } }, orderBy: { startedAt: "desc" } }),
    db.catalogSync.findFirst({ where: { shop, status: "running" }, orderBy: { startedAt: "desc" } }),
    db.inboxEvent.count({ where: { shop, status: "failed" } }),
    db.inboxEvent.count({ where: { shop, source: "app", topic: "catalog/full_read", status: "pending" } }),
  ]);
  const problems: string[] = [];
  if (lastFull?.status === "failed") problems.push(`The last catalog read did not finish: ${lastFull.error ?? "unknown reason"}. Press “Sync now” to try again.`);
  if (failedEvents > 0) problems.push(`${failedEvents} update${failedEvents === 1 ? "" : "s"} from Shopify could not be applied after several tries; the next full read repairs them.`);
  if (!lastFull && !running && queued === 0) problems.push("The catalog has not been read yet. Press “Sync now” to read it.");
  const parts = running ? (JSON.parse(running.bulkOperations) as { done: boolean }[]) : [];
  return {
    counts: { products, variants, locations, markets, locales },
    lastFull: lastFull && view(lastFull),
    running: running && { ...view(running), progress: parts.length ? parts.filter((p) => p.done).length / parts.length : 0 },
    lastIncrementalAt: shopRow?.lastIncrementalAt?.toISOString() ?? null,
    queued: queued > 0,
    problems,
  };
}

function view(s: {
  id: number; kind: string; mode: string; status: string; startedAt: Date; finishedAt: Date | null; objectsRead: number;
  productsCreated: number; variantsCreated: number; productsUpdated: number; variantsUpdated: number; productsDeleted: number; variantsDeleted: number; error: string | null;
}): SyncView {
  return {
    id: s.id, kind: s.kind, mode: s.mode, status: s.status, startedAt: s.startedAt.toISOString(), finishedAt: s.finishedAt?.toISOString() ?? null,
    objectsRead: s.objectsRead, created: s.productsCreated + s.variantsCreated, updated: s.productsUpdated + s.variantsUpdated,
    deleted: s.productsDeleted + s.variantsDeleted, error: s.error,
  };
}

/** "Sync now": queue a full read (a running one is reused, not doubled); the job's inbox id, or null when already queued. */
export async function requestFullRead(db: PrismaClient, shop: string, now = Date.now()): Promise<number | null> {
  return (await enqueueJob(db, shop, "catalog/full_read", `manual-${now}`)).id;
}
