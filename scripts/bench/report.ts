import { ownPeakKb } from "./rss";
import type { Dataset, IngestResult, MapResult, PassResult } from "./types";

// Figures per size, the target checks, and the printed table.

export interface SizeReport {
  variants: number;
  products: number;
  files: { key: string; kind: string; bytes: number; lines: number }[];
  jsonlLines: number;
  jsonlMB: number;
  generateSeconds: number;
  /** Peak RSS of the emulator child that generated and exported the JSONL (not part of the targets). */
  generatePeakRssMB: number;
  baseline: { lines: number; seconds: number; cpuSeconds: number; linesPerSec: number; peakRssMB: number; maxRssMB: number };
  parseAndMap: { lines: number; records: number; seconds: number; cpuSeconds: number; linesPerSec: number; peakRssMB: number } | null;
  ingest: {
    lines: number;
    seconds: number;
    cpuSeconds: number;
    linesPerSec: number;
    variants: number;
    variantsPerSec: number;
    peakRssMB: number;
    maxRssMB: number;
    removeUnseenSeconds: number;
    perFile: IngestResult["perFile"];
    rows: Record<string, number>;
    skipped: number;
    problems: string[];
    dbMB: number;
  };
  /** Ingest lines/s ÷ baseline lines/s over the same files (wall time: the target). */
  ratio: number;
  /** The same per CPU second: less sensitive to other load on the machine. */
  cpuRatio: number;
}

export interface TargetCheck {
  name: string;
  value: number | null;
  limit: number;
  pass: boolean | null;
  note: string;
}

const mb = (kb: number) => kb / 1024;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export function sizeReport(data: Dataset, base: PassResult, mapped: MapResult | null, ing: IngestResult): SizeReport {
  const bytes = data.files.reduce((s, f) => s + f.bytes, 0);
  const baseRate = base.lines / base.seconds;
  const ingestRate = ing.lines / ing.seconds;
  return {
    variants: data.variants,
    products: data.products,
    files: data.files.map((f) => ({ key: f.key, kind: f.kind, bytes: f.bytes, lines: f.objects })),
    jsonlLines: base.lines,
    jsonlMB: round(bytes / 1024 / 1024, 1),
    generateSeconds: round(data.seconds, 2),
    generatePeakRssMB: round(mb(ownPeakKb(data.peak)), 1),
    baseline: { lines: base.lines, seconds: round(base.seconds), cpuSeconds: round(base.cpuSeconds), linesPerSec: Math.round(baseRate), peakRssMB: round(mb(ownPeakKb(base.peak)), 1), maxRssMB: round(mb(base.peak.maxRssKb), 1) },
    parseAndMap: mapped && {
      lines: mapped.lines,
      records: mapped.records,
      seconds: round(mapped.seconds),
      cpuSeconds: round(mapped.cpuSeconds),
      linesPerSec: Math.round(mapped.lines / mapped.seconds),
      peakRssMB: round(mb(ownPeakKb(mapped.peak)), 1),
    },
    ingest: {
      lines: ing.lines,
      seconds: round(ing.seconds),
      cpuSeconds: round(ing.cpuSeconds),
      linesPerSec: Math.round(ingestRate),
      variants: ing.variants,
      variantsPerSec: Math.round(ing.variants / ing.seconds),
      peakRssMB: round(mb(ownPeakKb(ing.peak)), 1),
      maxRssMB: round(mb(ing.peak.maxRssKb), 1),
      removeUnseenSeconds: round(ing.removeSeconds),
      perFile: ing.perFile.map((f) => ({ ...f, seconds: round(f.seconds) })),
      rows: ing.rows,
      skipped: ing.skipped,
      problems: ing.problems,
      dbMB: round(ing.dbBytes / 1024 / 1024, 1),
    },
    ratio: round(ingestRate / baseRate),
    cpuRatio: round(ing.lines / ing.cpuSeconds / (base.lines / base.cpuSeconds)),
  };
}

export const RATIO_TARGET = 0.25;
export const RSS_GROWTH_TARGET = 1.3;

export function targetChecks(sizes: SizeReport[]): TargetCheck[] {
  const at = (n: number) => sizes.find((s) => s.variants === n);
  const large = at(100_000);
  const small = at(10_000);
  const growth = large && small ? large.ingest.peakRssMB / small.ingest.peakRssMB : null;
  return [
    {
      name: `ingest/baseline ratio at 100k ≥ ${RATIO_TARGET}`,
      value: large ? large.ratio : null,
      limit: RATIO_TARGET,
      pass: large ? large.ratio >= RATIO_TARGET : null,
      note: large ? `${large.ratio.toFixed(3)}` : "needs size 100000",
    },
    {
      name: `ingest RSS(100k) ≤ ${RSS_GROWTH_TARGET} × RSS(10k)`,
      value: growth === null ? null : round(growth),
      limit: RSS_GROWTH_TARGET,
      pass: growth === null ? null : growth <= RSS_GROWTH_TARGET,
      note: large && small && growth !== null ? `${large.ingest.peakRssMB.toFixed(0)} MB / ${small.ingest.peakRssMB.toFixed(0)} MB = ${growth.toFixed(2)}×` : "needs sizes 10000 and 100000",
    },
  ];
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");

export function formatTable(sizes: SizeReport[], checks: TargetCheck[]): string {
  const header = ["variants", "lines", "MB", "base l/s", "base s", "map l/s", "ingest l/s", "ingest s", "variants/s", "ratio", "cpu ratio", "RSS base MB", "RSS ingest MB"];
  const rows = sizes.map((s) => [
    int(s.variants),
    int(s.jsonlLines),
    s.jsonlMB.toFixed(1),
    int(s.baseline.linesPerSec),
    s.baseline.seconds.toFixed(2),
    s.parseAndMap ? int(s.parseAndMap.linesPerSec) : "-",
    int(s.ingest.linesPerSec),
    s.ingest.seconds.toFixed(2),
    int(s.ingest.variantsPerSec),
    s.ratio.toFixed(3),
    s.cpuRatio.toFixed(3),
    s.baseline.peakRssMB.toFixed(0),
    s.ingest.peakRssMB.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), ""];
  for (const c of checks) out.push(`${c.pass === null ? "SKIP" : c.pass ? "PASS" : "MISS"}  ${c.name}: ${c.note}`);
  return out.join("\n");
}
