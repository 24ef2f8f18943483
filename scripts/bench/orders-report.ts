import type { LoadResult } from "./load";
import type { ImportResult } from "./orders-import";
import { int, textTable, verdict } from "./table";

// bench:orders' figures: the intake runs (two baselines and the app under the same load), the
// import against the cost bucket's ceiling, the targets, and the printed tables.

export interface IntakeRun {
  server: "bare" | "minimal" | "app";
  load: Omit<LoadResult, "acceptedIds">;
  /** 200 answers whose event is not in the inbox afterwards (null: the server stores nothing). */
  lost: number | null;
  /** The server process's CPU seconds during the measured load, per 1,000 answers. */
  cpuMsPerRequest: number | null;
}

/** The app's in-process worker, measured alone after the load (it holds each unknown order). */
export interface WorkerShare {
  eventsDuringLoad: number;
  stored: number;
  drainedEvents: number;
  drainSeconds: number;
  cpuMsPerEvent: number | null;
}

export interface TargetCheck {
  name: string;
  pass: boolean | null;
  note: string;
}

export const P99_TARGET_MS = 50;
export const SHARE_TARGET = 0.9;
/** The load must actually arrive at the asked rate for the latency to mean anything. */
export const RATE_HELD = 0.95;

export function targetChecks(app: IntakeRun | undefined, imported: ImportResult | undefined): TargetCheck[] {
  const l = app?.load;
  return [
    { name: `intake p99 ≤ ${P99_TARGET_MS} ms at ${l?.rate ?? 500} req/s`, pass: l ? l.latencyMs.p99 <= P99_TARGET_MS : null, note: l ? `${l.latencyMs.p99} ms` : "intake not run" },
    { name: "intake lost = 0", pass: app && app.lost !== null ? app.lost === 0 : null, note: app ? `${app.lost} of ${int(l!.statuses["200"] ?? 0)} answered 200` : "intake not run" },
    { name: `intake rate held (≥ ${RATE_HELD * 100} % of asked)`, pass: l ? l.achievedRate >= RATE_HELD * l.rate : null, note: l ? `${l.achievedRate.toFixed(0)} of ${l.rate} req/s` : "intake not run" },
    {
      name: `import ≥ ${SHARE_TARGET * 100} % of the cost bucket's ceiling`,
      pass: imported ? imported.shareOfCeiling >= SHARE_TARGET : null,
      note: imported ? `${(imported.shareOfCeiling * 100).toFixed(1)} % (${imported.ordersPerSec.toFixed(2)} of ${imported.ceilingOrdersPerSec.toFixed(2)} orders/s)` : "import not run",
    },
  ];
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export function formatIntake(runs: IntakeRun[]): string {
  const minimal = runs.find((r) => r.server === "minimal");
  const header = ["server", "sent", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "non-2xx", "errors", "lost", "CPU ms/req", "p99 ÷ minimal", "CPU ÷ minimal"];
  const rows = runs.map((r) => [
    r.server,
    int(r.load.sent),
    r.load.achievedRate.toFixed(0),
    ms(r.load.latencyMs.p50),
    ms(r.load.latencyMs.p90),
    ms(r.load.latencyMs.p99),
    ms(r.load.latencyMs.max),
    int(r.load.non2xx),
    int(r.load.errors),
    r.lost === null ? "-" : int(r.lost),
    r.cpuMsPerRequest === null ? "-" : r.cpuMsPerRequest.toFixed(3),
    minimal ? (r.load.latencyMs.p99 / minimal.load.latencyMs.p99).toFixed(2) : "-",
    minimal?.cpuMsPerRequest && r.cpuMsPerRequest !== null ? (r.cpuMsPerRequest / minimal.cpuMsPerRequest).toFixed(2) : "-",
  ]);
  return textTable(header, rows);
}

export function formatImport(r: ImportResult): string {
  const main = textTable(
    ["orders", "seconds", "orders/s", "steady orders/s", "points", "points/order", "restore/s", "ceiling orders/s", "share", "throttled"],
    [[int(r.orders), r.seconds.toFixed(1), r.ordersPerSec.toFixed(2), r.steadyOrdersPerSec?.toFixed(2) ?? "-", int(r.points), r.pointsPerOrder.toFixed(1), int(r.plan.restoreRate), r.ceilingOrdersPerSec.toFixed(2), `${(r.shareOfCeiling * 100).toFixed(1)} %`, int(r.throttled)]],
  );
  const calls = textTable(
    ["Admin call", "calls", "points", "points/order", "throttled"],
    r.calls.map((c) => [c.operation, int(c.calls), int(c.points), (c.points / r.orders).toFixed(2), int(c.throttled)]),
  );
  return `${main}\n\n${calls}`;
}

/** The app's CPU per request split into the worker's share (events it handled during the load) and the intake's. */
export function formatWorkerShare(app: IntakeRun, w: WorkerShare): string {
  const head = `app worker: ${int(w.eventsDuringLoad)} of ${int(w.stored)} stored events handled during the load; alone it handled ${int(w.drainedEvents)} in ${w.drainSeconds} s`;
  if (w.cpuMsPerEvent === null || app.cpuMsPerRequest === null || app.load.answered === 0) return head;
  const workerMs = (w.cpuMsPerEvent * w.eventsDuringLoad) / app.load.answered;
  return `${head} at ${w.cpuMsPerEvent.toFixed(2)} CPU ms/event;\n so of the app's ${app.cpuMsPerRequest.toFixed(2)} CPU ms/request about ${workerMs.toFixed(2)} was the worker and ${(app.cpuMsPerRequest - workerMs).toFixed(2)} the intake`;
}

export const formatTargets = (checks: TargetCheck[]) => checks.map((c) => `${verdict(c.pass)}  ${c.name}: ${c.note}`).join("\n");
