// The plumbing the channel fakes share: a JSON server on 127.0.0.1:0, a request log, idempotency
// records, and seeded fault injection (a share of 5xx / 429 answers, or the next N answers).

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRng, type Rng } from "../emulator/random";

export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  rawBody: string;
}

export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FaultOptions {
  /** Share of requests answered with a fault instead of being served, drawn from `seed`. */
  rate?: number;
  seed?: number;
  /** The fault statuses drawn from (default 500, 503, 429). */
  statuses?: number[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  fault: boolean;
}

export class FakeFaults {
  private rng: Rng;
  private queued: number[] = [];

  constructor(private options: FaultOptions = {}) {
    this.rng = createRng(options.seed ?? 1);
  }

  set(options: FaultOptions): void {
    this.options = { ...this.options, ...options };
    if (options.seed !== undefined) this.rng = createRng(options.seed);
  }

  /** No more faults: the queue emptied, the rate back to 0. */
  reset(): void {
    this.queued = [];
    this.options = { ...this.options, rate: 0 };
  }

  /** The next `count` requests are answered with `status`. */
  failNext(status: number, count = 1): void {
    for (let i = 0; i < count; i++) this.queued.push(status);
  }

  draw(): number | null {
    const queued = this.queued.shift();
    if (queued !== undefined) return queued;
    if (!this.options.rate || !this.rng.chance(this.options.rate)) return null;
    return this.rng.pick(this.options.statuses ?? [500, 503, 429]);
  }
}

export interface JsonServer {
  url: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export async function startJsonServer(
  handle: (request: FakeRequest) => FakeResponse,
  faults: FakeFaults,
  faultBody: (status: number) => unknown,
): Promise<JsonServer> {
  const requests: LoggedRequest[] = [];
  const send = (res: ServerResponse, answer: FakeResponse) => {
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...answer.headers });
    res.end(text);
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fault = faults.draw();
    let answer: FakeResponse;
    if (fault !== null) {
      answer = { status: fault, body: faultBody(fault), headers: fault === 429 ? { "Retry-After": "0" } : {} };
    } else {
      try {
        answer = handle({ method: req.method ?? "GET", url, headers: req.headers, rawBody: Buffer.concat(chunks).toString("utf8") });
      } catch (error) {
        answer = { status: 500, body: faultBody(500) };
        console.warn(`fake server: ${(error as Error).stack}`);
      }
    }
    requests.push({ method: req.method ?? "GET", path: url.pathname, status: answer.status, fault: fault !== null });
    send(res, answer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Remembers the first answer per idempotency key: the same key answers the same, with no second effect. */
export class IdempotencyKeys {
  private seen = new Map<string, FakeResponse>();

  once(scope: string, key: unknown, effect: () => FakeResponse): FakeResponse {
    if (typeof key !== "string" || key === "") return effect();
    const id = `${scope}\u0000${key}`;
    const known = this.seen.get(id);
    if (known) return known;
    const answer = effect();
    if (answer.status < 400) this.seen.set(id, answer);
    return answer;
  }
}

export function parseJson(raw: string): unknown {
  if (raw === "") return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Pages through `items` with an opaque offset token. */
export function pageOf<T>(items: T[], size: number, token: string | null): { page: T[]; next: string | null } {
  const start = token ? Number(Buffer.from(token, "base64url").toString("utf8")) || 0 : 0;
  const end = start + size;
  return { page: items.slice(start, end), next: end < items.length ? Buffer.from(String(end)).toString("base64url") : null };
}
