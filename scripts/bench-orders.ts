/**
 * Benchmark of order intake and import (TikTok Shop pushes → inbox → orderCreate in Shopify).
 *
 *   npm run bench:orders -- [--seconds 60] [--rate 500] [--connections 20] [--warmup 5]
 *                           [--orders 300] [--products 60] [--bucket empty|full]
 *                           [--only intake|import] [--profile] [--out results.json] [--keep]
 *
 * Intake: autocannon (in a child process of its own) at a fixed overall rate for --seconds, every
 * request a distinct validly signed TikTok push, against three servers in turn, each after a
 * --warmup run at the same rate:
 *   - bare:    node:http reading the body and answering 200 (the HTTP limit of this machine);
 *   - minimal: node:http + TikTok's HMAC check + an INSERT into the app's InboxEvent table through
 *              the raw-SQL port the app's intake uses (the least a correct intake does);
 *   - app:     the BUILT app (remix-serve) of tests/support/order-stack.ts at /channels/tiktok/<id>.
 * The events name orders the TikTok fake does not know: the app's worker (same process) reads each
 * from the fake, finds nothing and holds it — light work that still runs beside the intake, as it
 * would in production. lost = 200 answers whose event id is not in InboxEvent afterwards.
 * Import: a fresh stack on the standard plan (restore 100 points/s); --orders orders put in the
 * TikTok fake and pushed; timed until all exist in the emulated Shopify, against the ceiling
 * restore rate ÷ points the emulator charged per order (every Admin call the import caused).
 * --bucket empty (default) drains the bucket at the first push, so the ceiling is the restore rate.
 * Prints the tables and the targets (intake p99 ≤ 50 ms with 0 lost at the asked rate; import
 * ≥ 90 % of the ceiling) as PASS/MISS; --profile writes a CPU profile of the app during intake.
 * Exit 0 on PASS or MISS (it is a report), 1 on errors, 2 on bad options.
 */
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanUp, parseOptions, positiveInt, roleRunner, runBenchmark, UsageError, writeResult, writeResults } from "./bench/child";
import type { BaselineKind } from "./bench/intake-baselines";
import type { LoadResult, LoadSpec } from "./bench/load";
import type { ImportResult } from "./bench/orders-import";
import { formatImport, formatIntake, formatTargets, formatWorkerShare, targetChecks, type IntakeRun, type WorkerShare } from "./bench/orders-report";
import { cpuDuring, findServerPid } from "./bench/proc";
import { announceListening, startRoleServer } from "./bench/role-server";
import { freshDatabase, testSql } from "../tests/support/db";
import { startOrderStack, TIKTOK, type OrderStack } from "../tests/support/order-stack";

const ENTRY = "scripts/bench-orders.ts";
const runRole = roleRunner(ENTRY);

const OPTIONS = {
  seconds: { type: "string", default: "60" },
  rate: { type: "string", default: "500" },
  connections: { type: "string", default: "20" },
  warmup: { type: "string", default: "5" },
  orders: { type: "string", default: "300" },
  products: { type: "string", default: "60" },
  bucket: { type: "string", default: "empty" },
  only: { type: "string" },
  profile: { type: "boolean", default: false },
  out: { type: "string" },
  keep: { type: "boolean", default: false },
  // Internal: the role of a child process and its inputs.
  role: { type: "string" },
  spec: { type: "string" },
  kind: { type: "string" },
  db: { type: "string" },
  result: { type: "string" },
} as const;

const parse = () => parseOptions(OPTIONS);

const SHOP = "bench-orders.myshopify.com";
const DRAIN_SECONDS = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A child process: the load generator, or a baseline server (runs until SIGTERM). */
async function child(role: string): Promise<void> {
  switch (role) {
    case "load": {
      if (!values.result || !values.spec) throw new UsageError("load needs --spec and --result");
      const { runLoad } = await import("./bench/load");
      return writeResult(values.result, await runLoad(JSON.parse(values.spec) as LoadSpec));
    }
    case "server": {
      const kind = values.kind as BaselineKind;
      if (kind !== "bare" && kind !== "minimal") throw new UsageError("server needs --kind bare|minimal");
      const { serveBaseline } = await import("./bench/intake-baselines");
      announceListening(await serveBaseline({ kind, appKey: TIKTOK.appKey, appSecret: TIKTOK.appSecret, shop: SHOP, databaseUrl: values.db }));
      await new Promise<void>((resolve) => process.once("SIGTERM", resolve));
      return process.exit(0);
    }
    default:
      throw new UsageError(`unknown role ${role}`);
  }
}

/** 200 answers whose event id is not in the database's InboxEvent table, and a SQLite file's journal mode. */
async function lostOf(databaseUrl: string, accepted: string[]): Promise<{ lost: number; journalMode: string | null }> {
  const sql = testSql(databaseUrl);
  try {
    const stored = new Set((await sql.rows(`SELECT "eventKey" FROM "InboxEvent" WHERE "source" = 'tiktok'`)).map(([key]) => String(key)));
    const journalMode = sql.dialect.name === "sqlite" ? String((await sql.get<{ journal_mode: unknown }>("PRAGMA journal_mode"))?.journal_mode) : null;
    return { lost: accepted.filter((id) => !stored.has(id)).length, journalMode };
  } finally {
    await sql.close();
  }
}

