// The order contract every channel with `orders` must pass (DESIGN.md, "The channel adapter"):
// pushes verified on the raw bytes (good / bad / tampered / missing signature), parsing that never
// throws, and normalised orders whose money is integer minor units that add up.
// Fixtures: tests/fixtures/channels/<channel>/order-<name>.json, with the order's raw refund
// records (if any) in refunds-<name>.json; pushes in push-*.json / push-*.txt.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ChannelAdapter, OrderAdapter } from "~/channels/channel-adapter";
import { channelAdapters } from "~/channels/registry";
import type { ChannelOrder } from "~/core/orders/types";
import { pushSigners } from "../fakes/sign";

const FIXTURES = join(import.meta.dirname, "../fixtures/channels");
const secret = { appKey: "29a39d3a8b4c1", appSecret: "7c0e5f1b2a3d4c5e6f708192a3b4c5d6e7f80912" };
const STATES = ["pending", "on_hold", "open", "completed", "cancelled"];

const withOrders = channelAdapters.filter((a): a is ChannelAdapter & { orders: OrderAdapter } => a.orders !== undefined);

function fixtures(channel: string) {
  const dir = join(FIXTURES, channel);
  const files = readdirSync(dir);
  const json = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
  const orders = files
    .filter((f) => /^order-.+\.json$/.test(f))
    .map((file) => {
      const refundsFile = file.replace(/^order-/, "refunds-");
      return { file, raw: json(file), refunds: files.includes(refundsFile) ? (json(refundsFile) as unknown[]) : [] };
    });
  const pushes = files.filter((f) => /^push-/.test(f)).map((file) => ({ file, raw: readFileSync(join(dir, file), "utf8") }));
  return { orders, pushes };
}

/** The invariants the importer relies on. */
function checkOrder(order: ChannelOrder, channel: string, where: string): void {
  const minor = (v: number, what: string) => {
    expect(Number.isSafeInteger(v), `${where}: ${what} = ${v} is not integer minor units`).toBe(true);
    expect(v, `${where}: ${what}`).toBeGreaterThanOrEqual(0);
  };
  expect(order.channel).toBe(channel);
  expect(order.externalId).toMatch(/\S/);
  expect(STATES).toContain(order.state);
  expect(order.currency).toMatch(/^[A-Z]{3}$/);
  expect(() => new Intl.NumberFormat("en", { style: "currency", currency: order.currency })).not.toThrow();
  if (order.createdAt !== null) expect(Number.isNaN(Date.parse(order.createdAt)), where).toBe(false);
  expect(order.lines.length, where).toBeGreaterThan(0);
  const lineIds = new Set<string>();
  let goods = 0;
  for (const line of order.lines) {
    expect(line.lineId).toMatch(/\S/);
    expect(lineIds.has(line.lineId), `${where}: line ids are unique`).toBe(false);
    lineIds.add(line.lineId);
    expect(Number.isInteger(line.quantity) && line.quantity >= 1, `${where}: quantity ${line.quantity}`).toBe(true);
    minor(line.unitPrice, "unitPrice");
    minor(line.discount, "line discount");
    expect(line.discount).toBeLessThanOrEqual(line.unitPrice * line.quantity);
    expect(line.title).toMatch(/\S/);
    goods += line.unitPrice * line.quantity - line.discount;
  }
  minor(order.shipping.amount, "shipping");
  minor(order.tax, "tax");
  minor(order.discount, "discount");
  minor(order.total, "total");
  expect(order.total, `${where}: total = lines − discounts + shipping + tax`).toBe(goods - order.discount + order.shipping.amount + order.tax);
  if (order.shippingAddress?.countryCode) expect(order.shippingAddress.countryCode).toMatch(/^[A-Z]{2}$/);
  expect(order.cancelReason === null, `${where}: a cancel reason exactly when cancelled`).toBe(order.state !== "cancelled");
  for (const refund of order.refunds) {
    expect(refund.id).toMatch(/\S/);
    minor(refund.amount, "refund amount");
    expect(refund.amount).toBeLessThanOrEqual(order.total);
    for (const line of refund.lines) {
      expect(Number.isInteger(line.quantity) && line.quantity >= 1).toBe(true);
      if (line.lineId !== null) expect(lineIds.has(line.lineId), `${where}: refund line ${line.lineId} is a line of the order`).toBe(true);
    }
  }
}

describe("order adapters", () => {
  it("TikTok Shop and Meta take orders", () => {
    expect(withOrders.map((a) => a.id).sort()).toEqual(["meta", "tiktok"]);
  });
});

