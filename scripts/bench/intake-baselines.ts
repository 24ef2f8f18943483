import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { openSql } from "../../app/persistence/sql/index.server";

// The baselines of bench:orders' intake, each served by bare node:http in a process of its own:
//   bare:    read the body, answer 200 — the limit of HTTP on this machine;
//   minimal: the least a correct intake does — read the raw body, check TikTok's signature
//            (hex HMAC-SHA256(app secret, app key + body)), parse it, INSERT the event into the
//            app's InboxEvent table (a fresh migrated database: a SQLite file in WAL mode, as the
//            app's is, or PostgreSQL) under its unique (source, eventKey) through the raw-SQL port
//            the app's intake uses (one prepared statement on SQLite), then 200.

export type BaselineKind = "bare" | "minimal";

export interface BaselineOptions {
  kind: BaselineKind;
  appKey: string;
  appSecret: string;
  shop: string;
  /** The database's URL (minimal). */
  databaseUrl?: string;
}

const reply = (res: ServerResponse, status: number, text: string) => {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function minimalHandler(options: BaselineOptions): (raw: Buffer, req: IncomingMessage, res: ServerResponse) => Promise<void> {
  if (!options.databaseUrl) throw new Error("the minimal baseline needs a database");
  const sql = openSql(options.databaseUrl);
  const insert = `INSERT INTO "InboxEvent" ("source", "eventKey", "shop", "topic", "payload", "nextAttemptAt", "receivedAt") VALUES ('tiktok', ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;
  const key = Buffer.from(options.appKey, "utf8");
  return async (raw, req, res) => {
    const given = Buffer.from(String(req.headers.authorization ?? ""), "hex");
    const expected = createHmac("sha256", options.appSecret).update(key).update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reply(res, 401, "Invalid signature");
    let event: { tts_notification_id?: unknown; type?: unknown };
    try {
      event = JSON.parse(raw.toString("utf8")) as typeof event;
    } catch {
      return reply(res, 400, "Malformed");
    }
    if (typeof event.tts_notification_id !== "string") return reply(res, 400, "Malformed");
    const now = sql.dialect.time(new Date());
    const stored = (await sql.run(insert, [event.tts_notification_id, options.shop, `TYPE_${String(event.type)}`, raw.toString("utf8"), now, now])) === 1;
    reply(res, 200, stored ? "OK" : "OK (duplicate)");
  };
}

/** Serves the baseline on 127.0.0.1 (a free port); resolves with its URL. */
export async function serveBaseline(options: BaselineOptions): Promise<string> {
  const handle = options.kind === "minimal" ? minimalHandler(options) : async (_raw: Buffer, _req: IncomingMessage, res: ServerResponse) => reply(res, 200, "OK");
  const server = createServer((req, res) => {
    readBody(req).then(
      (raw) => handle(raw, req, res).catch((error: unknown) => reply(res, 500, String(error))),
      () => reply(res, 400, "Bad request"),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