async function main(): Promise<void> {
  const seconds = positiveInt(values.seconds, "--seconds");
  const rate = positiveInt(values.rate, "--rate");
  const connections = positiveInt(values.connections, "--connections");
  const warmup = Number(values.warmup);
  if (!Number.isInteger(warmup) || warmup < 0) throw new UsageError(`--warmup: "${values.warmup}" is not a whole number of seconds`);
  const orders = positiveInt(values.orders, "--orders");
  const products = positiveInt(values.products, "--products");
  if (values.bucket !== "empty" && values.bucket !== "full") throw new UsageError("--bucket is empty or full");
  if (values.only && values.only !== "intake" && values.only !== "import") throw new UsageError("--only is intake or import");
  const work = mkdtempSync(join(tmpdir(), "bench-orders-"));
  const dbDirs: string[] = [];
  const log = (text: string) => process.stderr.write(`bench:orders: ${text}\n`);
  // Event and order ids unique to this run, whatever the databases hold.
  const run = String(Date.now() % 1e7).padStart(7, "0");
  let phase = 0;

  /** Warm-up, then the measured load, each in a fresh autocannon child; the server's CPU during the measured run. */
  async function load(name: string, url: string, pid: number | null, beforeMeasured?: () => Promise<void>): Promise<{ result: LoadResult; cpuSeconds: number | null }> {
    const spec = (secs: number): LoadSpec => ({ url, rate, seconds: secs, connections, appKey: TIKTOK.appKey, appSecret: TIKTOK.appSecret, shopId: TIKTOK.shopId, idPrefix: `${run}${++phase}` });
    if (warmup > 0) {
      log(`${name}: warm-up ${warmup} s at ${rate} req/s…`);
      await runRole<LoadResult>("load", ["--spec", JSON.stringify(spec(warmup))], join(work, `warmup-${name}.json`));
    }
    await beforeMeasured?.();
    log(`${name}: ${seconds} s at ${rate} req/s over ${connections} connections…`);
    const { value, cpuSeconds } = await cpuDuring(pid, () => runRole<LoadResult>("load", ["--spec", JSON.stringify(spec(seconds))], join(work, `load-${name}.json`)));
    log(`${name}: ${value.answered} answered, p50 ${value.latencyMs.p50} ms, p99 ${value.latencyMs.p99} ms, ${value.non2xx} non-2xx, ${value.errors} errors`);
    return { result: value, cpuSeconds };
  }

  const intakeRun = (server: IntakeRun["server"], result: LoadResult, lost: number | null, cpuSeconds: number | null): IntakeRun => {
    const { acceptedIds: _ids, ...rest } = result;
    return { server, load: rest, lost, cpuMsPerRequest: cpuSeconds === null || result.answered === 0 ? null : (cpuSeconds * 1000) / result.answered };
  };

  const stackOptions = (appEnv: Record<string, string> = {}) => {
    const db = freshDatabase();
    dbDirs.push(db.dir);
    return { databaseUrl: db.url, options: { databaseUrl: db.url, shop: SHOP, plan: "basic" as const, products, appEnv } };
  };

  const intake: IntakeRun[] = [];
  let worker: WorkerShare | undefined;
  let imported: ImportResult | undefined;
  const profiles: unknown[] = [];
  const problems: string[] = [];
  try {
    if (values.only !== "import") {
      for (const kind of ["bare", "minimal"] as const) {
        const db = kind === "minimal" ? freshDatabase() : null;
        if (db) dbDirs.push(db.dir);
        const server = await startRoleServer(ENTRY, "server", ["--kind", kind, ...(db ? ["--db", db.url] : [])]);
        try {
          const { result, cpuSeconds } = await load(kind, server.url, server.pid);
          intake.push(intakeRun(kind, result, db ? (await lostOf(db.url, result.acceptedIds)).lost : null, cpuSeconds));
        } finally {
          await server.stop();
        }
      }

      const profileDir = join(work, "profile-app");
      const env: Record<string, string> = values.profile ? { NODE_OPTIONS: `--import=${profilerPreload(profileDir)}` } : {};
      const { databaseUrl, options } = stackOptions(env);
      log("app: starting the order stack (emulator, built app, TikTok and Meta fakes)…");
      const stack = await startOrderStack(options);
      try {
        await stack.settled();
        const pid = findServerPid("@remix-run/serve", stack.app.port);
        const handled = () => stack.db.inboxEvent.count({ where: { source: "tiktok", status: { not: "pending" } } });
        let before = 0;
        const { result, cpuSeconds } = await load("app", stack.tiktokPushUrl, pid, async () => {
          before = await handled();
          if (values.profile && pid !== null) process.kill(pid, "SIGUSR2"); // start the profiler
        });
        if (values.profile && pid !== null) await profileWritten(pid, profileDir); // stop it: the load only
        const { lost, journalMode } = await lostOf(databaseUrl, result.acceptedIds);
        if (journalMode) log(`app: its SQLite file is in ${journalMode} journal mode`);
        intake.push(intakeRun("app", result, lost, cpuSeconds));
        // The worker shares the app's process: charge it its own CPU per event, measured while it
        // works through the backlog with no requests coming in, to split the app's CPU in two.
        const during = await handled();
        const stored = await stack.db.inboxEvent.count({ where: { source: "tiktok" } });
        log(`app: the worker had handled ${during - before} events during the load (${during} of ${stored} stored in all); measuring it alone for ${DRAIN_SECONDS} s…`);
        const drain = await cpuDuring(pid, () => sleep(DRAIN_SECONDS * 1000).then(handled));
        worker = { eventsDuringLoad: during - before, stored, drainedEvents: drain.value - during, drainSeconds: DRAIN_SECONDS, cpuMsPerEvent: drain.cpuSeconds === null || drain.value === during ? null : (drain.cpuSeconds * 1000) / (drain.value - during) };
        if (lost > 0) problems.push(`intake lost ${lost} events answered 200`);
      } finally {
        await stack.stop();
      }
      if (values.profile) {
        const { logProfile, summariseProfiles } = await import("./bench/profile");
        for (const p of summariseProfiles(profileDir, 25)) {
          profiles.push({ phase: "intake", ...p });
          logProfile(log, "app (intake)", p);
        }
      }
    }

    if (values.only !== "intake") {
      const { options } = stackOptions();
      log(`import: starting a fresh order stack (${products} products, standard plan)…`);
      const stack: OrderStack = await startOrderStack(options);
      try {
        const { runImport } = await import("./bench/orders-import");
        imported = await runImport(stack, { orders, startLevel: values.bucket as "empty" | "full", idPrefix: run, log });
        problems.push(...imported.problems);
      } finally {
        await stack.stop();
      }
    }

    const checks = targetChecks(intake.find((r) => r.server === "app"), imported);
    const out: string[] = [""];
    if (intake.length) {
      out.push(formatIntake(intake));
      out.push(
        `(each row: ${seconds} s at ${rate} req/s over ${connections} connections after a ${warmup} s warm-up; distinct signed pushes;`,
        " autocannon spends each connection's budget of rate/connections requests at the start of every second, so requests come in",
        " bursts of up to `connections` at once; lost = 200s whose event is not in InboxEvent; CPU = the server process's own)",
      );
      const app = intake.find((r) => r.server === "app");
      if (app && worker) out.push(formatWorkerShare(app, worker));
      out.push("");
    }
    if (imported) {
      out.push(formatImport(imported));
      out.push(
        `(ceiling = restore rate ÷ points charged per order, all Admin calls of the shop from the first push until settled;`,
        ` bucket ${values.bucket === "empty" ? "drained to 0" : `at ${imported.plan.startLevel}`} at the first push; share = ceiling seconds ÷ measured seconds)`,
        "",
      );
    }
    out.push(formatTargets(checks));
    process.stdout.write(`${out.join("\n")}\n`);
    writeResults(values.out, { options: { seconds, rate, connections, warmup, orders, products, bucket: values.bucket }, intake, worker: worker ?? null, import: imported ?? null, targets: checks, profiles, problems });
    if (problems.length > 0) throw new Error(problems.join("\n"));
  } finally {
    cleanUp(values.keep, work, dbDirs);
  }
}

