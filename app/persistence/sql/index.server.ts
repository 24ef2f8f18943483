import { dialectOf, type Sql } from "./port";
import { openSqliteFile, sqliteSql } from "./sqlite.server";
import { postgresSql } from "./postgres.server";

export type { Sql } from "./port";

/** The raw-SQL connection for a DATABASE_URL: a SQLite file (embedded default) or PostgreSQL. */
export function openSql(databaseUrl: string): Sql {
  return dialectOf(databaseUrl) === "postgres" ? postgresSql(databaseUrl) : sqliteSql(openSqliteFile(databaseUrl));
}
