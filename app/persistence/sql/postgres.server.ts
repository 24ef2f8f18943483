import pg from "pg";
import { postgresDialect, type Sql } from "./port";

// PostgreSQL through a pg pool. `?` placeholders become $1, $2…; timestamps (without time zone,
// as Prisma stores them) are read as UTC whatever the process's TZ.

const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` → `$n`, outside quoted strings and identifiers. */
export function numberPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "?") {
      out += `$${++n}`;
      continue;
    }
    out += ch;
  }
  return out;
}

const texts = new Map<string, string>();
const text = (sql: string) => {
  let numbered = texts.get(sql);
  if (numbered === undefined) {
    numbered = numberPlaceholders(sql);
    texts.set(sql, numbered);
  }
  return numbered;
};

type Queryable = pg.Pool | pg.PoolClient;

function handle(client: Queryable, pool: pg.Pool, inTransaction: boolean): Sql {
  const values = (params: readonly unknown[] | undefined) => (params ?? []) as unknown[];
  const self: Sql = {
    dialect: postgresDialect,
    all: async <T>(sql: string, params?: readonly unknown[]) => (await client.query(text(sql), values(params))).rows as T[],
    rows: async (sql, params) => (await client.query({ text: text(sql), values: values(params), rowMode: "array" })).rows as unknown[][],
    get: async <T>(sql: string, params?: readonly unknown[]) => (await client.query(text(sql), values(params))).rows[0] as T | undefined,
    run: async (sql, params) => (await client.query(text(sql), values(params))).rowCount ?? 0,
    async transaction(fn) {
      if (inTransaction) return fn(self);
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await fn(handle(connection, pool, true));
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
  return self;
}

export function postgresSql(databaseUrl: string, options: { max?: number } = {}): Sql {
  // UTC sessions: CURRENT_TIMESTAMP defaults and timestamp(3) columns hold UTC, as Prisma writes them.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 10, types, options: "-c TimeZone=UTC" });
  // An idle client's error (the server restarted) must not take the process down; the next query reconnects.
  pool.on("error", (error) => console.error("postgres pool:", error.message));
  return handle(pool, pool, false);
}
