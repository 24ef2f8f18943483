import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "@prisma/client";
import { createPrisma } from "~/persistence/prisma.server";
import { openSql } from "~/persistence/sql/index.server";
import type { Sql } from "~/persistence/sql/port";

const ROOT = join(import.meta.dirname, "../..");
const MIGRATIONS = join(ROOT, "prisma/migrations");
const POSTGRES_MIGRATIONS = join(ROOT, "prisma/postgres/migrations");

/**
 * The suite runs on SQLite (default) or, with TEST_POSTGRES_URL set (a server URL whose user may
 * create databases, e.g. postgres://postgres@127.0.0.1:55432/postgres), on PostgreSQL: every
 * fresh database is then a new Postgres database on that server.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;
export const onPostgres = Boolean(TEST_POSTGRES_URL);

/** A fresh, migrated database: a SQLite file or, with TEST_POSTGRES_URL, a Postgres database. */
export function freshDatabase(): { url: string; file: string; dir: string } {
  if (TEST_POSTGRES_URL) return { url: freshPostgres(TEST_POSTGRES_URL), file: "", dir: mkdtempSync(join(tmpdir(), "sshub-db-")) };
  return freshSqlite();
}

/** A fresh SQLite file with every committed migration applied in order, as `migrate deploy` does. */
export function freshSqlite(): { url: string; file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "sshub-db-"));
  const file = join(dir, "test.sqlite");
  const db = new Database(file);
  for (const name of readdirSync(MIGRATIONS).filter((n) => !n.endsWith(".toml")).sort()) {
    db.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  db.close();
  return { url: `file:${file}`, file, dir };
}

const psql = (url: string, sql: string): string => execFileSync("psql", [url, "-qtA", "-v", "ON_ERROR_STOP=1", "-c", sql], { encoding: "utf8", stdio: "pipe" }).trim();

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database on the server; returns its URL. */
export function emptyPostgres(serverUrl: string, prefix = "sshub_test"): string {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  psql(serverUrl, `CREATE DATABASE ${name}`);
  return databaseUrl(serverUrl, name);
}

/** Runs `npm run db:migrate` (scripts/db-migrate.ts) on a database. */
export function migrate(url: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/db-migrate.ts")], { cwd: ROOT, encoding: "utf8", stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
}

// Every fresh Postgres database is a copy of one the migration runner built (CREATE DATABASE …
// TEMPLATE costs what an empty one does): so the suite runs on what the committed migrations
// make. The template is named by a hash of the migrations, built once per server and version
// (whoever renames it into place first wins a race; the loser's copy is dropped).
// Test databases are named with their creation time, so a later run can drop those left behind.
function freshPostgres(serverUrl: string): string {
  const template = (templateName ??= migratedTemplate(serverUrl));
  const name = `sshub_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  untilFree(() => psql(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`));
  return databaseUrl(serverUrl, name);
}

let templateName: string | undefined;
const STALE_SECONDS = 12 * 3600;

function dropStaleTestDatabases(serverUrl: string): void {
  const cutoff = Date.now() / 1000 - STALE_SECONDS;
  for (const name of psql(serverUrl, `SELECT datname FROM pg_database WHERE datname ~ '^sshub_test_[0-9]+_'`).split("\n").filter(Boolean)) {
    if (Number(name.split("_")[2]) < cutoff) psql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

function migratedTemplate(serverUrl: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(POSTGRES_MIGRATIONS).sort()) hash.update(`${name}\n`).update(readFileSync(join(POSTGRES_MIGRATIONS, name)));
  const template = `sshub_template_${hash.digest("hex").slice(0, 16)}`;
  dropStaleTestDatabases(serverUrl);
  if (psql(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${template}'`) === "1") return template;
  const building = emptyPostgres(serverUrl, `${template}_building`);
  const name = new URL(building).pathname.slice(1);
  try {
    migrate(building);
  } catch (error) {
    psql(serverUrl, `DROP DATABASE ${name} WITH (FORCE)`);
    throw error;
  }
  try {
    untilFree(() => psql(serverUrl, `ALTER DATABASE ${name} RENAME TO ${template}`));
  } catch (error) {
    if (!/already exists/.test(String((error as { stderr?: string }).stderr))) throw error;
    psql(serverUrl, `DROP DATABASE ${name}`);
  }
  return template;
}

/** Retries while the server still counts a just-closed connection to the database (it goes within milliseconds). */
function untilFree(statement: () => void): void {
  for (let attempt = 1; ; attempt++) {
    try {
      return statement();
    } catch (error) {
      if (attempt === 50 || !/is being accessed by other users/.test(String((error as { stderr?: string }).stderr))) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/** Prisma on a test database, whichever provider its URL names. */
export const testPrisma = (url: string): PrismaClient => createPrisma(url);

/** The raw-SQL port on a test database. */
export const testSql = (url: string): Sql => openSql(url);
