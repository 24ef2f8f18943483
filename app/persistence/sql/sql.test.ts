import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { numberPlaceholders, postgresSql } from "./postgres.server";
import { sqliteSql } from "./sqlite.server";
import type { Sql } from "./port";

// The port's behaviour on SQLite always, and on PostgreSQL when TEST_POSTGRES_URL names a server.
const implementations: [string, () => Sql][] = [["sqlite", () => sqliteSql(new Database(":memory:"))]];
if (process.env.TEST_POSTGRES_URL) implementations.push(["postgres", () => postgresSql(process.env.TEST_POSTGRES_URL!)]);

it("numbers placeholders outside quotes", () => {
  expect(numberPlaceholders(`SELECT "a?" FROM t WHERE x = ? AND y = '?' AND z IN (?, ?)`)).toBe(`SELECT "a?" FROM t WHERE x = $1 AND y = '?' AND z IN ($2, $3)`);
});

describe.each(implementations)("%s", (_name, open) => {
  const sql = open();
  const table = `PortTest${Date.now()}`;
  afterAll(async () => {
    await sql.run(`DROP TABLE IF EXISTS "${table}"`);
    await sql.close();
  });

  it("writes, reads as objects and arrays, merges JSON, lists JSON ids", async () => {
    await sql.run(`CREATE TABLE "${table}" ("id" TEXT PRIMARY KEY, "n" INTEGER NOT NULL, "doc" TEXT NOT NULL)`);
    const d = sql.dialect;
    const upsert = `INSERT INTO "${table}" ("id", "n", "doc") VALUES (?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "n" = excluded."n", "doc" = ${d.jsonMerge(`"${table}"."doc"`, `excluded."doc"`)}`;
    expect(await sql.run(upsert, ["a", 1, `{"US":1}`])).toBe(1);
    await sql.run(upsert, ["a", 2, `{"DE":2}`]);
    await sql.run(upsert, ["b", 3, `{}`]);
    const rows = await sql.all<{ id: string; n: number; doc: string }>(`SELECT "id", "n", "doc" FROM "${table}" WHERE "id" IN ${d.jsonList()} ORDER BY "id"`, [JSON.stringify(["a", "b", "c"])]);
    expect(rows.map((r) => [r.id, Number(r.n), JSON.parse(r.doc)])).toEqual([["a", 2, { US: 1, DE: 2 }], ["b", 3, {}]]);
    expect(await sql.rows(`SELECT "id", ${d.jsonPick(`"doc"`)} FROM "${table}" WHERE "id" = ?`, [...d.jsonPickParams("DE"), "a"])).toEqual([["a", expect.any(String)]]);
    const [[, picked]] = await sql.rows(`SELECT "id", ${d.jsonPick(`"doc"`)} FROM "${table}" WHERE "id" = ?`, [...d.jsonPickParams("DE"), "a"]);
    expect(JSON.parse(picked as string)).toEqual({ DE: 2 });
    expect(await sql.get(`SELECT "id" FROM "${table}" WHERE "id" = ?`, ["zz"])).toBeUndefined();
  });

  it("commits a transaction, rolls back on a throw, and keeps other callers out while it runs", async () => {
    await sql.transaction(async (tx) => {
      await tx.run(`UPDATE "${table}" SET "n" = "n" + 10 WHERE "id" = ?`, ["a"]);
    });
    await expect(
      sql.transaction(async (tx) => {
        await tx.run(`UPDATE "${table}" SET "n" = 0 WHERE "id" = ?`, ["a"]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const n = async () => Number((await sql.get<{ n: unknown }>(`SELECT "n" FROM "${table}" WHERE "id" = ?`, ["a"]))!.n);
    expect(await n()).toBe(12);
    // Two transactions that read then write the same row: one after the other, never interleaved.
    const bump = () =>
      sql.transaction(async (tx) => {
        const row = await tx.get<{ n: unknown }>(`SELECT "n" FROM "${table}" WHERE "id" = ? ${tx.dialect.name === "postgres" ? "FOR UPDATE" : ""}`, ["a"]);
        await new Promise((r) => setTimeout(r, 5));
        await tx.run(`UPDATE "${table}" SET "n" = ? WHERE "id" = ?`, [Number(row!.n) + 1, "a"]);
      });
    await Promise.all([bump(), bump(), bump()]);
    expect(await n()).toBe(15);
  });
});
