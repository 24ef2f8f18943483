import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { CatalogQueryKind } from "~/core/catalog/records";
import { CatalogWriter, catalogTransaction, removeUnseen } from "~/persistence/catalog-writer.server";
import { markShopStockChanged } from "../orders/stock-push.server";
import { BulkOperationById, BulkOperationRunQuery, buildCatalogBulkQueries } from "~/shopify/documents";
import { ensureFeedTokens } from "~/services/feeds/feeds.server";
import type { CatalogDeps } from "./deps.server";
import { ingestJsonl } from "./ingest-jsonl.server";
import { pagedRead } from "./paged-read.server";
import { refreshShopFacts } from "./shop-facts.server";

// The full read: shop facts, then the catalog's bulk queries (run side by side, up to 5 per shop
// from API 2026-01), each result streamed into the DB when its bulk_operations/finish webhook (or
// the status poll) says it is ready. When all are in, whatever the read did not see is removed.
// A reconciliation is the same read; its created/updated/deleted counts are the drift it repaired.

export type SyncKind = "full" | "reconcile";

/** A read still "running" after this long has stalled (its results were never readable). */
const STALE_READ_MS = 3 * 3_600_000;

interface BulkPart {
  id: string;
  kind: CatalogQueryKind;
  status: string;
  done: boolean;
}

const parts = (json: string) => JSON.parse(json) as BulkPart[];

/** Starts a full read (a reconciliation once the shop has a complete one), or returns the running one. */
export async function startFullRead(deps: CatalogDeps, shop: string): Promise<number> {
  const running = await deps.db.catalogSync.findFirst({ where: { shop, status: "running" } });
  if (running && Date.now() - running.startedAt.getTime() < STALE_READ_MS) return running.id;
  if (running) await fail(deps, running.id, "It did not finish within 3 hours and was given up");
  const kind: SyncKind = (await deps.db.catalogSync.count({ where: { shop, status: "completed" } })) > 0 ? "reconcile" : "full";

  const facts = await refreshShopFacts(deps, shop);
  const last = await deps.db.catalogSync.aggregate({ where: { shop }, _max: { generation: true } });
  const generation = (last._max.generation ?? 0) + 1;
  const sync = await deps.db.catalogSync.create({ data: { shop, kind, generation, status: "running" } });

  const admin = await deps.admin(shop);
  const started: BulkPart[] = [];
  try {
    for (const query of buildCatalogBulkQueries({ locales: facts.translatedLocales, countries: facts.countries })) {
      const result = await admin.request(BulkOperationRunQuery.document, { query: query.query });
      const op = result.bulkOperationRunQuery?.bulkOperation;
      const problems = result.bulkOperationRunQuery?.userErrors ?? [];
      if (!op || problems.length > 0) throw new BulkUnavailable(problems.map((p) => p.message).join("; ") || "no bulk operation returned");
      started.push({ id: op.id, kind: query.kind, status: op.status, done: false });
      await deps.db.catalogSync.update({ where: { id: sync.id }, data: { bulkOperations: JSON.stringify(started) } });
    }
  } catch (error) {
    if (!(error instanceof BulkUnavailable)) throw error;
    // Another app's bulk queries fill the shop's slots, say: read page by page instead.
    await deps.db.catalogSync.update({ where: { id: sync.id }, data: { mode: "paged", bulkOperations: JSON.stringify(started.map((p) => ({ ...p, done: true }))) } });
    try {
      const { productsCreated, productsUpdated, variantsCreated, variantsUpdated, objectsRead } = await pagedRead(deps, shop, generation, facts);
      await finish(deps, sync.id, { productsCreated, productsUpdated, variantsCreated, variantsUpdated, objectsRead });
    } catch (failure) {
      await fail(deps, sync.id, `The page-by-page read stopped: ${failure instanceof Error ? failure.message : String(failure)}`);
      throw failure;
    }
  }
  return sync.id;
}

class BulkUnavailable extends Error {}

// Bulk results being read in this process: the finish webhook and the status poll may both
// report the same operation; only one of them reads it.
const reading = new Set<string>();

/** A bulk operation of ours ended (webhook or poll): read its result; finish the sync when all are in. */
export async function onBulkOperationFinished(deps: CatalogDeps, shop: string, bulkId: string): Promise<"processed" | "ignored"> {
  if (reading.has(bulkId)) return "ignored";
  reading.add(bulkId);
  try {
    return await readFinishedOperation(deps, shop, bulkId);
  } finally {
    reading.delete(bulkId);
  }
}

