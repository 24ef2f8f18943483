// The demo's order events file (`--orders FILE`, ../shared/reference/shopify/catalog-jsonl.md
// "Order events file"): one JSON object per line, read as a stream and checked line by line.
//   {"channel", "order": {...}}   put (or update) an order in the channel's fake API
//   {"channel": "tiktok", "return": {...}}   put a TikTok return/refund record (our extension)
//   {"channel", "body": <event>, "signature"?: "invalid"}   deliver a pushed event, signed
// Blank lines are skipped. A line that breaks these rules is an InputError naming its number.

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export class InputError extends Error {}

type Json = Record<string, unknown>;

/** Channels the demo has order intake for: TikTok Shop pushes, Meta is pulled. */
export const ORDER_CHANNELS = ["tiktok", "meta"] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export type OrderLine = { n: number; channel: OrderChannel } & (
  | { kind: "order"; order: Json & { id: string } }
  | { kind: "return"; record: Json & { order_id: string; return_id: string } }
  | { kind: "push"; body: string; signature: "valid" | "invalid" }
);

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === "string" && v !== "";

/** One line of the file, checked; null for a blank line. */
export function parseOrderLine(text: string, n: number): OrderLine | null {
  if (!text.trim()) return null;
  const fail = (why: string) => new InputError(`--orders line ${n}: ${why}`);
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    throw fail("is not JSON");
  }
  if (!isObject(line)) throw fail("is not a JSON object");
  const { channel } = line;
  if (typeof channel !== "string") throw fail('has no "channel"');
  if (!(ORDER_CHANNELS as readonly string[]).includes(channel)) throw fail(`unknown channel "${channel}" (orders come from ${ORDER_CHANNELS.join(", ")})`);
  const c = channel as OrderChannel;
  const given = (["order", "return", "body"] as const).filter((key) => key in line);
  if (given.length !== 1) throw fail('needs exactly one of "order", "return" or "body"');
  if (line.signature !== undefined && (given[0] !== "body" || line.signature !== "invalid")) throw fail('"signature" can only be "invalid", on a line with a "body"');

  if (given[0] === "order") {
    if (!isObject(line.order) || !isId(line.order.id)) throw fail('"order" must be an object with a string "id"');
    return { n, channel: c, kind: "order", order: line.order as Json & { id: string } };
  }
  if (given[0] === "return") {
    if (c !== "tiktok") throw fail('"return" records are TikTok Shop\'s; Meta refunds go in the order\'s "refunds"');
    const record = line.return;
    if (!isObject(record) || !isId(record.order_id) || !isId(record.return_id)) throw fail('"return" must be an object with string "order_id" and "return_id"');
    return { n, channel: c, kind: "return", record: record as Json & { order_id: string; return_id: string } };
  }
  if (c === "meta") throw fail('Meta orders are pulled, not pushed: give the order as "order"');
  const { body } = line;
  if (typeof body !== "string" && !isObject(body)) throw fail('"body" must be the event object, or a string delivered as those bytes');
  return { n, channel: c, kind: "push", body: typeof body === "string" ? body : JSON.stringify(body), signature: line.signature === "invalid" ? "invalid" : "valid" };
}

/** The file's lines in order, checked as they are read. */
export async function* readOrderLines(file: string): AsyncGenerator<OrderLine> {
  let n = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const line = parseOrderLine(text, ++n);
    if (line) yield line;
  }
}
