import { readFileSync } from "node:fs";
import type { PeakRss } from "./types";

/** Peak resident set size of this process (see PeakRss for why both numbers). */
export function peakRss(): PeakRss {
  let hwmKb: number | null = null;
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) hwmKb = Number(match[1]);
  } catch {
    hwmKb = null;
  }
  return { maxRssKb: process.resourceUsage().maxRSS, hwmKb };
}

/** The figure reported as "peak RSS": the process's own high-water mark where the OS gives it. */
export const ownPeakKb = (p: PeakRss): number => p.hwmKb ?? p.maxRssKb;