async function readFinishedOperation(deps: CatalogDeps, shop: string, bulkId: string): Promise<"processed" | "ignored"> {
  const sync = (await deps.db.catalogSync.findMany({ where: { shop, status: "running" } })).find((s) => parts(s.bulkOperations).some((p) => p.id === bulkId));
  if (!sync) return "ignored";
  const part = parts(sync.bulkOperations).find((p) => p.id === bulkId)!;
  if (part.done) return "ignored";

  const admin = await deps.admin(shop);
  const { node } = await admin.request(BulkOperationById.document, { id: bulkId });
  const op = node && "status" in node ? node : null;
  if (!op) throw new Error(`Bulk operation ${bulkId} not found`);
  if (op.status === "CREATED" || op.status === "RUNNING" || op.status === "CANCELING") return "ignored";

  if (op.status !== "COMPLETED") {
    await recordPart(deps, sync, bulkId, op.status, 0);
    await fail(deps, sync.id, bulkEndedInWords(op.status, op.errorCode));
    return "processed";
  }

  const currency = (await deps.db.shop.findUnique({ where: { domain: shop } }))?.currencyCode ?? "USD";
  const writer = new CatalogWriter(deps.sql, shop, sync.generation);
  let lines = 0;
  if (op.url) {
    const response = await deps.download(op.url);
    if (!response.ok || !response.body) throw new Error(`Bulk result download failed: HTTP ${response.status}`);
    const input = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    lines = (await ingestJsonl(input, part.kind, writer, currency)).lines;
  }
  const remaining = await recordPart(deps, sync, bulkId, op.status, lines, writer);
  if (remaining === 0) await finish(deps, sync.id);
  return "processed";
}

/**
 * Records a part of the read as done with what its writer counted, and returns how many parts
 * are left (null when it was recorded already). The webhook and the status poll may both read a
 * part, on two workers: its lines count once, and the parts finishing at once on several workers
 * are all recorded (a read-modify-write under the shop's catalog lock), so exactly one of them finishes the read.
 */
async function recordPart(deps: CatalogDeps, sync: { id: number; shop: string }, bulkId: string, status: string, lines: number, writer?: CatalogWriter): Promise<number | null> {
  return catalogTransaction(deps.sql, sync.shop, async (tx) => {
    const row = await tx.get<{ bulkOperations: string; repairs: string }>(`SELECT "bulkOperations", "repairs" FROM "CatalogSync" WHERE "id" = ?`, [sync.id]);
    if (!row) return null;
    const before = parts(row.bulkOperations);
    const again = before.some((p) => p.id === bulkId && p.done);
    const updated = before.map((p) => (p.id === bulkId ? { ...p, status, done: true } : p));
    // Each row written is counted by the writer that wrote it: a second reader's counts add what the first did not write.
    const c = writer?.counts ?? { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
    const repairs = [...new Set([...(JSON.parse(row.repairs) as string[]), ...(writer?.repaired ?? [])])].slice(0, 50);
    await tx.run(
      `UPDATE "CatalogSync" SET "bulkOperations" = ?, "objectsRead" = "objectsRead" + ?, "productsCreated" = "productsCreated" + ?,
         "productsUpdated" = "productsUpdated" + ?, "variantsCreated" = "variantsCreated" + ?, "variantsUpdated" = "variantsUpdated" + ?, "repairs" = ?
       WHERE "id" = ?`,
      [JSON.stringify(updated), again ? 0 : lines, c.productsCreated, c.productsUpdated, c.variantsCreated, c.variantsUpdated, JSON.stringify(repairs), sync.id],
    );
    return again ? null : updated.filter((p) => !p.done).length;
  });
}

async function finish(deps: CatalogDeps, syncId: number, extra?: Partial<Record<"productsCreated" | "productsUpdated" | "variantsCreated" | "variantsUpdated" | "objectsRead", number>>): Promise<void> {
  const sync = await deps.db.catalogSync.findUniqueOrThrow({ where: { id: syncId } });
  const removed = await removeUnseen(deps.sql, sync.shop, sync.generation);
  // The shop's markets are known now: every channel and market gets its feed URLs.
  await ensureFeedTokens(deps.db, sync.shop);
  // A read (or a reconciliation that repaired stock) tells the channels what changed.
  await markShopStockChanged(deps.db, sync.shop);
  await deps.db.catalogSync.update({
    where: { id: syncId },
    data: {
      ...extra,
      status: "completed",
      finishedAt: new Date(),
      productsDeleted: removed.products.length,
      variantsDeleted: removed.variants,
      repairs: JSON.stringify([...JSON.parse(sync.repairs), ...removed.products.map((id) => `deleted ${id}`)].slice(0, 50)),
    },
  });
}

/** Why a bulk read ended without results, as a merchant can read it. */
export function bulkEndedInWords(status: string, errorCode: string | null | undefined): string {
  if (status === "CANCELED") return "Shopify's export of the catalog was cancelled before it finished";
  if (status === "EXPIRED") return "Shopify's export of the catalog expired before the app could read it";
  if (errorCode === "ACCESS_DENIED") return "Shopify refused the export of the catalog: the app is missing a permission";
  if (errorCode === "TIMEOUT") return "Shopify's export of the catalog took too long and was stopped";
  return "Shopify could not finish the export of the catalog";
}

async function fail(deps: CatalogDeps, syncId: number, error: string): Promise<void> {
  await deps.db.catalogSync.update({ where: { id: syncId }, data: { status: "failed", finishedAt: new Date(), error } });
}

/** The fallback when a finish webhook never comes: ask Shopify about each unfinished part. */
export async function pollRunningReads(deps: CatalogDeps, olderThanMs = 10_000): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const syncs = await deps.db.catalogSync.findMany({ where: { status: "running", mode: "bulk", startedAt: { lt: cutoff } } });
  let finished = 0;
  for (const sync of syncs) {
    for (const part of parts(sync.bulkOperations).filter((p) => !p.done)) {
      if ((await onBulkOperationFinished(deps, sync.shop, part.id)) === "processed") finished++;
    }
  }
  return finished;
}
