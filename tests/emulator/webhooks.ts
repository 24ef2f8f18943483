/**
 * Webhooks to the app, signed as Shopify signs them. Subscriptions come from the app's
 * shopify.app.toml (`[[webhooks.subscriptions]]` with `topics` or `compliance_topics`, `uri`).
 */
import { createHmac, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { parse as parseToml } from "smol-toml";
import { stringifyWithRawNumbers } from "./json";

export interface Subscription {
  topics: string[];
  uri: string;
  includeFields?: string[];
}

export interface Delivery {
  /** X-Shopify-Webhook-Id (a redelivery keeps it). */
  webhookId: string;
  /** X-Shopify-Event-Id (a redelivery keeps it). */
  eventId: string;
  topic: string;
  shop: string;
  url: string | null;
  /** The exact bytes sent (and signed). */
  body: string;
  headers: Record<string, string>;
  triggeredAt: string;
  /** HTTP status of the app's answer; null when not sent or the request failed. */
  status: number | null;
  error: string | null;
  /** False when webhooks were turned off ("lost") or no app URL was configured. */
  sent: boolean;
  /** Set on redeliveries: the delivery this one duplicates. */
  redeliveryOf?: Delivery;
}

export interface WebhookOptions {
  apiSecret: string;
  appUrl?: string | null;
  tomlPath?: string | null;
  /** Used instead of the TOML file when given. */
  subscriptions?: Subscription[];
  apiVersion?: string;
  timeoutMs?: number;
}

export function signBody(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

export function readSubscriptions(tomlPath: string): { subscriptions: Subscription[]; apiVersion: string | null } {
  if (!existsSync(tomlPath)) return { subscriptions: [], apiVersion: null };
  const doc = parseToml(readFileSync(tomlPath, "utf8")) as {
    webhooks?: {
      api_version?: string;
      subscriptions?: { topics?: string[]; compliance_topics?: string[]; uri?: string; include_fields?: string[] }[];
    };
  };
  const subs = (doc.webhooks?.subscriptions ?? [])
    .filter((s) => typeof s.uri === "string")
    .map((s) => ({
      topics: [...(s.topics ?? []), ...(s.compliance_topics ?? [])],
      uri: s.uri!,
      includeFields: s.include_fields,
    }));
  return { subscriptions: subs, apiVersion: doc.webhooks?.api_version ?? null };
}

function pick(body: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const [head, ...rest] = f.split(".");
    if (!(head in body)) continue;
    const v = body[head];
    if (!rest.length) out[head] = v;
    else if (Array.isArray(v)) {
      const prev = (out[head] as Record<string, unknown>[] | undefined) ?? v.map(() => ({}));
      out[head] = v.map((x, i) => ({ ...prev[i], ...pick(x as Record<string, unknown>, [rest.join(".")]) }));
    } else if (v && typeof v === "object") {
      out[head] = { ...(out[head] as object), ...pick(v as Record<string, unknown>, [rest.join(".")]) };
    }
  }
  return out;
}

export class Webhooks {
  /** Turn off to simulate lost webhooks: deliveries are recorded with `sent: false`. */
  enabled = true;
  readonly deliveries: Delivery[] = [];
  subscriptions: Subscription[] = [];
  apiVersion: string;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly opts: WebhookOptions) {
    this.apiVersion = opts.apiVersion ?? "2025-10";
    this.reload();
  }

  get appUrl(): string | null {
    return this.opts.appUrl ?? null;
  }

  set appUrl(url: string | null) {
    this.opts.appUrl = url;
  }

  /** Re-read subscriptions (the TOML may change while tests run). */
  reload(): void {
    if (this.opts.subscriptions) {
      this.subscriptions = this.opts.subscriptions;
      return;
    }
    if (!this.opts.tomlPath) return;
    const { subscriptions, apiVersion } = readSubscriptions(this.opts.tomlPath);
    this.subscriptions = subscriptions;
    if (apiVersion && !this.opts.apiVersion) this.apiVersion = apiVersion;
  }

  subscribed(topic: string): Subscription[] {
    return this.subscriptions.filter((s) => s.topics.includes(topic));
  }

  /** A data change: one delivery per subscription to the topic (none if not subscribed). */
  emit(shop: string, topic: string, payload: Record<string, unknown>): Promise<Delivery[]> {
    const triggeredAt = new Date().toISOString();
    const eventId = randomUUID();
    return Promise.all(
      this.subscribed(topic).map((s) =>
        this.send({
          shop,
          topic,
          body: stringifyWithRawNumbers(s.includeFields?.length ? pick(payload, s.includeFields) : payload),
          uri: s.uri,
          eventId,
          triggeredAt,
        }),
      ),
    );
  }

  /**
   * Deliver any topic with any body (compliance topics, app/uninstalled, malformed bodies…).
   * Goes to the topic's subscriptions, or to `uri` when given. A string body is sent as is.
   */
  deliver(args: { shop: string; topic: string; body: unknown; uri?: string }): Promise<Delivery[]> {
    const body = typeof args.body === "string" ? args.body : stringifyWithRawNumbers(args.body);
    const uris = args.uri ? [args.uri] : this.subscribed(args.topic).map((s) => s.uri);
    if (!uris.length) return Promise.reject(new Error(`No subscription for ${args.topic} and no uri given`));
    const eventId = randomUUID();
    const triggeredAt = new Date().toISOString();
    return Promise.all(uris.map((uri) => this.send({ shop: args.shop, topic: args.topic, body, uri, eventId, triggeredAt })));
  }

  /** Send a delivery again: same webhook id, event id and body (a duplicate, as Shopify retries). */
  redeliver(delivery: Delivery): Promise<Delivery> {
    return this.send({
      shop: delivery.shop,
      topic: delivery.topic,
      body: delivery.body,
      uri: delivery.url ?? "",
      eventId: delivery.eventId,
      webhookId: delivery.webhookId,
      triggeredAt: delivery.triggeredAt,
      redeliveryOf: delivery,
      force: true,
    });
  }

  /** Wait until every delivery under way has been answered. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  byTopic(topic: string): Delivery[] {
    return this.deliveries.filter((d) => d.topic === topic);
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  private send(a: {
    shop: string;
    topic: string;
    body: string;
    uri: string;
    eventId: string;
    triggeredAt: string;
    webhookId?: string;
    redeliveryOf?: Delivery;
    force?: boolean;
  }): Promise<Delivery> {
    const base = this.opts.appUrl?.replace(/\/$/, "");
    const url = /^https?:\/\//.test(a.uri) ? a.uri : base ? `${base}${a.uri.startsWith("/") ? "" : "/"}${a.uri}` : null;
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "X-Shopify-Topic": a.topic,
      "X-Shopify-Shop-Domain": a.shop,
      "X-Shopify-API-Version": this.apiVersion,
      "X-Shopify-Webhook-Id": a.webhookId ?? randomUUID(),
      "X-Shopify-Event-Id": a.eventId,
      "X-Shopify-Triggered-At": a.triggeredAt,
      "X-Shopify-Hmac-Sha256": signBody(this.opts.apiSecret, a.body),
    };
    const d: Delivery = {
      webhookId: headers["X-Shopify-Webhook-Id"],
      eventId: a.eventId,
      topic: a.topic,
      shop: a.shop,
      url,
      body: a.body,
      headers,
      triggeredAt: a.triggeredAt,
      status: null,
      error: null,
      sent: false,
      redeliveryOf: a.redeliveryOf,
    };
    this.deliveries.push(d);
    if (!this.enabled && !a.force) {
      d.error = "webhooks disabled (lost)";
      return Promise.resolve(d);
    }
    if (!url) {
      d.error = "no app URL configured";
      return Promise.resolve(d);
    }
    d.sent = true;
    const p = fetch(url, {
      method: "POST",
      headers,
      body: a.body,
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000),
    })
      .then(async (res) => {
        d.status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (!res.ok) d.error = `HTTP ${res.status}`;
        return d;
      })
      .catch((e: unknown) => {
        d.error = e instanceof Error ? e.message : String(e);
        return d;
      });
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
    return p;
  }
}
