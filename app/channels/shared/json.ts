// Readers for untyped JSON from a channel's API (parsed bodies, webhook payloads): each one takes
// `unknown` and answers with a safe default instead of throwing, so callers can read deep paths
// without checks at every step and decide themselves what a missing value means.

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The object, or {} for anything else. */
export const record = (v: unknown): Json => (isRecord(v) ? v : {});

/** The array, or [] for anything else. */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The array's entries as objects (non-objects read as {}), or [] when it is not an array. */
export const records = (v: unknown): Json[] => list(v).map(record);

/** A non-empty trimmed string (safe integers as their digits), else null. */
export function text(v: unknown): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  return null;
}
