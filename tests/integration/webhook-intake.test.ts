import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { signTikTokPush } from "../fakes/sign";
import { tiktokStatusPush } from "../support/channel-orders";
import { freshDatabase, testSql } from "../support/db";
import { applyTestEnv, TEST_APP_URL } from "../support/env";
import { shopifyWebhookRequest } from "../support/shopify-webhook";
import { tomlSubscriptions } from "../support/app-toml";

// Every subscribed topic, through the real route and the real authenticate.webhook (HMAC on the
// raw body), into the real inbox (SQLite, or PostgreSQL with TEST_POSTGRES_URL); and what each
// intake (Shopify's, a channel's push) hands the worker.

const database = freshDatabase();
applyTestEnv({ DATABASE_URL: database.url });

const SHOP = "intake-test.myshopify.com";
const PAYLOADS = join(import.meta.dirname, "../../../shared/reference/shopify/webhook-payloads");
const FALLBACK_BODY = JSON.stringify({ id: 1, admin_graphql_api_id: "gid://shopify/Product/1" });

let db: PrismaClient;
type Action = (args: { request: Request; params: object; context: object }) => Promise<Response>;
const actions = new Map<string, Action>();

function routeFile(uri: string): string {
  return join(import.meta.dirname, "../../app/routes", `${uri.slice(1).replaceAll("/", ".")}.tsx`);
}

function exampleBody(topic: string): string {
  const candidates = [`${topic.replace("/", "__")}.json`, `${topic.replace("/", "__")}.from-2024-01-docs.json`];
  for (const name of candidates) {
    const file = join(PAYLOADS, name);
    if (existsSync(file)) return readFileSync(file, "utf8");
  }
  return FALLBACK_BODY;
}

async function deliver(uri: string, init: Parameters<typeof shopifyWebhookRequest>[0]): Promise<Response> {
  const action = actions.get(uri);
  if (!action) throw new Error(`no route for ${uri}`);
  return action({ request: shopifyWebhookRequest(init), params: {}, context: {} });
}

beforeAll(async () => {
  db = (await import("~/db.server")).default;
  for (const { uri } of tomlSubscriptions()) {
    const mod = (await import(routeFile(uri))) as { action: Action };
    actions.set(uri, mod.action);
  }
});

const cases = tomlSubscriptions().flatMap((s) => s.topics.map((topic) => ({ topic, uri: s.uri })));

describe("Shopify webhook intake", () => {
  it("subscribes every topic the foundation needs, each to a route file that exists", () => {
    const topics = cases.map((c) => c.topic).sort();
    expect(topics).toEqual([
      "app/scopes_update", "app/uninstalled", "bulk_operations/finish", "customers/data_request",
      "customers/redact", "fulfillments/create", "inventory_levels/update", "orders/cancelled", "products/create",
      "products/delete", "products/update", "shop/redact",
    ]);
    for (const { uri } of cases) expect(existsSync(routeFile(uri)), uri).toBe(true);
  });

  it.each(cases)("$topic: signed → 200 and one row; again → 200, still one row; bad signature → 401, no row", async ({ topic, uri }) => {
    // A shop of its own per topic: the worker may run shop/redact meanwhile, and it erases a shop.
    const SHOP = `${topic.replace(/\W/g, "-")}.myshopify.com`;
    const body = exampleBody(topic);
    const ids = { webhookId: `wh-${topic}`, eventId: `ev-${topic}` };
    const first = await deliver(uri, { topic, shop: SHOP, body, path: uri, ...ids });
    expect(first.status).toBe(200);
    const rows = await db.inboxEvent.findMany({ where: { source: "shopify", eventKey: ids.eventId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic, shop: SHOP, payload: body, webhookId: ids.webhookId, apiVersion: "2026-10" });

    const again = await deliver(uri, { topic, shop: SHOP, body, path: uri, ...ids });
    expect(again.status).toBe(200);
    expect(await db.inboxEvent.count({ where: { eventKey: ids.eventId } })).toBe(1);

    const forged = await deliver(uri, { topic, shop: SHOP, body, path: uri, eventId: `forged-${topic}`, secret: "not-the-secret" });
    expect(forged.status).toBe(401);
    expect(await db.inboxEvent.count({ where: { eventKey: `forged-${topic}` } })).toBe(0);
  });

  it("falls back to the webhook id as the key when no event id is sent", async () => {
    const request = shopifyWebhookRequest({ topic: "products/update", shop: SHOP, body: FALLBACK_BODY, path: "/webhooks/catalog", webhookId: "only-webhook-id" });
    request.headers.delete("X-Shopify-Event-Id");
    const action = actions.get("/webhooks/catalog")!;
    expect((await action({ request, params: {}, context: {} })).status).toBe(200);
    expect(await db.inboxEvent.count({ where: { eventKey: "only-webhook-id" } })).toBe(1);
  });

  it("answers a correctly signed body that is not JSON with 400 and stores nothing", async () => {
    const res = await deliver("/webhooks/catalog", { topic: "products/update", shop: SHOP, body: "{not json", path: "/webhooks/catalog", eventId: "malformed" });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not valid JSON/);
    expect(await db.inboxEvent.count({ where: { eventKey: "malformed" } })).toBe(0);
  });

  it("answers an oversized body with 413 and stores nothing", async () => {
    const body = JSON.stringify({ blob: "x".repeat(6 * 1024 * 1024) });
    const res = await deliver("/webhooks/catalog", { topic: "products/update", shop: SHOP, body, path: "/webhooks/catalog", eventId: "huge" });
    expect(res.status).toBe(413);
    expect(await db.inboxEvent.count({ where: { eventKey: "huge" } })).toBe(0);
  });

  it("refuses a topic sent to an address that does not handle it", async () => {
    const res = await deliver("/webhooks/bulk", { topic: "products/update", shop: SHOP, body: FALLBACK_BODY, path: "/webhooks/bulk", eventId: "misrouted" });
    expect(res.status).toBe(400);
    expect(await db.inboxEvent.count({ where: { eventKey: "misrouted" } })).toBe(0);
  });

  it("answers missing Shopify headers with 400 and stores nothing", async () => {
    const request = shopifyWebhookRequest({ topic: "products/update", shop: SHOP, body: FALLBACK_BODY, path: "/webhooks/catalog", eventId: "headless" });
    request.headers.delete("X-Shopify-Shop-Domain");
    const res = await actions.get("/webhooks/catalog")!({ request, params: {}, context: {} });
    expect(res.status).toBe(400);
    expect(await db.inboxEvent.count({ where: { eventKey: "headless" } })).toBe(0);
  });
});

