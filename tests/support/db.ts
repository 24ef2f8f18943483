import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MIGRATIONS = join(import.meta.dirname, "../../prisma/migrations");

/** A fresh SQLite file with every committed migration applied, in order (as `migrate deploy` does). */
export function freshDatabase(): { url: string; file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "sshub-db-"));
  const file = join(dir, "test.sqlite");
  const db = new Database(file);
  for (const name of readdirSync(MIGRATIONS).filter((n) => !n.endsWith(".toml")).sort()) {
    db.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  db.close();
  return { url: `file:${file}`, file, dir };
}
