import autocannon from "autocannon";
import { tiktokStatusPush } from "../../tests/support/channel-orders";
import { signTikTokPush } from "../../tests/fakes/sign";

// The load role of bench:orders: autocannon at a fixed overall rate against one push URL, every
// request a distinct TikTok Shop push (its own tts_notification_id and order id) signed as TikTok
// signs. Bodies are built and signed as each request is set up (JSON + one HMAC of ~250 bytes:
// microseconds, nothing next to a request). The ids answered 200 are returned so the parent can
// check each one is in the inbox ("lost" = a 200 whose event was not stored).

export interface LoadSpec {
  url: string;
  /** Requests per second over all connections (autocannon's overallRate). */
  rate: number;
  seconds: number;
  connections: number;
  appKey: string;
  appSecret: string;
  shopId: string;
  /** Digits that make this run's event and order ids unique (e.g. a run number and a phase). */
  idPrefix: string;
}

export interface LoadResult {
  url: string;
  rate: number;
  connections: number;
  seconds: number;
  /** Requests written (each built and signed just before it goes out) and answered. */
  sent: number;
  answered: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers per second over the run. */
  achievedRate: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statuses: Record<string, number>;
  /** tts_notification_ids the server answered 200. */
  acceptedIds: string[];
}

/** The i-th push of a run: a status change of an order no one has (the worker holds it quickly). */
export function pushBody(spec: Pick<LoadSpec, "shopId" | "idPrefix">, i: number): { eventId: string; body: string } {
  const eventId = `${spec.idPrefix}${String(i).padStart(9, "0")}`;
  return { eventId, body: JSON.stringify(tiktokStatusPush(spec.shopId, `9${eventId}`, "AWAITING_SHIPMENT", eventId)) };
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  const accepted: string[] = [];
  const statuses: Record<string, number> = {};
  type Ctx = { eventId?: string };
  const result = await autocannon({
    url: spec.url,
    method: "POST",
    connections: spec.connections,
    overallRate: spec.rate,
    duration: spec.seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => {
          const { eventId, body } = pushBody(spec, next++);
          (context as Ctx).eventId = eventId;
          return { ...request, method: "POST", body, headers: { ...signTikTokPush(body, spec.appKey, spec.appSecret), "Content-Length": String(Buffer.byteLength(body)) } };
        },
        onResponse: (status, _body, context) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          const id = (context as Ctx).eventId;
          if (status === 200 && id) accepted.push(id);
        },
      },
    ],
  });
  const answered = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  return {
    url: spec.url,
    rate: spec.rate,
    connections: spec.connections,
    seconds: result.duration,
    // autocannon's requests.sent starts each connection at its rate budget; count what was written.
    sent: next,
    answered,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    achievedRate: answered / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    statuses,
    acceptedIds: accepted,
  };
}
