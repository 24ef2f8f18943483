import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "@prisma/client";
import { createPrisma } from "~/persistence/prisma.server";
import { openSql } from "~/persistence/sql/index.server";
import type { Sql } from "~/persistence/sql/port";

const MIGRATIONS = join(import.meta.dirname, "../../prisma/migrations");
const POSTGRES_DDL = join(import.meta.dirname, "../../prisma/postgres/schema.sql");

/**
 * The suite runs on SQLite (default) or, with TEST_POSTGRES_URL set (a server URL whose user may
 * create databases, e.g. postgres://postgres@127.0.0.1:55432/postgres), on PostgreSQL: every
 * fresh database is then a new Postgres database on that server.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;
export const onPostgres = Boolean(TEST_POSTGRES_URL);

/** A fresh, migrated database: a SQLite file (every committed migration, in order, as `migrate deploy` does) or a Postgres database. */
export function freshDatabase(): { url: string; file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "sshub-db-"));
  if (TEST_POSTGRES_URL) return { url: freshPostgres(TEST_POSTGRES_URL), file: "", dir };
  const file = join(dir, "test.sqlite");
  const db = new Database(file);
  for (const name of readdirSync(MIGRATIONS).filter((n) => !n.endsWith(".toml")).sort()) {
    db.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  db.close();
  return { url: `file:${file}`, file, dir };
}

function freshPostgres(serverUrl: string): string {
  const name = `sshub_test_${randomBytes(6).toString("hex")}`;
  execFileSync("psql", [serverUrl, "-q", "-v", "ON_ERROR_STOP=1", "-c", `CREATE DATABASE ${name}`], { stdio: "pipe" });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  execFileSync("psql", [url.toString(), "-q", "-v", "ON_ERROR_STOP=1", "-f", POSTGRES_DDL], { stdio: "pipe" });
  return url.toString();
}

/** Prisma on a test database, whichever provider its URL names. */
export const testPrisma = (url: string): PrismaClient => createPrisma(url);

/** The raw-SQL port on a test database. */
export const testSql = (url: string): Sql => openSql(url);
