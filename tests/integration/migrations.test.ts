import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../support/db";

// The committed migrations build exactly the schema that prisma/schema.prisma describes:
// a model changed without a migration fails here, not on a merchant's database.

const ROOT = join(import.meta.dirname, "../..");

function tables(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.name, r.sql.replace(/\s+/g, " ").trim()]));
}

describe("migrations", () => {
  it("match the Prisma schema", () => {
    const migrated = freshDatabase();
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
});
