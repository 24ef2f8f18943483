// JSON over HTTP to a channel's API, retried with backoff (p-retry) on network failures, timeouts,
// 429 and 5xx, and on what the channel's own envelope marks as transient. Any other refusal throws
// at once with the channel's message. Messages name the call (method + path), never the query
// string, so tokens and signatures stay out of logs.

import pRetry, { AbortError } from "p-retry";

export class ChannelApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 for a network failure. */
    readonly status: number,
    readonly retryable: boolean,
    /** The channel's own error code, when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "ChannelApiError";
  }
}

export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** First backoff in ms (default 300), doubling up to maxTimeoutMs (default 10 s). */
  minTimeoutMs?: number;
  maxTimeoutMs?: number;
  /** Per-attempt timeout in ms (default 30 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ChannelRequest {
  method: "GET" | "POST";
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

/** What the channel said went wrong in a response it sent: null when the response is a success. */
export type ReadProblem = (status: number, body: unknown) => { message: string; code: string | null; retryable: boolean } | null;

export interface ChannelCallStats {
  requests: number;
  retried: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(response: Response, capMs: number): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(capMs, seconds * 1000) : 0;
}

/**
 * Sends the request `build` makes (called again on every attempt, so signatures and timestamps are
 * fresh) and returns the parsed JSON body.
 */
export function callChannel(
  channel: string,
  build: () => ChannelRequest,
  readProblem: ReadProblem,
  options: RetryOptions,
  stats?: ChannelCallStats,
): Promise<unknown> {
  const fetchFn = options.fetch ?? fetch;
  const maxTimeout = options.maxTimeoutMs ?? 10_000;

  async function attempt(): Promise<unknown> {
    const request = build();
    const label = `${channel} ${request.method} ${request.url.pathname}`;
    if (stats) stats.requests++;
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(request.url, {
        method: request.method,
        headers: { Accept: "application/json", ...(request.body !== undefined ? { "Content-Type": "application/json" } : {}), ...request.headers },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      text = await response.text();
    } catch (error) {
      throw new ChannelApiError(`${label} failed: ${(error as Error).message}`, 0, true);
    }
    let body: unknown = null;
    try {
      body = text === "" ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    const problem = readProblem(response.status, body);
    const transient = response.status === 429 || response.status >= 500;
    if (!problem && !transient && response.ok) return body;
    const message = `${label}: ${problem?.message ?? `HTTP ${response.status}`} (HTTP ${response.status})`;
    const error = new ChannelApiError(message, response.status, transient || (problem?.retryable ?? false), problem?.code ?? null);
    if (!error.retryable) throw new AbortError(error);
    const wait = retryAfterMs(response, maxTimeout);
    if (wait > 0) await sleep(wait);
    throw error;
  }

  return pRetry(attempt, {
    retries: options.retries ?? 5,
    minTimeout: options.minTimeoutMs ?? 300,
    maxTimeout,
    factor: 2,
    randomize: true,
    onFailedAttempt: ({ retriesLeft }) => {
      if (stats && retriesLeft > 0) stats.retried++;
    },
  });
}
