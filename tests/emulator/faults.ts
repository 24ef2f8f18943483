import { createRng, type Rng } from "./random";

/**
 * Fault injection for Admin GraphQL answers. Shares are probabilities in [0, 1]; the draw
 * sequence comes from `seed`, so a test that sends the same requests sees the same faults.
 */
export interface FaultOptions {
  /** Share of answers replaced by a THROTTLED error (nothing executes). */
  throttled?: number;
  /** Share of answers replaced by a 502/503 with an HTML body. */
  serverError?: number;
  /**
   * Share of requests that DO execute but whose answer is lost (a 502 instead): the ambiguous
   * failure a non-idempotent mutation must survive without doing the work twice.
   */
  lostAnswer?: number;
  /** Share of answers delayed by `slowMs`. */
  slow?: number;
  slowMs?: number;
  seed?: number;
}

export type FaultDecision =
  | { kind: "none"; delayMs: number }
  | { kind: "throttled"; delayMs: number }
  | { kind: "serverError"; status: 502 | 503; delayMs: number }
  | { kind: "lostAnswer"; delayMs: number };

export class Faults {
  private opts: Required<FaultOptions>;
  private rng: Rng;

  constructor(opts: FaultOptions = {}) {
    this.opts = { throttled: 0, serverError: 0, lostAnswer: 0, slow: 0, slowMs: 2000, seed: 1, ...opts };
    this.rng = createRng(this.opts.seed);
  }

  /** Change shares at run time; a new `seed` restarts the sequence. */
  set(opts: FaultOptions): void {
    this.opts = { ...this.opts, ...opts };
    if (opts.seed !== undefined) this.rng = createRng(opts.seed);
  }

  get options(): Readonly<Required<FaultOptions>> {
    return this.opts;
  }

  /** One decision per request; always three draws so shares do not disturb each other. */
  decide(): FaultDecision {
    const a = this.rng.next();
    const b = this.rng.next();
    const c = this.rng.next();
    const delayMs = c < this.opts.slow ? this.opts.slowMs : 0;
    if (a < this.opts.throttled) return { kind: "throttled", delayMs };
    if (a < this.opts.throttled + this.opts.serverError) return { kind: "serverError", status: b < 0.5 ? 502 : 503, delayMs };
    if (a < this.opts.throttled + this.opts.serverError + this.opts.lostAnswer) return { kind: "lostAnswer", delayMs };
    return { kind: "none", delayMs };
  }
}

export function serverErrorBody(status: 502 | 503): string {
  const title = status === 502 ? "502 Bad Gateway" : "503 Service Unavailable";
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Shopify &middot; ${title}</title></head>
<body><h1>${title}</h1><p>There was a problem loading this website. Please try again.</p></body>
</html>
`;
}
