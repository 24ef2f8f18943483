import { createHmac } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index";
import { gql, startReceiver, until } from "./test-helpers";

const SHOP = "bulk.myshopify.com";
const SECRET = "bulk-secret";
const RUN = `mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id status } userErrors { field message code } } }`;
const RUN_GROUPED = `mutation($q: String!) { bulkOperationRunQuery(query: $q, groupObjects: true) { bulkOperation { id status } userErrors { field message code } } }`;
const POLL = `query($id: ID!) { node(id: $id) { ... on BulkOperation { id status errorCode objectCount rootObjectCount fileSize url partialDataUrl completedAt } } }`;
const INNER = `{ products { edges { node { id title variants { edges { node { id sku price } } }
  media { edges { node { ... on MediaImage { id image { url } } } } } } } } }`;

type Line = Record<string, unknown> & { id: string; __parentId?: string };

let emu: Emulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

async function runBulk(query: string, opts: { version?: string; grouped?: boolean } = {}) {
  const r = await gql(emu, "t", opts.grouped ? RUN_GROUPED : RUN, { q: query }, { version: opts.version });
  expect(r.body.data.bulkOperationRunQuery.userErrors).toEqual([]);
  const id = r.body.data.bulkOperationRunQuery.bulkOperation.id as string;
  const op = await until(async () => {
    const n = (await gql(emu, "t", POLL, { id })).body.data.node;
    return ["COMPLETED", "FAILED", "CANCELED"].includes(n.status) ? n : null;
  });
  return op;
}

async function download(url: string): Promise<{ lines: Line[]; bytes: number; type: string | null }> {
  const res = await fetch(url);
  const text = await res.text();
  return {
    lines: text.trimEnd().split("\n").map((l) => JSON.parse(l) as Line),
    bytes: Buffer.byteLength(text),
    type: res.headers.get("content-type"),
  };
}

beforeAll(async () => {
  receiver = await startReceiver();
  emu = await startEmulator({
    apiSecret: SECRET,
    appUrl: receiver.url,
    subscriptions: [{ topics: ["bulk_operations/finish"], uri: "/webhooks/bulk" }],
  });
  emu.installShop({ domain: SHOP, accessToken: "t", generate: { products: 400, seed: 11 } });
});

afterAll(async () => {
  await emu.close();
  await receiver.close();
});

