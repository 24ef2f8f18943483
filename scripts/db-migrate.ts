// `npm run db:migrate`: brings the database at DATABASE_URL up to date, whichever provider —
// SQLite (the embedded default): `prisma migrate deploy` over prisma/migrations;
// PostgreSQL: the generated prisma/postgres/migrations through app/persistence/migrate-postgres.server.ts
// (safe to start from several processes at once).
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { DEFAULT_DATABASE_URL } from "~/env.server";
import { migratePostgres } from "~/persistence/migrate-postgres.server";
import { dialectOf } from "~/persistence/sql/port";

const ROOT = resolve(import.meta.dirname, "..");
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

if (dialectOf(url) === "postgres") {
  const applied = await migratePostgres(url, { dir: join(ROOT, "prisma/postgres/migrations"), log: (line) => console.log(line) });
  console.log(`db:migrate: ${applied.length} migration(s) applied to ${new URL(url).pathname.slice(1)}`);
} else {
  execFileSync(process.execPath, [join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
}
