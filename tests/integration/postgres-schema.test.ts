import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchema, writePostgresSchema } from "../../scripts/postgres-schema";

// One set of models, two providers: the PostgreSQL schema, DDL and migrations are generated from
// prisma/schema.prisma, never kept by hand. This fails when a model changed and
// `npm run db:postgres-schema` was not run (no migration for it, or stale generated files).

const ROOT = join(import.meta.dirname, "../..");
const COMMITTED = join(ROOT, "prisma/postgres");
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

/** A scratch copy of prisma/postgres to run the generator in. */
function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "pg-schema-"));
  cpSync(COMMITTED, dir, { recursive: true });
  return dir;
}

describe("the PostgreSQL schema", () => {
  it("is generated from the SQLite models, with a migration for every change, and committed as generated", { timeout: 60_000 }, () => {
    const dir = scratchCopy();
    const written = writePostgresSchema({ dir });
    expect(written.migration, "a model changed without a migration: run `npm run db:postgres-schema -- --name <what changed>`").toBeUndefined();
    for (const file of ["schema.prisma", "schema.sql"]) expect(read(COMMITTED, file), `${file} is stale: run \`npm run db:postgres-schema\``).toBe(read(dir, file));
  });

  it("has migrations that create every model, in PostgreSQL types, the first from an empty database", () => {
    const models = [...read(ROOT, "prisma/schema.prisma").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    const files = readdirSync(join(COMMITTED, "migrations")).sort();
    const all = files.map((file) => read(join(COMMITTED, "migrations"), file)).join("\n");
    expect(models.length).toBeGreaterThan(10);
    for (const model of models) expect(all, model).toContain(`CREATE TABLE "${model}"`);
    expect(all).toMatch(/TIMESTAMP\(3\)/);
    expect(read(join(COMMITTED, "migrations"), files[0])).toContain("(from an empty database)");
    expect(() => postgresSchema("model A { id Int @id }")).toThrow(/datasource/);
  });

  it("gains a migration with just the difference when a model changes", { timeout: 60_000 }, () => {
    const dir = scratchCopy();
    const source = join(dir, "changed.prisma");
    writeFileSync(source, read(ROOT, "prisma/schema.prisma").replace(/^model Shop \{\n/m, "model Shop {\n  region String?\n"));
    const written = writePostgresSchema({ dir, source, name: "shop_region", now: new Date("2030-01-02T03:04:05Z") });
    expect(written.migration).toBe("20300102030405_shop_region");
    const migration = read(join(dir, "migrations"), "20300102030405_shop_region.sql");
    expect(migration).toMatch(/ALTER TABLE "Shop" ADD COLUMN\s+"region" TEXT;/);
    expect(migration).not.toContain("CREATE TABLE");
    expect(read(dir, "schema.prisma")).toContain("region String?");
    expect(writePostgresSchema({ dir, source }).migration, "nothing changed since").toBeUndefined();
  });
});
