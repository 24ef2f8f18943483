// The PostgreSQL side of "one set of models, two providers" (scale-out issue): prisma/schema.prisma
// (SQLite, the embedded default) is the only hand-written schema. This writes from it
//   prisma/postgres/schema.prisma  — the same models with provider "postgresql"
//   prisma/postgres/schema.sql     — the DDL for an empty database (`prisma migrate diff --script`,
//                                    which works offline; `migrate deploy` cannot run on Postgres
//                                    here, see ../shared/TOOLCHAIN.md)
// tests/integration/postgres-schema.test.ts fails when they are stale. Run: npm run db:postgres-schema

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts — do not edit; run `npm run db:postgres-schema`.\n";

export function postgresSchema(sqliteSchema: string): string {
  const datasource = /datasource db \{[^}]*\}/;
  if (!datasource.test(sqliteSchema)) throw new Error("prisma/schema.prisma has no `datasource db` block");
  // The url is a placeholder for the CLI (the runtime connects through the pg driver adapter).
  const generator = /(generator client \{[^}]*engineType\s*=\s*"client")/;
  if (!generator.test(sqliteSchema)) throw new Error('prisma/schema.prisma has no `generator client` with engineType = "client"');
  // Its own client package (node_modules/.prisma/client-postgres), loaded at run time by app/db.server.ts.
  return (
    HEADER +
    sqliteSchema
      .replace(datasource, 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/placeholder"\n}')
      .replace(generator, '$1\n  output     = "../../node_modules/.prisma/client-postgres"')
  );
}

export function postgresDdl(schemaFile: string): string {
  const cli = join(ROOT, "node_modules", "prisma", "build", "index.js");
  const sql = execFileSync(process.execPath, [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile, "--script"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return `-- GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts — do not edit.\n${sql}`;
}

/** Writes both files into `dir` (default prisma/postgres); returns their paths. */
export function writePostgresSchema(dir = join(ROOT, "prisma", "postgres")): { schema: string; sql: string } {
  const schema = join(dir, "schema.prisma");
  const sql = join(dir, "schema.sql");
  mkdirSync(dirname(schema), { recursive: true });
  writeFileSync(schema, postgresSchema(readFileSync(join(ROOT, "prisma", "schema.prisma"), "utf8")));
  writeFileSync(sql, postgresDdl(schema));
  return { schema, sql };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = writePostgresSchema();
  console.log(`wrote ${written.schema} and ${written.sql}`);
}
