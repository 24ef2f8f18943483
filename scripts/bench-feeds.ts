/**
 * Benchmark of the feed serving path (catalog tables → serveFeed → streamed Response body).
 *
 *   npm run bench:feeds -- [--sizes 10000,100000] [--repeat 1] [--out results.json] [--market eu]
 *                          [--channels meta,google,...] [--seed 1] [--profile] [--keep]
 *
 * Per size (variants; 4 per product), each step in a fresh child process:
 *   - generate: the store emulator's bulk JSONL for a generated catalog (scripts/bench/generate.ts);
 *   - fill: that JSONL through the real ingest path into a fresh migrated SQLite DB
 *     (scripts/bench/passes.ts), then the Shop/ShopLocale/ShopMarket rows of the generated shop
 *     and ensureFeedTokens;
 *   - per channel (market --market, the channel's first format):
 *       serve: serveFeed(deps, token, request), the body read to the end counting bytes and items
 *              (the header, then chunks of ~64 KB of items, each made when it is read);
 *              time to first byte = from calling serveFeed to the first body chunk;
 *       baseline (its own child): the same feed's ready rows, collected untimed through
 *              mappedVariants, written from an in-memory array by serialize() alone.
 * Prints items/s, the serving/baseline ratio, TTFB and each child's own peak RSS (VmHWM), then the
 * targets (ratio ≥ 0.5 for every channel at 100k; TTFB ≤ 200 ms; serving RSS(100k) ≤ 1.3 × RSS(10k))
 * as PASS/MISS. --repeat N keeps the fastest of N runs (lowest TTFB, highest RSS); --profile writes
 * a CPU profile of each serving child and prints where its time goes.
 * Exit 0 on PASS or MISS (it is a report), 1 on errors, 2 on bad options.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChannelId } from "~/channels/channel-adapter";
import type { Dataset } from "./bench/types";
import { cleanUp, parseOptions, positiveInt, roleRunner, runBenchmark, UsageError, writeResult, writeResults } from "./bench/child";
import { feedReport, formatTable, targetChecks, type FeedReport } from "./bench-feeds/report";
import type { BaselinePass, FeedPass, FeedUnderTest, FilledDb } from "./bench-feeds/types";

const runRole = roleRunner("scripts/bench-feeds.ts");

const CHANNELS: readonly ChannelId[] = ["meta", "google", "tiktok", "pinterest", "snapchat"];

const OPTIONS = {
  sizes: { type: "string", default: "10000,100000" },
  repeat: { type: "string", default: "1" },
  out: { type: "string" },
  market: { type: "string", default: "eu" },
  channels: { type: "string", default: CHANNELS.join(",") },
  seed: { type: "string", default: "1" },
  profile: { type: "boolean", default: false },
  keep: { type: "boolean", default: false },
  // Internal: the role of a child process and its inputs.
  role: { type: "string" },
  size: { type: "string" },
  dir: { type: "string" },
  dataset: { type: "string" },
  db: { type: "string" },
  feed: { type: "string" },
  result: { type: "string" },
} as const;

const parse = () => parseOptions(OPTIONS);

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** A child process: one role, its result written to --result. Imports only what the role needs. */
async function child(role: string): Promise<void> {
  const result = values.result;
  if (!result) throw new UsageError("--result is required for a role");
  const seed = positiveInt(values.seed, "--seed");
  switch (role) {
    case "generate": {
      if (!values.size || !values.dir) throw new UsageError("generate needs --size and --dir");
      const { generate } = await import("./bench/generate");
      return writeResult(result, await generate(positiveInt(values.size, "--size"), seed, values.dir));
    }
    case "fill": {
      if (!values.dataset) throw new UsageError("fill needs --dataset");
      const { fill } = await import("./bench-feeds/roles");
      return writeResult(result, await fill(readJson<Dataset>(values.dataset), values.market, seed));
    }
    case "serve":
    case "baseline": {
      if (!values.db || !values.feed) throw new UsageError(`${role} needs --db and --feed`);
      const roles = await import("./bench-feeds/roles");
      const feed = JSON.parse(values.feed) as FeedUnderTest;
      return writeResult(result, await (role === "serve" ? roles.serve : roles.baseline)(values.db, feed));
    }
    default:
      throw new UsageError(`unknown role ${role}`);
  }
}

/** Runs a pass `times` times: the fastest run's figures, the least CPU, the lowest TTFB and the highest peak RSS of all. */
async function fastestOf<T extends FeedPass>(times: number, run: (i: number) => Promise<T>): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run(i));
  const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const hwm = results.map((r) => r.peak.hwmKb);
  return {
    ...best,
    cpuSeconds: Math.min(...results.map((r) => r.cpuSeconds)),
    firstByteMs: Math.min(...results.map((r) => r.firstByteMs)),
    firstItemMs: Math.min(...results.map((r) => r.firstItemMs)),
    peak: { maxRssKb: Math.max(...results.map((r) => r.peak.maxRssKb)), hwmKb: hwm.includes(null) ? null : Math.max(...(hwm as number[])) },
  };
}