describe.each(withOrders.map((a) => [a.id, a.orders] as const))("orders of %s", (id, orders) => {
  const { orders: samples, pushes } = fixtures(id);
  const sign = pushSigners[id];

  it("declares its capabilities", () => {
    expect(["push", "pull"]).toContain(orders.delivery);
    if (orders.delivery === "push") {
      expect(orders.verifyPush).toBeTypeOf("function");
      expect(orders.parsePush).toBeTypeOf("function");
    }
    expect(typeof orders.takesStockPushes).toBe("boolean");
    expect(Number.isInteger(orders.stockBatchLimit) && orders.stockBatchLimit >= 1).toBe(true);
  });

  it("has realistic fixtures: several orders, one cancelled, one with a refund, one with a multi-unit line", () => {
    expect(samples.length).toBeGreaterThanOrEqual(3);
    const normalised = samples.map((s) => orders.normalizeOrder(s.raw, s.refunds));
    const values = normalised.flatMap((r) => (r.ok ? [r.value] : []));
    expect(values).toHaveLength(samples.length);
    expect(values.some((o) => o.state === "cancelled")).toBe(true);
    expect(values.some((o) => o.refunds.length > 0)).toBe(true);
    expect(values.some((o) => o.lines.some((l) => l.quantity > 1))).toBe(true);
  });

  it.each(samples.map((s) => [s.file, s] as const))("normalises %s into consistent integer money", (file, sample) => {
    const result = orders.normalizeOrder(sample.raw, sample.refunds);
    if (!result.ok) throw new Error(`${file}: ${result.message}`);
    checkOrder(result.value, id, file);
    // Pure and repeatable: the same input gives the same order.
    expect(orders.normalizeOrder(JSON.parse(JSON.stringify(sample.raw)), sample.refunds)).toEqual(result);
  });

  it("never throws on junk orders, and says why", () => {
    for (const junk of [null, undefined, 42, "order", [], {}, { id: 1 }, { id: "1", line_items: "x", items: "x" }]) {
      const result = orders.normalizeOrder(junk, [null, "x"]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/\S/);
    }
  });

  describe.runIf(orders.verifyPush !== undefined)("push signatures", () => {
    const verify = orders.verifyPush!;
    const body = pushes[0]?.raw ?? JSON.stringify({ object: "page", entry: [{ id: "1029384756", time: 1763647391, changes: [] }] });
    const bytes = (s: string) => new TextEncoder().encode(s);
    const reader = (headers: Record<string, string>) => (name: string) =>
      Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? null;

    it("has a signer in tests/fakes/sign.ts", () => {
      expect(sign).toBeTypeOf("function");
    });

    it("accepts a good signature", () => {
      expect(verify(bytes(body), reader(sign(body, secret)), secret)).toBe(true);
    });

    it("rejects a signature made with another secret", () => {
      expect(verify(bytes(body), reader(sign(body, { ...secret, appSecret: "not-the-secret" })), secret)).toBe(false);
    });

    it("rejects a tampered body", () => {
      const headers = sign(body, secret);
      expect(verify(bytes(`${body} `), reader(headers), secret)).toBe(false);
      const flipped = body.slice(0, body.length - 1) + String.fromCharCode(body.charCodeAt(body.length - 1) ^ 1);
      expect(verify(bytes(flipped), reader(headers), secret)).toBe(false);
    });

    it("rejects a missing or emptied signature", () => {
      expect(verify(bytes(body), reader({ "Content-Type": "application/json" }), secret)).toBe(false);
      const headers = sign(body, secret);
      const emptied = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, k === "Content-Type" ? v : ""]));
      expect(verify(bytes(body), reader(emptied), secret)).toBe(false);
    });
  });

  describe.runIf(orders.parsePush !== undefined)("push parsing", () => {
    const parse = orders.parsePush!;

    it("parses its push fixtures into order or unsupported events, and refuses the malformed ones", () => {
      expect(pushes.length).toBeGreaterThan(0);
      for (const push of pushes) {
        const result = parse(push.raw);
        const valid = (() => {
          try {
            JSON.parse(push.raw);
            return true;
          } catch {
            return false;
          }
        })();
        expect(result.ok, push.file).toBe(valid);
        if (result.ok) {
          expect(result.value.eventId).toMatch(/\S/);
          expect(result.value.externalShopId).toMatch(/\S/);
          if (result.value.kind === "order") expect(result.value.orderId).toMatch(/\S/);
        }
      }
      expect(pushes.some((p) => parse(p.raw).ok === false)).toBe(true);
    });

    it("never throws on junk bodies", () => {
      for (const junk of ["", "null", "{", "[]", "\"text\"", "{}", "{\"type\":1}", "\u0000\u00ff"]) {
        const result = parse(junk);
        expect(result.ok, junk).toBe(false);
      }
    });
  });
});
