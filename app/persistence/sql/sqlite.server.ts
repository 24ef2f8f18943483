import Database from "better-sqlite3";
import { sqliteDialect, type Sql } from "./port";

// The embedded default: one better-sqlite3 connection (synchronous underneath; statements are
// prepared once and cached). It shares the file with Prisma's connection; WAL lets readers go on
// while a batch commits. A transaction holds the connection: other callers wait for it to end
// instead of slipping their statements into it.

export function openSqliteFile(databaseUrl: string): Database.Database {
  const db = new Database(databaseUrl.replace(/^file:/, ""), { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  return db;
}

export function sqliteSql(db: Database.Database): Sql {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const params = (values: readonly unknown[] | undefined) => (values ?? []) as unknown[];
  // The open transaction's end: callers outside it wait on this before running.
  let busy: Promise<unknown> | null = null;

  const direct = {
    all: <T>(sql: string, values?: readonly unknown[]) => prepare(sql).raw(false).all(...params(values)) as T[],
    rows: (sql: string, values?: readonly unknown[]) => prepare(sql).raw(true).all(...params(values)) as unknown[][],
    get: <T>(sql: string, values?: readonly unknown[]) => prepare(sql).raw(false).get(...params(values)) as T | undefined,
    run: (sql: string, values?: readonly unknown[]) => prepare(sql).run(...params(values)).changes,
  };

  const handle = (inTransaction: boolean): Sql => {
    const when = async <T>(work: () => T): Promise<T> => {
      if (!inTransaction) while (busy) await busy.catch(() => undefined);
      return work();
    };
    const self: Sql = {
      dialect: sqliteDialect,
      all: (sql, values) => when(() => direct.all(sql, values)),
      rows: (sql, values) => when(() => direct.rows(sql, values)),
      get: (sql, values) => when(() => direct.get(sql, values)),
      run: (sql, values) => when(() => direct.run(sql, values)),
      async transaction(fn) {
        if (inTransaction) return fn(self);
        while (busy) await busy.catch(() => undefined);
        const tx = handle(true);
        const work = (async () => {
          db.exec("BEGIN IMMEDIATE");
          try {
            const result = await fn(tx);
            db.exec("COMMIT");
            return result;
          } catch (error) {
            if (db.inTransaction) db.exec("ROLLBACK");
            throw error;
          }
        })();
        busy = work;
        try {
          return await work;
        } finally {
          if (busy === work) busy = null;
        }
      },
      async close() {
        db.close();
      },
    };
    return self;
  };
  return handle(false);
}
