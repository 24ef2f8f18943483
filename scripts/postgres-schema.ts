// The PostgreSQL side of "one set of models, two providers" (scale-out issue): prisma/schema.prisma
// (SQLite, the embedded default) is the only hand-written schema. This writes from it
//   prisma/postgres/schema.prisma  — the same models with provider "postgresql" (its own client,
//                                    node_modules/.prisma/client-postgres)
//   prisma/postgres/migrations/<timestamp>_<name>.sql — a NEW migration whenever the models
//                                    changed: the first one creates everything from empty, each
//                                    later one is `prisma migrate diff` from the previous schema to
//                                    the new one (applied by app/persistence/migrate-postgres.server.ts;
//                                    one file each, not Prisma's <name>/migration.sql folders, because
//                                    node-pg-migrate names and orders migrations by file name)
//   prisma/postgres/schema.sql     — the whole DDL for an empty database, to read and review
// The snapshot a migration is diffed from is the committed prisma/postgres/schema.prisma itself:
// it is exactly what the migrations so far build (tests/integration/migrations.test.ts proves that
// on a real server), so this reads it before overwriting it. `prisma migrate diff --script` works
// offline, where `migrate deploy` cannot run on Postgres here (../shared/TOOLCHAIN.md).
// A migration may be hand-edited afterwards for data moves, as the SQLite ones are.
// tests/integration/postgres-schema.test.ts fails when a model changed and this was not run.
// Run: npm run db:postgres-schema [-- --name what_changed]

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "..");
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts — do not edit; run `npm run db:postgres-schema`.\n";
const EMPTY_MIGRATION = "-- This is an empty migration.";

export function postgresSchema(sqliteSchema: string): string {
  const datasource = /datasource db \{[^}]*\}/;
  if (!datasource.test(sqliteSchema)) throw new Error("prisma/schema.prisma has no `datasource db` block");
  // The url is a placeholder for the CLI (the runtime connects through the pg driver adapter).
  const generator = /(generator client \{[^}]*engineType\s*=\s*"client")/;
  if (!generator.test(sqliteSchema)) throw new Error('prisma/schema.prisma has no `generator client` with engineType = "client"');
  // Its own client package (node_modules/.prisma/client-postgres), loaded at run time by app/persistence/prisma.server.ts.
  return (
    HEADER +
    sqliteSchema
      .replace(datasource, 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/placeholder"\n}')
      .replace(generator, '$1\n  output     = "../../node_modules/.prisma/client-postgres"')
  );
}

/** The SQL that takes a database from the schema file `from` (null: an empty database) to the one in `to`. */
function migrateDiff(from: string | null, to: string): string {
  const cli = join(ROOT, "node_modules", "prisma", "build", "index.js");
  const source = from === null ? ["--from-empty"] : ["--from-schema-datamodel", from];
  return execFileSync(process.execPath, [cli, "migrate", "diff", ...source, "--to-schema-datamodel", to, "--script"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function postgresDdl(schemaFile: string): string {
  return `-- GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts — do not edit.\n${migrateDiff(null, schemaFile)}`;
}

/** UTC yyyymmddhhmmss, as Prisma names migrations; always after the last one. */
function migrationStamp(now: Date, existing: string[]): string {
  const stamp = Number(now.toISOString().replace(/\D/g, "").slice(0, 14));
  const last = existing.length > 0 ? Number(existing[existing.length - 1].slice(0, 14)) : 0;
  return String(Math.max(stamp, last + 1));
}

export interface WriteOptions {
  /** Where schema.prisma, schema.sql and migrations/ live (default prisma/postgres). */
  dir?: string;
  /** The SQLite schema the models come from (default prisma/schema.prisma). */
  source?: string;
  /** The new migration's name after its timestamp. */
  name?: string;
  now?: Date;
}

/**
 * Regenerates the Postgres schema and DDL in `dir`; when the models changed since the last
 * migration (or there is none yet), writes a new migration file and returns its name (no .sql).
 */
export function writePostgresSchema(options: WriteOptions = {}): { schema: string; sql: string; migration?: string } {
  const dir = options.dir ?? join(ROOT, "prisma", "postgres");
  const schema = join(dir, "schema.prisma");
  const sql = join(dir, "schema.sql");
  const migrations = join(dir, "migrations");
  mkdirSync(migrations, { recursive: true });
  const existing = readdirSync(migrations).filter((name) => /^\d{14}_\w+\.sql$/.test(name)).sort();
  const next = postgresSchema(readFileSync(options.source ?? join(ROOT, "prisma", "schema.prisma"), "utf8"));
  const previous = existsSync(schema) ? readFileSync(schema, "utf8") : undefined;
  if (existing.length > 0 && previous === undefined) throw new Error(`${schema} is missing: it is the schema the last migration made, needed to diff from`);

  writeFileSync(schema, next);
  let migration: string | undefined;
  if (existing.length === 0 || previous !== next) {
    const script = existing.length === 0 ? migrateDiff(null, schema) : diffFromText(previous as string, schema);
    if (!script.includes(EMPTY_MIGRATION)) {
      migration = `${migrationStamp(options.now ?? new Date(), existing)}_${options.name ?? (existing.length === 0 ? "init" : "schema")}`;
      const from = existing.length === 0 ? "from an empty database" : "diff from the previous prisma/postgres/schema.prisma";
      writeFileSync(join(migrations, `${migration}.sql`), `-- GENERATED by scripts/postgres-schema.ts from prisma/schema.prisma (${from}).\n${script}`);
    }
  }
  writeFileSync(sql, postgresDdl(schema));
  return { schema, sql, migration };
}

function diffFromText(previous: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pg-schema-previous-"));
  try {
    writeFileSync(join(dir, "schema.prisma"), previous);
    return migrateDiff(join(dir, "schema.prisma"), to);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  if (values.name !== undefined && !/^\w+$/.test(values.name)) throw new Error("--name: letters, digits and _ only");
  const written = writePostgresSchema({ name: values.name });
  console.log(`wrote ${written.schema} and ${written.sql}`);
  console.log(written.migration ? `new migration prisma/postgres/migrations/${written.migration}.sql` : "no model changed: no new migration");
}
