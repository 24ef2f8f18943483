import { readdirSync, readFileSync } from "node:fs";

// CPU time of another process from /proc (Linux): lets a benchmark charge a server's CPU to the
// requests it answered, which is steadier than wall-clock latency on a shared machine.

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux build Node supports

/** User + system CPU seconds the process has used so far; null when /proc cannot tell. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The pid of a process whose command line holds `command` and whose environment sets PORT=port. */
export function findServerPid(command: string, port: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  for (const entry of entries) {
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(command)) continue;
      if (readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(`PORT=${port}`)) return Number(entry);
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

/** CPU seconds a process uses while `work` runs (null when /proc cannot tell). */
export async function cpuDuring<T>(pid: number | null, work: () => Promise<T>): Promise<{ value: T; cpuSeconds: number | null }> {
  const before = pid === null ? null : processCpuSeconds(pid);
  const value = await work();
  const after = pid === null ? null : processCpuSeconds(pid);
  return { value, cpuSeconds: before === null || after === null ? null : after - before };
}
