import { createReadStream, rmSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { recordsFromLine, CatalogLineError } from "~/core/catalog/from-graphql";
import { CatalogWriter, removeUnseen } from "~/persistence/catalog-writer.server";
import { openSql } from "~/persistence/sql/index.server";
import { num } from "~/persistence/sql/port";
import { ingestJsonl } from "~/services/catalog/ingest-jsonl.server";
import { freshDatabase } from "../../tests/support/db";
import { peakRss } from "./rss";
import type { Dataset, IngestResult, MapResult, PassResult } from "./types";

// The measured passes. Each runs alone in a fresh process over the same files.

const lines = (file: string) => createInterface({ input: createReadStream(file), crlfDelay: Infinity });

/** Wall and CPU seconds since `start`. */
function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}

/** The bare limit: readline + JSON.parse, counting lines, nothing else. */
export async function baseline(data: Dataset): Promise<PassResult> {
  let count = 0;
  const stop = clock();
  for (const { file } of data.files) {
    for await (const text of lines(file)) {
      if (text.length === 0) continue;
      JSON.parse(text);
      count++;
    }
  }
  return { lines: count, ...stop(), peak: peakRss() };
}

/** A diagnostic phase: baseline + the app's line → records mapping, no database. */
export async function mapOnly(data: Dataset): Promise<MapResult> {
  let count = 0;
  let records = 0;
  const stop = clock();
  for (const { file, kind } of data.files) {
    for await (const text of lines(file)) {
      if (text.length === 0) continue;
      count++;
      try {
        records += recordsFromLine(JSON.parse(text) as Record<string, unknown>, kind, data.currency, count).length;
      } catch (error) {
        if (!(error instanceof CatalogLineError)) throw error;
      }
    }
  }
  return { lines: count, records, ...stop(), peak: peakRss() };
}

const TABLES = ["CatalogProduct", "CatalogVariant", "CatalogImage", "CatalogTranslation", "CatalogProductCollection", "CatalogInventoryLevel", "CatalogMarketPrice"];

/**
 * The real path of a full read into a fresh, migrated database (SQLite; PostgreSQL when
 * TEST_POSTGRES_URL is set, tests/support/db.ts): every part's file through
 * ingestJsonl with its own CatalogWriter (one per bulk operation, as full-read.server.ts does),
 * then removeUnseen. Timed from the first line to the end of removeUnseen.
 */
export async function ingest(data: Dataset): Promise<IngestResult> {
  const db = freshDatabase();
  const sql = openSql(db.url);
  const generation = 1;
  const perFile: IngestResult["perFile"] = [];
  let total = 0;
  let skipped = 0;
  const problems: string[] = [];
  const stop = clock();
  for (const { file, kind, key } of data.files) {
    const fileStarted = performance.now();
    const writer = new CatalogWriter(sql, data.shop, generation);
    const result = await ingestJsonl(createReadStream(file), kind, writer, data.currency);
    total += result.lines;
    skipped += result.skipped;
    problems.push(...result.problems.map((p) => `${key} ${p}`));
    perFile.push({ key, lines: result.lines, seconds: (performance.now() - fileStarted) / 1000 });
  }
  const removeStarted = performance.now();
  await removeUnseen(sql, data.shop, generation);
  const removeSeconds = (performance.now() - removeStarted) / 1000;
  const { seconds, cpuSeconds } = stop();

  const rows: Record<string, number> = {};
  for (const table of TABLES) rows[table] = num((await sql.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "${table}"`))?.n);
  // SQLite: the file; PostgreSQL (TEST_POSTGRES_URL set): the database.
  const dbBytes = db.file ? statSync(db.file).size : num((await sql.get<{ n: unknown }>(`SELECT pg_database_size(current_database()) AS "n"`))?.n);
  await sql.close();
  const peak = peakRss();
  return {
    lines: total,
    seconds,
    cpuSeconds,
    removeSeconds,
    skipped,
    problems: problems.slice(0, 20),
    perFile,
    rows,
    variants: rows.CatalogVariant,
    dbFile: db.file,
    dbDir: db.dir,
    dbBytes,
    peak,
  };
}

export function removeDatabase(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