async function main(): Promise<void> {
  const sizes = values.sizes.split(",").map((s) => positiveInt(s.trim(), "--sizes"));
  const repeat = positiveInt(values.repeat, "--repeat");
  const seed = positiveInt(values.seed, "--seed");
  const channels = values.channels.split(",").map((c) => c.trim());
  for (const c of channels) if (!CHANNELS.includes(c as ChannelId)) throw new UsageError(`--channels: unknown channel ${c}`);
  const work = mkdtempSync(join(tmpdir(), "bench-feeds-"));
  const dbDirs: string[] = [];
  const reports: FeedReport[] = [];
  const fills: Omit<FilledDb, "feeds" | "dbDir" | "dbFile">[] = [];
  const problems: string[] = [];
  const profiles: unknown[] = [];
  const log = (text: string) => process.stderr.write(`bench:feeds: ${text}\n`);
  try {
    for (const size of sizes) {
      const dir = join(work, `v${size}`);
      mkdirSync(dir, { recursive: true });
      log(`${size} variants: generating bulk JSONL in the store emulator…`);
      const datasetFile = join(dir, "dataset.json");
      await runRole<Dataset>("generate", ["--size", String(size), "--seed", String(seed), "--dir", join(dir, "jsonl")], datasetFile);
      log(`${size} variants: ingesting into a fresh DB, shop facts, feed tokens…`);
      const filled = await runRole<FilledDb>("fill", ["--dataset", datasetFile, "--market", values.market, "--seed", String(seed)], join(dir, "fill.json"));
      dbDirs.push(filled.dbDir);
      fills.push({ variants: filled.variants, shop: filled.shop, dbMB: filled.dbMB, ingestSeconds: filled.ingestSeconds, peak: filled.peak });
      if (filled.variants !== size) problems.push(`${size}: the DB holds ${filled.variants} variants, expected ${size}`);
      for (const feed of filled.feeds.filter((f) => channels.includes(f.channel))) {
        const args = ["--db", filled.dbFile, "--feed", JSON.stringify(feed)];
        const name = `${feed.channel}-${feed.market}-${feed.format}`;
        const profileDir = join(dir, `profile-${name}`);
        const flags = values.profile ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
        log(`${size} variants: ${name} serving…`);
        const served = await fastestOf(repeat, (i) => runRole<FeedPass>("serve", args, join(dir, `serve-${name}-${i}.json`), flags));
        log(`${size} variants: ${name} baseline…`);
        const base = await fastestOf(repeat, (i) => runRole<BaselinePass>("baseline", args, join(dir, `baseline-${name}-${i}.json`)));
        const report = feedReport(size, feed, served, base);
        reports.push(report);
        log(`  ${report.items} items, ${report.serve.itemsPerSec} items/s served, ${report.baseline.itemsPerSec} baseline, ratio ${report.ratio}, TTFB ${report.serve.firstByteMs} ms, RSS ${report.serve.peakRssMB} MB`);
        if (served.items !== base.items) problems.push(`${size} ${name}: served ${served.items} items, the baseline wrote ${base.items}`);
        if (values.profile) {
          const { summariseProfiles } = await import("./bench/profile");
          for (const p of summariseProfiles(profileDir)) {
            profiles.push({ variants: size, feed: name, ...p });
            log(`${size} variants: ${name} CPU profile ${p.file} (${p.totalMs} ms sampled, ${p.busyMs} ms busy)`);
            for (const f of p.files) log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
            log("  top functions (self time):");
            for (const f of p.functions) log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
          }
        }
      }
    }
    const checks = targetChecks(reports);
    process.stdout.write(`\n${formatTable(reports, checks)}\n`);
    process.stdout.write(
      `(market ${values.market}, each channel's first format; ratio = serving items/s ÷ baseline items/s for the same rows, wall time;\n` +
        " cpu ratio = the same per CPU second; TTFB = serveFeed call → first body chunk (the header); 1st item = → first chunk with an item;\n" +
        ` RSS = each child's own VmHWM; the baseline child holds all ready rows in memory${repeat > 1 ? `; best of ${repeat} runs` : ""})\n`,
    );
    writeResults(values.out, { seed, repeat, market: values.market, databases: fills, feeds: reports, targets: checks, profiles, problems });
    if (problems.length > 0) throw new Error(problems.join("\n"));
  } finally {
    cleanUp(values.keep, work, dbDirs);
  }
}

let values!: ReturnType<typeof parse>;
runBenchmark(
  "bench:feeds",
  () => (values = parse()),
  (v) => child(v.role!),
  () => main(),
);
