/**
 * Benchmark of the catalog full-read ingest (bulk JSONL → SQLite through the app's own code;
 * → PostgreSQL when TEST_POSTGRES_URL names a server, as for the tests).
 *
 *   npm run bench:catalog -- [--sizes 10000,100000] [--out results.json] [--keep] [--seed 1]
 *                            [--repeat 1] [--profile]
 *
 * Per size (variants; 4 per product): a child process starts the store emulator with a generated
 * catalog and runs the app's bulk queries (buildCatalogBulkQueries) through its Admin GraphQL,
 * downloading each result file. Then, each in a fresh child process over the same files:
 *   - baseline: readline + JSON.parse, counting lines (the bare limit);
 *   - parse+map: baseline + recordsFromLine, no database (diagnostic);
 *   - ingest: ingestJsonl + CatalogWriter into a fresh migrated DB, then removeUnseen.
 * Prints lines/s, variants/s, the ingest/baseline ratio and each child's peak RSS, then the
 * targets (ratio ≥ 0.25 at 100k; ingest RSS(100k) ≤ 1.3 × RSS(10k)) as PASS/MISS.
 * --repeat N keeps the fastest of N runs per pass (and the highest RSS); --profile writes a CPU
 * profile of each ingest child and prints where its time goes.
 * Exit 0 on PASS or MISS (it is a report), 1 on errors, 2 on bad options.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanUp, parseOptions, positiveInt, roleRunner, runBenchmark, UsageError, writeResult, writeResults } from "./bench/child";
import { formatTable, sizeReport, targetChecks, type SizeReport } from "./bench/report";
import type { Dataset, IngestResult, MapResult, PassResult } from "./bench/types";

const runRole = roleRunner("scripts/bench-catalog.ts");

const OPTIONS = {
    sizes: { type: "string", default: "10000,100000" },
    out: { type: "string" },
    keep: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    repeat: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    // Internal: the role of a child process and its inputs.
    role: { type: "string" },
    size: { type: "string" },
    dir: { type: "string" },
    dataset: { type: "string" },
    result: { type: "string" },
} as const;

const parse = () => parseOptions(OPTIONS);

const readDataset = (file: string): Dataset => JSON.parse(readFileSync(file, "utf8")) as Dataset;

/** A child process: one role, its result written to --result. Imports only what the role needs. */
async function child(role: string): Promise<void> {
  if (!values.result) throw new UsageError("--result is required for a role");
  switch (role) {
    case "generate": {
      const { generate } = await import("./bench/generate");
      if (!values.size || !values.dir) throw new UsageError("generate needs --size and --dir");
      return writeResult(values.result, await generate(positiveInt(values.size, "--size"), positiveInt(values.seed, "--seed"), values.dir));
    }
    case "baseline":
    case "map":
    case "ingest": {
      if (!values.dataset) throw new UsageError(`${role} needs --dataset`);
      const data = readDataset(values.dataset);
      const passes = await import("./bench/passes");
      const run = role === "baseline" ? passes.baseline : role === "map" ? passes.mapOnly : passes.ingest;
      return writeResult(values.result, await run(data));
    }
    default:
      throw new UsageError(`unknown role ${role}`);
  }
}

/** Runs a pass `times` times: the fastest run's figures, the least CPU and the highest peak RSS of all. */
async function fastestOf<T extends PassResult>(times: number, run: (i: number) => Promise<T>, discard?: (r: T) => void): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run(i));
  const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  if (discard) for (const r of results) if (r !== best) discard(r);
  const hwm = results.map((r) => r.peak.hwmKb);
  return {
    ...best,
    cpuSeconds: Math.min(...results.map((r) => r.cpuSeconds)),
    peak: { maxRssKb: Math.max(...results.map((r) => r.peak.maxRssKb)), hwmKb: hwm.includes(null) ? null : Math.max(...(hwm as number[])) },
  };
}

async function main(): Promise<void> {
  const sizes = values.sizes.split(",").map((s) => positiveInt(s.trim(), "--sizes"));
  const repeat = positiveInt(values.repeat, "--repeat");
  const seed = positiveInt(values.seed, "--seed");
  const work = mkdtempSync(join(tmpdir(), "bench-catalog-"));
  const dbDirs: string[] = [];
  const reports: SizeReport[] = [];
  const problems: string[] = [];
  const profiles: unknown[] = [];
  const log = (text: string) => process.stderr.write(`bench:catalog: ${text}\n`);
  try {
    for (const size of sizes) {
      const dir = join(work, `v${size}`);
      mkdirSync(dir, { recursive: true });
      const datasetFile = join(dir, "dataset.json");
      log(`${size} variants: generating bulk JSONL in the store emulator…`);
      const data = await runRole<Dataset>("generate", ["--size", String(size), "--seed", String(seed), "--dir", join(dir, "jsonl")], datasetFile);
      const args = ["--dataset", datasetFile];
      log(`${size} variants: ${data.files.map((f) => `${f.key} ${f.objects} lines`).join(", ")} (${data.seconds.toFixed(1)} s); baseline…`);
      const base = await fastestOf(repeat, (i) => runRole<PassResult>("baseline", args, join(dir, `baseline-${i}.json`)));
      log(`${size} variants: parse+map…`);
      const mapped = await fastestOf(repeat, (i) => runRole<MapResult>("map", args, join(dir, `map-${i}.json`)));
      log(`${size} variants: ingest…`);
      const profileDir = join(dir, "profile");
      const flags = values.profile ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
      const dropDb = (r: IngestResult) => (values.keep ? undefined : rmSync(r.dbDir, { recursive: true, force: true }));
      const ing = await fastestOf(repeat, (i) => runRole<IngestResult>("ingest", args, join(dir, `ingest-${i}.json`), flags), dropDb);
      dbDirs.push(ing.dbDir);

      const report = sizeReport(data, base, mapped, ing);
      reports.push(report);
      if (ing.variants !== size) problems.push(`${size}: the ingest wrote ${ing.variants} variants, expected ${size}`);
      if (ing.lines !== base.lines) problems.push(`${size}: the ingest read ${ing.lines} lines, the baseline ${base.lines}`);
      if (ing.problems.length > 0) problems.push(`${size}: ${ing.skipped} lines skipped with problems, e.g. ${ing.problems[0]}`);
      if (values.profile) {
        const { summariseProfiles } = await import("./bench/profile");
        for (const p of summariseProfiles(profileDir)) {
          profiles.push({ variants: size, ...p });
          log(`${size} variants: CPU profile ${p.file} (${p.totalMs} ms sampled)`);
          for (const f of p.files) log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
          log("  top functions (self time):");
          for (const f of p.functions) log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
        }
      }
    }
    const checks = targetChecks(reports);
    process.stdout.write(`\n${formatTable(reports, checks)}\n`);
    process.stdout.write(
      "(ratio = ingest lines/s ÷ baseline lines/s over the same files, wall time; cpu ratio = the same per CPU second;\n" +
        ` peak RSS = each child's own VmHWM${repeat > 1 ? `; best of ${repeat} runs` : ""})\n`,
    );
    writeResults(values.out, { seed, repeat, sizes: reports, targets: checks, profiles, problems });
    if (problems.length > 0) throw new Error(problems.join("\n"));
  } finally {
    cleanUp(values.keep, work, dbDirs);
  }
}

let values!: ReturnType<typeof parse>;
runBenchmark(
  "bench:catalog",
  () => (values = parse()),
  (v) => child(v.role!),
  () => main(),
);