describe("bulk query", () => {
  it("runs asynchronously and serves Shopify-shaped JSONL with correct __parentId", async () => {
    const op = await runBulk(INNER, { version: "2025-10" });
    expect(op).toMatchObject({ status: "COMPLETED", errorCode: null, rootObjectCount: "400", partialDataUrl: null });
    const { lines, bytes, type } = await download(op.url);
    expect(type).toBe("application/jsonl");
    expect(String(bytes)).toBe(op.fileSize);
    expect(String(lines.length)).toBe(op.objectCount);

    const state = emu.state(SHOP);
    const products = lines.filter((l) => l.id.includes("/Product/"));
    expect(products).toHaveLength(400);
    for (const p of products) expect(p.__parentId).toBeUndefined();
    expect(products[0]).not.toHaveProperty("variants");

    const parentOf = new Map<string, string>();
    for (const p of state.products) {
      for (const v of p.variants) parentOf.set(v.id, p.id);
      for (const m of p.media) parentOf.set(m.id, p.id);
    }
    const children = lines.filter((l) => !l.id.includes("/Product/"));
    expect(children.length).toBe(state.products.reduce((s, p) => s + p.variants.length + p.media.length, 0));
    for (const c of children) expect(c.__parentId).toBe(parentOf.get(c.id));

    // grouped (API 2025-10 default): every child follows its own parent's line
    let currentRoot = "";
    for (const l of lines) {
      if (!l.__parentId) currentRoot = l.id;
      else expect(l.__parentId).toBe(currentRoot);
    }
  });

  it("names the nearest enclosing node as parent through plain objects, two connection levels deep", async () => {
    const op = await runBulk(
      `{ productVariants(query: "product_status:active") { edges { node { id sku product { id }
          inventoryItem { id tracked inventoryLevels { edges { node { id location { id } quantities(names: ["available"]) { name quantity } } } } } } } } }`,
    );
    const { lines } = await download(op.url);
    const variants = new Map(lines.filter((l) => l.id.includes("/ProductVariant/")).map((l) => [l.id, l]));
    const levels = lines.filter((l) => l.id.includes("/InventoryLevel/"));
    expect(levels.length).toBeGreaterThan(0);
    for (const l of levels) {
      const v = variants.get(l.__parentId!) as { inventoryItem: { id: string } } | undefined;
      expect(v).toBeDefined();
      expect(l.id).toContain(`inventory_item_id=${v!.inventoryItem.id.split("/").pop()}`);
      expect(l.quantities).toEqual([{ name: "available", quantity: expect.any(Number) }]);
    }
    // plain objects stay inline, without the connection
    const anyVariant = [...variants.values()][0] as unknown as { inventoryItem: Record<string, unknown>; product: { id: string } };
    expect(anyVariant.inventoryItem).not.toHaveProperty("inventoryLevels");
    expect(anyVariant.product.id).toMatch(/Product\//);
  });

  it("with foreignChildren, moves some children after another parent and some before their parent", async () => {
    const grouped = await download((await runBulk(INNER, { grouped: true })).url);
    emu.setBulkOptions({ foreignChildren: true });
    try {
      const foreign = await download((await runBulk(INNER, { grouped: true })).url);
      const sortKey = (l: Line) => JSON.stringify(l);
      expect(foreign.lines.map(sortKey).sort()).toEqual(grouped.lines.map(sortKey).sort());

      const position = new Map(foreign.lines.map((l, i) => [l.id, i]));
      let afterOtherParent = 0;
      let beforeParent = 0;
      let currentRoot = "";
      foreign.lines.forEach((l, i) => {
        if (!l.__parentId) {
          currentRoot = l.id;
          return;
        }
        if (position.get(l.__parentId)! > i) beforeParent++;
        else if (l.__parentId !== currentRoot) afterOtherParent++;
      });
      expect(afterOtherParent).toBeGreaterThan(0);
      expect(beforeParent).toBeGreaterThan(0);

      // the catalog reader takes such a file back, children wherever they are (their order within a
      // parent follows the file, as nothing in this query says otherwise)
      const file = path.join(mkdtempSync(path.join(tmpdir(), "emu-bulk-")), "foreign.jsonl");
      writeFileSync(file, foreign.lines.map((l) => JSON.stringify(l)).join("\n"));
      emu.installShop({ domain: "reread.myshopify.com", accessToken: "reread" });
      await emu.loadCatalog("reread.myshopify.com", file);
      const variantsOf = (domain: string) =>
        emu.state(domain).products.map((p) => [p.id, p.variants.map((v) => `${v.id} ${v.sku} ${v.price}`).sort(), p.media.map((m) => m.id).sort()]);
      expect(variantsOf("reread.myshopify.com")).toEqual(variantsOf(SHOP));
    } finally {
      emu.setBulkOptions({ foreignChildren: false });
    }
  });

  it("from API 2026-01 groupObjects defaults to false: ungrouped output", async () => {
    const { lines } = await download((await runBulk(INNER, { version: "2026-10" })).url);
    let currentRoot = "";
    let foreign = 0;
    for (const l of lines) {
      if (!l.__parentId) currentRoot = l.id;
      else if (l.__parentId !== currentRoot) foreign++;
    }
    expect(foreign).toBeGreaterThan(0);
  });

  it("sends a correctly signed bulk_operations/finish webhook", async () => {
    const op = await runBulk(INNER);
    await emu.webhooks.settled();
    const hit = await until(() => receiver.received.find((r) => r.body.includes(op.id)));
    expect(hit.url).toBe("/webhooks/bulk");
    const expected = createHmac("sha256", SECRET).update(hit.body, "utf8").digest("base64");
    expect(hit.headers["x-shopify-hmac-sha256"]).toBe(expected);
    expect(hit.headers["x-shopify-topic"]).toBe("bulk_operations/finish");
    expect(hit.headers["x-shopify-shop-domain"]).toBe(SHOP);
    expect(hit.headers["content-type"]).toBe("application/json");
    for (const h of ["x-shopify-webhook-id", "x-shopify-event-id", "x-shopify-triggered-at", "x-shopify-api-version"]) {
      expect(hit.headers[h]).toBeTruthy();
    }
    const body = JSON.parse(hit.body);
    expect(Object.keys(body).sort()).toEqual(["admin_graphql_api_id", "completed_at", "created_at", "error_code", "status", "type"]);
    expect(body).toMatchObject({ admin_graphql_api_id: op.id, status: "completed", type: "query", error_code: null });
  });

  it("validates the inner query like Shopify", async () => {
    const errorsFor = async (q: string) => (await gql(emu, "t", RUN, { q })).body.data.bulkOperationRunQuery;
    const cases: [string, RegExp][] = [
      [`{ shop { name } }`, /at least one connection/],
      [`{ products { edges { node { id nope } } } }`, /Field 'nope' doesn't exist on type 'Product'/],
      [`{ products { pageInfo { hasNextPage } edges { node { id } } } }`, /pageInfo/],
      [`{ products { edges { cursor node { id } } } }`, /cursor/],
      [
        `{ productVariants { edges { node { product { id } inventoryItem { inventoryLevels { edges { node { id } } } } } } }
           products { edges { node { variants { edges { node { id } } } media { edges { node { id } } } collections { edges { node { id } } } } } } }`,
        /more than 5 connections/,
      ],
      [`{ products { edges { node { variants { edges { node { inventoryItem { inventoryLevels { edges { node { id } } } } } } } } } } }`, /nesting depth/],
    ];
    for (const [q, message] of cases) {
      const r = await errorsFor(q);
      expect(r.bulkOperation).toBeNull();
      expect(r.userErrors).toHaveLength(1);
      expect(r.userErrors[0]).toMatchObject({ field: ["query"], code: "INVALID" });
      expect(r.userErrors[0].message).toMatch(message);
    }
  });

  it("allows one running bulk query before 2026-01 and five from 2026-01, visible through currentBulkOperation", async () => {
    emu.installShop({ domain: "busy.myshopify.com", accessToken: "busy", generate: { products: 1500, seed: 5 } });
    const start = (version: string) => gql(emu, "busy", RUN, { q: INNER }, { version }).then((r) => r.body.data.bulkOperationRunQuery);

    const old = await Promise.all([start("2025-10"), start("2025-10")]);
    expect(old[0].userErrors).toEqual([]);
    expect(old[1].userErrors[0]).toMatchObject({ code: "OPERATION_IN_PROGRESS" });
    await emu.waitForBulk("busy.myshopify.com", old[0].bulkOperation.id);

    const now = await Promise.all(Array.from({ length: 6 }, () => start("2026-10")));
    expect(now.filter((r) => r.userErrors.length === 0)).toHaveLength(5);
    expect(now.filter((r) => r.userErrors[0]?.code === "OPERATION_IN_PROGRESS")).toHaveLength(1);
    const current = (await gql(emu, "busy", `{ currentBulkOperation { id status } }`)).body.data.currentBulkOperation;
    expect(current.id).toBe(now.filter((r) => r.bulkOperation).at(-1).bulkOperation.id);
    await Promise.all(now.filter((r) => r.bulkOperation).map((r) => emu.waitForBulk("busy.myshopify.com", r.bulkOperation.id)));
  });

  it("can be canceled", async () => {
    const r = (await gql(emu, "busy", RUN, { q: INNER })).body.data.bulkOperationRunQuery;
    const c = await gql(emu, "busy", `mutation($id: ID!) { bulkOperationCancel(id: $id) { bulkOperation { status } userErrors { message } } }`, {
      id: r.bulkOperation.id,
    });
    expect(c.body.data.bulkOperationCancel).toEqual({ bulkOperation: { status: "CANCELING" }, userErrors: [] });
    const done = await emu.waitForBulk("busy.myshopify.com", r.bulkOperation.id);
    expect(done.status).toBe("CANCELED");
    expect(done.url).toBeNull();
  });
});
