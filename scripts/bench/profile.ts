import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./child";

// Reads the .cpuprofile that `--cpu-prof` wrote and sums self time per function and per file.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Sampled time outside (idle) and (program). */
  busyMs: number;
  functions: { name: string; ms: number; share: number }[];
  files: { name: string; ms: number; share: number }[];
}

const where = (url: string) => {
  if (!url) return "(native/vm)";
  const path = url.replace(/^file:\/\//, "");
  return path.startsWith("/") ? relative(ROOT, path) : path;
};

/** The busiest profile of the directory (tsx's loader thread writes an idle one too). */
export function summariseProfiles(dir: string, top = 15): ProfileSummary[] {
  const all = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => summarise(join(dir, f), top));
  const busiest = all.reduce<ProfileSummary | null>((a, b) => (!a || b.busyMs > a.busyMs ? b : a), null);
  return busiest ? [busiest] : [];
}

function summarise(file: string, top: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    if (frame.functionName === "(idle)" || frame.functionName === "(program)") idle += us;
    const place = where(frame.url);
    const name = `${frame.functionName || "(anonymous)"} ${place}${frame.url && frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : ""}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
    files.set(place, (files.get(place) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: total > 0 ? us / total : 0 }));
  return { file, totalMs: Math.round(total / 1000), busyMs: Math.round((total - idle) / 1000), functions: rank(fns), files: rank(files) };
}

/** Prints a profile summary: its files, then its busiest functions by self time. */
export function logProfile(log: (text: string) => void, label: string, p: ProfileSummary): void {
  log(`${label} CPU profile ${p.file} (${p.totalMs} ms sampled, ${p.busyMs} ms busy)`);
  for (const f of p.files) log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  log("  top functions (self time):");
  for (const f of p.functions) log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
}
