import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { CatalogLineError, recordsFromLine } from "~/core/catalog/from-graphql";
import type { CatalogQueryKind } from "~/core/catalog/records";
import type { CatalogWriter } from "~/persistence/catalog-writer.server";

// Streams bulk-operation JSONL into the catalog line by line: nothing but the current batch is
// held in memory, and children are written whether their parent came before, after or elsewhere.

export interface IngestResult {
  lines: number;
  skipped: number;
  problems: string[];
}

export async function ingestJsonl(
  input: Readable,
  kind: CatalogQueryKind,
  writer: CatalogWriter,
  currency: string,
  onProgress?: (lines: number) => void,
): Promise<IngestResult> {
  const result: IngestResult = { lines: 0, skipped: 0, problems: [] };
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    if (text.length === 0) continue;
    result.lines++;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new Error(`Bulk result line ${result.lines} is not valid JSON`);
    }
    try {
      const records = recordsFromLine(line, kind, currency, result.lines);
      for (const record of records) if (writer.queue(record)) await writer.flush();
      if (records.length === 0) result.skipped++;
    } catch (error) {
      if (!(error instanceof CatalogLineError)) throw error;
      result.skipped++;
      if (result.problems.length < 20) result.problems.push(`line ${result.lines}: ${error.message}`);
    }
    if (onProgress && result.lines % 5000 === 0) onProgress(result.lines);
  }
  await writer.flush();
  return result;
}
