import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel, disconnectChannel, findConnection, findConnectionCached, resealAll } from "~/services/connections/connections.server";
import { parseKeyRing } from "~/services/connections/sealing.server";
import { freshDatabase, testPrisma } from "../support/db";

// Channel credentials at rest: sealed in the row (never readable there), opened only with the key
// ring, rotated to a new key without a migration, destroyed on disconnect.

const SHOP = "keys-shop.myshopify.com";
let db: PrismaClient;
const key = () => randomBytes(32).toString("base64");
const k1 = key();
const k2 = key();
const credentials = { appKey: "tt-key", appSecret: "tt-very-secret-value", accessToken: "tt-access-token-value", shopCipher: "ROW_cipher" };

beforeAll(() => {
  db = testPrisma(freshDatabase().url);
});
afterAll(async () => {
  await db?.$disconnect();
});

describe("channel connections", () => {
  it("stores credentials sealed and opens them with the key", async () => {
    const ring = parseKeyRing(`k1:${k1}`);
    await connectChannel(db, SHOP, { channel: "tiktok", externalShopId: "749", credentials }, ring);
    const row = await db.channelConnection.findFirstOrThrow({ where: { shop: SHOP } });
    expect(row.credentials).not.toMatch(/very-secret|access-token/);
    expect(row.keyId).toBe("k1");
    expect((await findConnection(db, { shop: SHOP, channel: "tiktok" }, ring))!.credentials).toEqual(credentials);
  });

  it("a connection id in a URL cannot shadow a shop's own connection in the cache", async () => {
    process.env.CREDENTIALS_KEYS = `k1:${k1}`;
    expect(await findConnectionCached(db, `${SHOP}|tiktok`)).toBeNull(); // what POST /channels/tiktok/<that> looks up
    expect((await findConnectionCached(db, { shop: SHOP, channel: "tiktok" }))?.externalShopId).toBe("749");
  });

  it("refuses credentials that lack a field, naming it", async () => {
    await expect(connectChannel(db, SHOP, { channel: "meta", externalShopId: "1", credentials: { appSecret: "x", accessToken: "y" } }, parseKeyRing(`k1:${k1}`))).rejects.toThrow(/catalogId/);
  });

  it("rotates: with a new first key, resealAll moves every row to it and the old key can go", async () => {
    const both = parseKeyRing(`k2:${k2},k1:${k1}`);
    expect(await resealAll(db, both)).toBe(1);
    expect((await db.channelConnection.findFirstOrThrow({ where: { shop: SHOP } })).keyId).toBe("k2");
    expect((await findConnection(db, { shop: SHOP, channel: "tiktok" }, parseKeyRing(`k2:${k2}`)))!.credentials).toEqual(credentials);
    await expect(findConnection(db, { shop: SHOP, channel: "tiktok" }, parseKeyRing(`k1:${k1}`))).rejects.toThrow(/no longer holds/);
  });

  it("disconnect destroys the credentials", async () => {
    await disconnectChannel(db, SHOP, "tiktok");
    const row = await db.channelConnection.findFirstOrThrow({ where: { shop: SHOP } });
    expect(row).toMatchObject({ status: "disconnected", credentials: "", keyId: "" });
    expect(await findConnection(db, { shop: SHOP, channel: "tiktok" }, parseKeyRing(`k2:${k2}`))).toBeNull();
  });
});
