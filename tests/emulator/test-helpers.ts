/** Helpers for the emulator's own tests: talk to it over HTTP like the app does. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
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

/** A shopify.app.toml in a temp folder with these webhook subscriptions (API 2026-10); returns its path. */
export function appTomlFile(subscriptions: { topics?: string[]; compliance_topics?: string[]; uri: string }[]): string {
  const list = (xs: string[]) => `[ ${xs.map((x) => JSON.stringify(x)).join(", ")} ]`;
  const blocks = subscriptions.map((s) =>
    [
      "  [[webhooks.subscriptions]]",
      s.topics ? `  topics = ${list(s.topics)}` : null,
      s.compliance_topics ? `  compliance_topics = ${list(s.compliance_topics)}` : null,
      `  uri = ${JSON.stringify(s.uri)}`,
    ]
      .filter((l) => l !== null)
      .join("\n"),
  );
  const toml = ['client_id = "x"', 'name = "t"', 'application_url = "https://example.com"', "embedded = true", "", "[webhooks]", 'api_version = "2026-10"', "", ...blocks, ""].join("\n");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "emu-toml-")), "shopify.app.toml");
  writeFileSync(file, toml);
  return file;
}