describe("what each intake hands on", () => {
  it("Shopify: the stored row's id goes to the worker, nothing for a redelivery", async () => {
    const { receiveShopifyWebhook } = await import("~/services/shopify-webhook.server");
    const { authenticate } = await import("~/shopify.server");
    const ids: number[] = [];
    const deps = { db, authenticate: (request: Request) => authenticate.webhook(request), onStored: (id: number) => ids.push(id) };
    const init = { topic: "products/update", shop: SHOP, body: FALLBACK_BODY, path: "/webhooks/catalog", eventId: "handed-on" };
    for (const answer of ["OK", "OK (duplicate)"]) {
      const response = await receiveShopifyWebhook(shopifyWebhookRequest(init), ["products/update"], deps);
      expect([response.status, await response.text()]).toEqual([200, answer]);
    }
    expect(ids).toEqual([(await db.inboxEvent.findFirstOrThrow({ where: { source: "shopify", eventKey: "handed-on" } })).id]);
  });

  it("a channel push: stored through the raw-SQL port with timestamps Prisma reads, its id handed on once", async () => {
    const { receiveChannelPush } = await import("~/services/orders/push-intake.server");
    const { connectChannel } = await import("~/services/connections/connections.server");
    const credentials = { appKey: "tt-intake-key", appSecret: "tt-intake-secret", accessToken: "tt-token", shopCipher: "ROW_x" };
    const connection = await connectChannel(db, SHOP, { channel: "tiktok", externalShopId: "7494", credentials });
    const sql = testSql(database.url);
    const ids: number[] = [];
    const body = JSON.stringify(tiktokStatusPush("7494", "576499999999999999", "AWAITING_SHIPMENT", "7327999999999999999"));
    const push = () => new Request(`${TEST_APP_URL}/channels/tiktok/${connection.id}`, { method: "POST", headers: signTikTokPush(body, credentials.appKey, credentials.appSecret), body });
    const before = Date.now();
    try {
      for (const answer of ["OK", "OK (duplicate)"]) {
        const response = await receiveChannelPush(push(), "tiktok", connection.id, { db, sql, onStored: (id) => ids.push(id) });
        expect([response.status, await response.text()]).toEqual([200, answer]);
      }
    } finally {
      await sql.close();
    }
    const row = await db.inboxEvent.findFirstOrThrow({ where: { source: "tiktok", eventKey: "7327999999999999999" } });
    expect(ids).toEqual([row.id]);
    expect(row).toMatchObject({ shop: SHOP, topic: "ORDER_STATUS_CHANGE", payload: body });
    for (const at of [row.receivedAt, row.nextAttemptAt]) expect(Math.abs(at.getTime() - before)).toBeLessThan(60_000);
  });
});