// With --profile the app process preloads this (--cpu-prof is not allowed in NODE_OPTIONS): the
// first SIGUSR2 starts the V8 sampling profiler, the second writes app-intake.cpuprofile, so the
// profile covers the measured load only.
const PROFILE_FILE = "app-intake.cpuprofile";
const profilerPreload = (dir: string) =>
  `data:text/javascript,${encodeURIComponent(`
import inspector from "node:inspector";
import { mkdirSync, writeFileSync } from "node:fs";
const session = new inspector.Session();
session.connect();
let state = "idle";
process.on("SIGUSR2", () => {
  if (state === "idle") {
    state = "running";
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 1000 }, () => session.post("Profiler.start")));
  } else if (state === "running") {
    state = "done";
    session.post("Profiler.stop", (error, result) => {
      mkdirSync(${JSON.stringify(dir)}, { recursive: true });
      writeFileSync(${JSON.stringify(dir)} + "/${PROFILE_FILE}", error ? "{}" : JSON.stringify(result.profile));
    });
  }
});
`)}`;

/** Asks the app's profiler to stop and waits until it has written the profile. */
async function profileWritten(pid: number, dir: string): Promise<void> {
  process.kill(pid, "SIGUSR2");
  const file = join(dir, PROFILE_FILE);
  for (let waited = 0; !existsSync(file) || statSync(file).size === 0; waited += 100) {
    if (waited > 30_000) throw new Error(`the app wrote no CPU profile to ${file}`);
    await sleep(100);
  }
  await sleep(200); // the write is synchronous, but make sure it is complete
}

let values!: ReturnType<typeof parse>;
runBenchmark(
  "bench:orders",
  () => (values = parse()),
  (v) => child(v.role!),
  () => main(),
);
