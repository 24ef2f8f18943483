import type { Sql } from "./sql/port";

// Rows of many upserts gathered, then sent as multi-row statements: one statement per up to
// MAX_ROWS rows instead of one per row (a round trip each on PostgreSQL, a call through the port
// each on SQLite). Statement texts exist for 1, 2, 4 … MAX_ROWS rows only, so each dialect has a
// handful per table, each built once and prepared once.

const MAX_ROWS = 64;

/** `INSERT INTO "table" (cols) VALUES … ON CONFLICT (key) DO UPDATE SET …`; the key columns come first in `cols`. */
export class Upsert {
  private readonly texts = new Map<number, string>();
  private readonly head: string;
  private readonly tail: string;
  readonly width: number;

  constructor(
    table: string,
    readonly key: readonly string[],
    cols: readonly string[],
    /** The SET list; default: every non-key column from `excluded`. */
    set = cols.filter((c) => !key.includes(c)).map((c) => `"${c}" = excluded."${c}"`).join(", "),
    /** A condition on the stored row and `excluded`: the update is skipped where it does not hold. */
    where?: string,
  ) {
    if (key.some((k, i) => cols[i] !== k)) throw new Error(`${table}: the key columns must come first`);
    const names = (list: readonly string[]) => list.map((c) => `"${c}"`).join(", ");
    this.head = `INSERT INTO "${table}" (${names(cols)}) VALUES `;
    this.tail = ` ON CONFLICT (${names(key)}) DO UPDATE SET ${set}${where ? ` WHERE ${where}` : ""}`;
    this.width = cols.length;
  }

  text(rows: number): string {
    let text = this.texts.get(rows);
    if (text === undefined) {
      const row = `(${new Array(this.width).fill("?").join(", ")})`;
      text = `${this.head}${new Array(rows).fill(row).join(", ")}${this.tail}`;
      this.texts.set(rows, text);
    }
    return text;
  }
}

interface Pending {
  rows: (readonly unknown[])[];
  /** Row numbers where a statement must start: a key repeats (PostgreSQL refuses to upsert one row twice in a statement). */
  starts: number[];
  keys: Set<string>;
}

/**
 * One batch's rows by table, for rows that share their first key column (the shop). Sent in the
 * order they were added within each table, so a row is applied after the ones before it, as one
 * statement per row would. (Tables are written one after another: rows of different tables must
 * not depend on each other's order.)
 */
export class UpsertRows {
  private readonly byTable = new Map<Upsert, Pending>();

  add(upsert: Upsert, row: readonly unknown[]): void {
    let pending = this.byTable.get(upsert);
    if (!pending) this.byTable.set(upsert, (pending = { rows: [], starts: [], keys: new Set() }));
    let key = String(row[1]);
    for (let k = 2; k < upsert.key.length; k++) key += `\u0000${String(row[k])}`;
    if (pending.keys.has(key)) {
      pending.starts.push(pending.rows.length);
      pending.keys.clear();
    }
    pending.keys.add(key);
    pending.rows.push(row);
  }

  async send(tx: Sql): Promise<void> {
    for (const [upsert, { rows, starts }] of this.byTable) {
      const bounds = [0, ...starts, rows.length];
      for (let b = 1; b < bounds.length; b++) {
        for (let at = bounds[b - 1]; at < bounds[b]; ) {
          let n = MAX_ROWS;
          while (n > bounds[b] - at) n /= 2;
          await tx.run(upsert.text(n), params(rows, at, n, upsert.width));
          at += n;
        }
      }
    }
    this.byTable.clear();
  }
}

/** The parameters of rows `at` … `at + n - 1`, one after another. */
function params(rows: (readonly unknown[])[], at: number, n: number, width: number): unknown[] {
  const out = new Array<unknown>(n * width);
  for (let r = 0; r < n; r++) {
    const row = rows[at + r];
    for (let c = 0; c < width; c++) out[r * width + c] = row[c];
  }
  return out;
}
