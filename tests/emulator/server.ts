/**
 * The HTTP face of the emulator (node:http on 127.0.0.1): Admin GraphQL, bulk result files, a
 * health page. Shops are told apart by their access token, falling back to the Host header.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLSchema } from "graphql";
import { serverErrorBody, type Faults } from "./faults";
import { handleGraphQL, type GraphQLRequestBody, type GraphQLResponseBody } from "./graphql-handler";
import type { ShopRuntime } from "./resolvers/context";

export const INVALID_TOKEN_BODY = { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" };
const BAD_REQUEST_BODY = { errors: { query: "Required parameter missing or invalid" } };
const MAX_BODY = 10 * 1024 * 1024;

export interface RequestRecord {
  at: string;
  shop: string | null;
  apiVersion: string | null;
  status: number;
  operationName: string | null;
  requestedQueryCost: number | null;
  actualQueryCost: number | null;
  throttled: boolean;
  fault: "throttled" | "serverError" | "lostAnswer" | "slow" | null;
}

export interface ServerDeps {
  schema: () => GraphQLSchema;
  shops: () => Iterable<ShopRuntime>;
  faults: Faults;
  /** Find a bulk result file by the token in its URL. */
  bulkFile: (token: string) => string | undefined;
  record: (r: RequestRecord) => void;
  /** OAuth token exchange (the app's embedded auth strategy). */
  tokenExchange: (raw: string) => Promise<{ status: number; body: object }>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": typeof body === "string" ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "X-Request-Id": randomUUID(),
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function findShop(shops: Iterable<ShopRuntime>, token: string | undefined, host: string | undefined): ShopRuntime | null {
  if (!token) return null;
  const hostname = host?.split(":")[0]?.toLowerCase();
  const all = [...shops];
  const byHost = all.find((s) => s.store.domain === hostname);
  if (byHost) return byHost.store.accessToken === token ? byHost : null;
  const matches = all.filter((s) => s.store.accessToken === token);
  return matches.length === 1 ? matches[0] : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createEmulatorServer(deps: ServerDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { errors: [{ message: `store emulator: ${(e as Error).message}` }] });
      else res.destroy();
    });
  });
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator");
  const gql = /^\/admin\/api\/([^/]+)\/graphql\.json$/.exec(url.pathname);

  if (req.method === "GET" && (url.pathname === "/" || url.pathname === "/health")) {
    return send(res, 200, { ok: true, shops: [...deps.shops()].map((s) => s.store.domain) });
  }

  const bulk = /^\/bulk\/([0-9a-f]+)\.jsonl$/.exec(url.pathname);
  if (req.method === "GET" && bulk) {
    const file = deps.bulkFile(bulk[1]);
    if (!file) return send(res, 404, { errors: "Not Found" });
    res.writeHead(200, { "Content-Type": "application/jsonl", "Content-Length": statSync(file).size });
    createReadStream(file).pipe(res);
    return;
  }

  if (req.method === "POST" && url.pathname === "/admin/oauth/access_token") {
    const out = await deps.tokenExchange(await readBody(req));
    return send(res, out.status, out.body);
  }

  if (!gql) return send(res, 404, { errors: "Not Found" });
  if (req.method !== "POST") return send(res, 405, { errors: "Method Not Allowed" }, { Allow: "POST" });
  const apiVersion = gql[1];
  if (!/^(\d{4}-\d{2}|unstable)$/.test(apiVersion)) return send(res, 404, { errors: "Not Found" });

  const rec: RequestRecord = {
    at: new Date().toISOString(),
    shop: null,
    apiVersion,
    status: 0,
    operationName: null,
    requestedQueryCost: null,
    actualQueryCost: null,
    throttled: false,
    fault: null,
  };
  const finish = (status: number, body: GraphQLResponseBody | string | object, headers: Record<string, string> = {}) => {
    rec.status = status;
    deps.record(rec);
    send(res, status, body, { "X-Shopify-API-Version": apiVersion, ...headers });
  };

  const shop = findShop(deps.shops(), header(req, "x-shopify-access-token"), header(req, "x-forwarded-host") ?? header(req, "host"));
  if (!shop) return finish(401, INVALID_TOKEN_BODY);
  rec.shop = shop.store.domain;

  let raw: string;
  try {
    raw = await readBody(req);
  } catch {
    return finish(413, { errors: "Request body too large" });
  }
  let body: GraphQLRequestBody;
  const type = header(req, "content-type") ?? "";
  if (type.includes("application/graphql")) body = { query: raw };
  else {
    try {
      body = JSON.parse(raw) as GraphQLRequestBody;
    } catch {
      return finish(400, BAD_REQUEST_BODY);
    }
  }
  if (!body || typeof body !== "object" || typeof body.query !== "string" || !body.query.trim()) {
    return finish(400, BAD_REQUEST_BODY);
  }
  if (body.variables !== undefined && body.variables !== null && (typeof body.variables !== "object" || Array.isArray(body.variables))) {
    return finish(400, BAD_REQUEST_BODY);
  }
  rec.operationName = body.operationName ?? null;

  const fault = deps.faults.decide();
  if (fault.delayMs > 0) {
    rec.fault = "slow";
    await sleep(fault.delayMs);
  }
  if (fault.kind === "serverError") {
    rec.fault = "serverError";
    return finish(fault.status, serverErrorBody(fault.status));
  }
  if (fault.kind === "throttled") rec.fault = "throttled";

  const out = await handleGraphQL(deps.schema(), shop, body, { apiVersion, forceThrottle: fault.kind === "throttled" });
  rec.requestedQueryCost = out.extensions?.cost.requestedQueryCost ?? null;
  rec.actualQueryCost = out.extensions?.cost.actualQueryCost ?? null;
  rec.throttled = out.errors?.some((e) => e.extensions?.code === "THROTTLED") ?? false;
  if (fault.kind === "lostAnswer") {
    rec.fault = "lostAnswer";
    return finish(502, serverErrorBody(502));
  }
  if (out.http) return finish(out.http.status, out.http.body, out.http.headers);
  return finish(200, out);
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

