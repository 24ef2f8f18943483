import type { CatalogQueryKind } from "~/core/catalog/records";

// What the roles of scripts/bench-catalog.ts hand each other (as JSON files).

/** One bulk operation's result file, as the app's full read would download it. */
export interface BulkFile {
  kind: CatalogQueryKind;
  key: string;
  file: string;
  bytes: number;
  /** The operation's objectCount (= JSONL lines). */
  objects: number;
}

/** The output of the generate role: one size's bulk JSONL and what the ingest needs to know. */
export interface Dataset {
  variants: number;
  products: number;
  shop: string;
  currency: string;
  locales: string[];
  countries: string[];
  files: BulkFile[];
  seconds: number;
  peak: PeakRss;
}

export interface PeakRss {
  /** process.resourceUsage().maxRSS: on Linux it keeps the high-water mark of the forking parent too. */
  maxRssKb: number;
  /** /proc/self/status VmHWM: this process's own (post-exec) high-water mark; null off Linux. */
  hwmKb: number | null;
}

export interface PassResult {
  lines: number;
  seconds: number;
  /** CPU time (user + system, all threads) of the pass: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peak: PeakRss;
}

export interface MapResult extends PassResult {
  records: number;
}

export interface IngestResult extends PassResult {
  skipped: number;
  problems: string[];
  /** Seconds of removeUnseen (included in `seconds`). */
  removeSeconds: number;
  perFile: { key: string; lines: number; seconds: number }[];
  rows: Record<string, number>;
  variants: number;
  dbFile: string;
  dbDir: string;
  dbBytes: number;
}
