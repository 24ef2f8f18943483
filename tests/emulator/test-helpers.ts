/** Helpers for the emulator's own tests: talk to it over HTTP like the app does. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Emulator } from "./emulator";

export interface GqlResult {
  status: number;
  // JSON from the emulator; tests assert on its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function gql(
  emu: Emulator,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
  opts: { version?: string; headers?: Record<string, string> } = {},
): Promise<GqlResult> {
  const res = await fetch(`${emu.url}/admin/api/${opts.version ?? "2026-10"}/graphql.json`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token, ...opts.headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* HTML fault bodies stay text */
  }
  return { status: res.status, body };
}

export interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A tiny stand-in for the app: records every POST; answers with `status()`. */
export async function startReceiver(status: () => number = () => 200) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = status();
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function until<T>(fn: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}
