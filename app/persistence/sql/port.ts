// The one door to raw SQL for the hot paths (catalog writes, feed reads, the intake's insert),
// with two implementations behind it: SQLite (better-sqlite3, the embedded default) and PostgreSQL
// (pg, for scale). Callers write one statement for both:
//   - `?` placeholders (PostgreSQL's are numbered by the implementation);
//   - every table and column name double-quoted (PostgreSQL folds unquoted names to lower case);
//   - what differs between the two (JSON lists, JSON merge, timestamps) through `dialect` below.

export type DialectName = "sqlite" | "postgres";

export interface Sql {
  readonly dialect: Dialect;
  /** Rows as objects keyed by column name. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Rows as arrays in column order (the hot read paths skip building objects they would take apart). */
  rows(sql: string, params?: readonly unknown[]): Promise<unknown[][]>;
  /** The first row, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves with the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when
   * it throws. Statements inside go through `tx`; a transaction inside a transaction joins it.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Dialect {
  readonly name: DialectName;
  /** A subquery listing the strings of a JSON array parameter: `"id" IN ${d.jsonList()}`. */
  jsonList(): string;
  /** Merge of two JSON objects held as text (keys of `b` win). */
  jsonMerge(a: string, b: string): string;
  /** `{key: json[key]}` as text, from a JSON text column, the key given as one parameter: see `jsonPickParams`. */
  jsonPick(column: string): string;
  jsonPickParams(key: string): unknown[];
  /** A timestamp parameter as the column stores it (Prisma's DateTime on each provider). */
  time(date: Date): string;
}

/** A timestamp as read back: SQLite gives Prisma's text, PostgreSQL a Date (read as UTC). */
export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** Counts and sums come back as strings from PostgreSQL (bigint, numeric). */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export const sqliteDialect: Dialect = {
  name: "sqlite",
  jsonList: () => `(SELECT value FROM json_each(?))`,
  jsonMerge: (a, b) => `json_patch(${a}, ${b})`,
  jsonPick: (column) => `json_object(?, json_extract(${column}, ?))`,
  jsonPickParams: (key) => [key, `$.${JSON.stringify(key)}`],
  // Prisma's text form of a DateTime in SQLite ("…T16:34:13.878+00:00"), so Prisma reads and compares it.
  time: (date) => date.toISOString().replace("Z", "+00:00"),
};

export const postgresDialect: Dialect = {
  name: "postgres",
  jsonList: () => `(SELECT jsonb_array_elements_text(?::jsonb))`,
  jsonMerge: (a, b) => `((${a})::jsonb || (${b})::jsonb)::text`,
  jsonPick: (column) => `jsonb_build_object(?::text, (${column})::jsonb -> ?::text)::text`,
  jsonPickParams: (key) => [key, key],
  // timestamp(3) without time zone, holding UTC (as Prisma writes it).
  time: (date) => date.toISOString(),
};

/** SQLite `file:` URLs are the embedded default; `postgres://` / `postgresql://` select PostgreSQL. */
export function dialectOf(databaseUrl: string): DialectName {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
}
