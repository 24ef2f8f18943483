import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { emptyPostgres, freshDatabase, freshSqlite, migrate, TEST_POSTGRES_URL, testSql } from "../support/db";

// The committed migrations build exactly the schema that prisma/schema.prisma describes, on both
// providers: a model changed without a migration fails here, not on a merchant's database.

const ROOT = join(import.meta.dirname, "../..");
/** Migration names in a folder: Prisma's <name>/ folders (SQLite), node-pg-migrate's <name>.sql files (PostgreSQL). */
const migrationNames = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /^\d{14}_/.test(name))
    .map((name) => name.replace(/\.sql$/, ""))
    .sort();

function tables(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.name, r.sql.replace(/\s+/g, " ").trim()]));
}

describe("SQLite migrations", () => {
  it("match the Prisma schema", () => {
    const migrated = freshSqlite();
    const fromSchema = join(mkdtempSync(join(tmpdir(), "schema-")), "schema.sqlite");
    const script = execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const db = new Database(fromSchema);
    db.exec(script);
    db.close();
    expect(Object.keys(tables(migrated.file)).length).toBeGreaterThan(10);
    expect(tables(migrated.file)).toEqual(tables(fromSchema));
  });

  it("are applied by `npm run db:migrate` through prisma migrate deploy", { timeout: 60_000 }, () => {
    const url = `file:${join(mkdtempSync(join(tmpdir(), "migrate-")), "app.sqlite")}`;
    migrate(url);
    const db = new Database(url.slice("file:".length), { readonly: true });
    const applied = db.prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`).all() as { migration_name: string }[];
    db.close();
    expect(applied.map((row) => row.migration_name)).toEqual(migrationNames("prisma/migrations"));
  });
});

// Columns (type, precision, nullability, default), indexes and constraints of the public schema.
const CATALOG = `
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || datetime_precision || ')', '') || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS entry
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'pgmigrations'
  UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'pgmigrations'
  UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'pgmigrations'
  ORDER BY 1`;

async function catalog(url: string): Promise<string[]> {
  const sql = testSql(url);
  try {
    return (await sql.all<{ entry: string }>(CATALOG)).map((row) => row.entry);
  } finally {
    await sql.close();
  }
}

describe.runIf(TEST_POSTGRES_URL)("PostgreSQL migrations", () => {
  const server = TEST_POSTGRES_URL as string;

  it("build exactly the schema generated from the models (prisma/postgres/schema.sql)", async () => {
    const fromSchema = emptyPostgres(server);
    execFileSync("psql", [fromSchema, "-q", "-v", "ON_ERROR_STOP=1", "-f", join(ROOT, "prisma/postgres/schema.sql")], { stdio: "pipe" });
    const migrated = await catalog(freshDatabase().url);
    expect(migrated.filter((entry) => entry.startsWith("column ")).length).toBeGreaterThan(100);
    expect(migrated).toEqual(await catalog(fromSchema));
  });

  it("are applied once, in order, when several processes run `npm run db:migrate` at once", { timeout: 60_000 }, async () => {
    const url = emptyPostgres(server);
    const run = () => promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
    const outputs = (await Promise.all([run(), run(), run()])).map((result) => result.stdout);
    const expected = migrationNames("prisma/postgres/migrations");
    expect(outputs.map((out) => /(\d+) migration\(s\) applied/.exec(out)?.[1]).sort()).toEqual(["0", "0", String(expected.length)]);
    const sql = testSql(url);
    try {
      expect((await sql.all<{ name: string }>(`SELECT "name" FROM "pgmigrations" ORDER BY "id"`)).map((row) => row.name)).toEqual(expected);
      expect(await sql.get(`SELECT count(*) AS "n" FROM "Shop"`)).toEqual({ n: "0" });
    } finally {
      await sql.close();
    }
  });
});
