// Plain-text tables and target lines for the benchmarks' printed reports.

/** Right-aligned columns under a header and a rule. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** PASS / MISS / SKIP (no figure) in front of a target's name and what was measured. */
export const verdict = (pass: boolean | null) => (pass === null ? "SKIP" : pass ? "PASS" : "MISS");

export const int = (n: number) => Math.round(n).toLocaleString("en-US");
