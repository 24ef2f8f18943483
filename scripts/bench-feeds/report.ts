import { ownPeakKb } from "../bench/rss";
import type { BaselinePass, FeedPass, FeedUnderTest } from "./types";

// Figures per size and channel, the three target checks, and the printed table.

export const RATIO_TARGET = 0.5;
export const FIRST_BYTE_TARGET_MS = 200;
export const RSS_GROWTH_TARGET = 1.3;

export interface FeedReport {
  variants: number;
  channel: string;
  market: string;
  format: string;
  items: number;
  bytesMB: number;
  serve: { seconds: number; cpuSeconds: number; itemsPerSec: number; firstByteMs: number; firstItemMs: number; peakRssMB: number };
  baseline: { seconds: number; cpuSeconds: number; itemsPerSec: number; collectSeconds: number; peakRssMB: number };
  /** Serving items/s ÷ baseline items/s (wall time: the target). */
  ratio: number;
  /** The same per CPU second. */
  cpuRatio: number;
}

export interface TargetCheck {
  name: string;
  pass: boolean | null;
  note: string;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const mb = (p: FeedPass) => round(ownPeakKb(p.peak) / 1024, 1);

export function feedReport(variants: number, feed: FeedUnderTest, serve: FeedPass, base: BaselinePass): FeedReport {
  const serveRate = serve.items / serve.seconds;
  const baseRate = base.items / base.seconds;
  return {
    variants,
    channel: feed.channel,
    market: feed.market,
    format: feed.format,
    items: serve.items,
    bytesMB: round(serve.bytes / 1024 / 1024, 1),
    serve: { seconds: round(serve.seconds), cpuSeconds: round(serve.cpuSeconds), itemsPerSec: Math.round(serveRate), firstByteMs: round(serve.firstByteMs, 1), firstItemMs: round(serve.firstItemMs, 1), peakRssMB: mb(serve) },
    baseline: { seconds: round(base.seconds), cpuSeconds: round(base.cpuSeconds), itemsPerSec: Math.round(baseRate), collectSeconds: round(base.collectSeconds), peakRssMB: mb(base) },
    ratio: round(serveRate / baseRate),
    cpuRatio: round(serve.items / serve.cpuSeconds / (base.items / base.cpuSeconds)),
  };
}

export function targetChecks(feeds: FeedReport[]): TargetCheck[] {
  const large = feeds.filter((f) => f.variants === 100_000);
  const small = feeds.filter((f) => f.variants === 10_000);
  const slow = large.filter((f) => f.ratio < RATIO_TARGET);
  const worstTtfb = feeds.reduce<FeedReport | null>((a, b) => (!a || b.serve.firstByteMs > a.serve.firstByteMs ? b : a), null);
  const growth = large
    .map((l) => ({ l, s: small.find((s) => s.channel === l.channel) }))
    .filter((x): x is { l: FeedReport; s: FeedReport } => Boolean(x.s))
    .map(({ l, s }) => ({ channel: l.channel, factor: l.serve.peakRssMB / s.serve.peakRssMB, l: l.serve.peakRssMB, s: s.serve.peakRssMB }));
  const worstGrowth = growth.reduce<(typeof growth)[number] | null>((a, b) => (!a || b.factor > a.factor ? b : a), null);
  return [
    {
      name: `serving/baseline ratio ≥ ${RATIO_TARGET} for every channel at 100k`,
      pass: large.length ? slow.length === 0 : null,
      note: large.length
        ? `lowest ${Math.min(...large.map((f) => f.ratio)).toFixed(3)}${slow.length ? ` (below: ${slow.map((f) => `${f.channel} ${f.ratio.toFixed(3)}`).join(", ")})` : ""}`
        : "needs size 100000",
    },
    {
      name: `time to first byte ≤ ${FIRST_BYTE_TARGET_MS} ms`,
      pass: worstTtfb ? worstTtfb.serve.firstByteMs <= FIRST_BYTE_TARGET_MS : null,
      note: worstTtfb
        ? `worst ${worstTtfb.serve.firstByteMs.toFixed(1)} ms (${worstTtfb.channel} at ${worstTtfb.variants}); first item at most ${Math.max(...feeds.map((f) => f.serve.firstItemMs)).toFixed(1)} ms`
        : "no feeds",
    },
    {
      name: `serving RSS(100k) ≤ ${RSS_GROWTH_TARGET} × RSS(10k)`,
      pass: worstGrowth ? growth.every((g) => g.factor <= RSS_GROWTH_TARGET) : null,
      note: worstGrowth ? `worst ${worstGrowth.channel}: ${worstGrowth.l.toFixed(0)} MB / ${worstGrowth.s.toFixed(0)} MB = ${worstGrowth.factor.toFixed(2)}×` : "needs sizes 10000 and 100000",
    },
  ];
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");

export function formatTable(feeds: FeedReport[], checks: TargetCheck[]): string {
  const header = ["variants", "channel", "fmt", "items", "MB", "serve items/s", "serve s", "base items/s", "base s", "ratio", "cpu ratio", "TTFB ms", "1st item ms", "RSS serve MB", "RSS base MB"];
  const rows = feeds.map((f) => [
    int(f.variants),
    f.channel,
    f.format,
    int(f.items),
    f.bytesMB.toFixed(1),
    int(f.serve.itemsPerSec),
    f.serve.seconds.toFixed(2),
    int(f.baseline.itemsPerSec),
    f.baseline.seconds.toFixed(2),
    f.ratio.toFixed(3),
    f.cpuRatio.toFixed(3),
    f.serve.firstByteMs.toFixed(1),
    f.serve.firstItemMs.toFixed(1),
    f.serve.peakRssMB.toFixed(0),
    f.baseline.peakRssMB.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("  ")];
  let last = feeds[0]?.variants;
  for (const [i, r] of rows.entries()) {
    if (feeds[i].variants !== last) out.push("");
    last = feeds[i].variants;
    out.push(line(r));
  }
  out.push("");
  for (const c of checks) out.push(`${c.pass === null ? "SKIP" : c.pass ? "PASS" : "MISS"}  ${c.name}: ${c.note}`);
  return out.join("\n");
}
