import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchema, writePostgresSchema } from "../../scripts/postgres-schema";

// One set of models, two providers: the PostgreSQL schema and DDL are generated from
// prisma/schema.prisma, never kept by hand. This fails when the committed copies are stale.

const ROOT = join(import.meta.dirname, "../..");

describe("the PostgreSQL schema", () => {
  it("is generated from the SQLite models and committed as generated", { timeout: 60_000 }, () => {
    const fresh = writePostgresSchema(mkdtempSync(join(tmpdir(), "pg-schema-")));
    expect(readFileSync(join(ROOT, "prisma/postgres/schema.prisma"), "utf8"), "run `npm run db:postgres-schema`").toBe(readFileSync(fresh.schema, "utf8"));
    expect(readFileSync(join(ROOT, "prisma/postgres/schema.sql"), "utf8"), "run `npm run db:postgres-schema`").toBe(readFileSync(fresh.sql, "utf8"));
  });

  it("has every model of the SQLite schema, in PostgreSQL types", () => {
    const models = [...readFileSync(join(ROOT, "prisma/schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    const sql = readFileSync(join(ROOT, "prisma/postgres/schema.sql"), "utf8");
    for (const model of models) expect(sql, model).toContain(`CREATE TABLE "${model}"`);
    expect(sql).toMatch(/TIMESTAMP\(3\)/);
    expect(() => postgresSchema("model A { id Int @id }")).toThrow(/datasource/);
  });
});
