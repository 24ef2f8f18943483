import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, parseKeyRing, seal } from "./sealing.server";

const k = () => randomBytes(32).toString("base64");

describe("credential sealing", () => {
  it("round-trips, and never leaves the secret readable", () => {
    const ring = parseKeyRing(`k1:${k()}`);
    const sealed = seal(ring, '{"appSecret":"s3cr3t"}', "shop.myshopify.com|tiktok");
    expect(sealed.value).not.toContain("s3cr3t");
    expect(seal(ring, "same", "c").value).not.toBe(seal(ring, "same", "c").value);
    expect(open(ring, sealed, "shop.myshopify.com|tiktok")).toBe('{"appSecret":"s3cr3t"}');
  });

  it("refuses a value moved to another row or tampered with", () => {
    const ring = parseKeyRing(`k1:${k()}`);
    const sealed = seal(ring, "secret", "a.myshopify.com|tiktok");
    expect(() => open(ring, sealed, "b.myshopify.com|tiktok")).toThrow();
    const parts = sealed.value.split(".");
    parts[3] = Buffer.from("xxxxxx").toString("base64url");
    expect(() => open(ring, { ...sealed, value: parts.join(".") }, "a.myshopify.com|tiktok")).toThrow();
  });

  it("rotates: the new first key seals, the old one still opens", () => {
    const old = k();
    const before = seal(parseKeyRing(`k1:${old}`), "secret", "c");
    const rotated = parseKeyRing(`k2:${k()},k1:${old}`);
    expect(open(rotated, before, "c")).toBe("secret");
    expect(seal(rotated, "secret", "c").keyId).toBe("k2");
    expect(() => open(parseKeyRing(`k2:${k()}`), before, "c")).toThrow(/no longer holds/);
  });

  it("rejects malformed key specs with a message that names the problem", () => {
    expect(() => parseKeyRing("nokey")).toThrow(/without an id/);
    expect(() => parseKeyRing("k1:c2hvcnQ=")).toThrow(/"k1"/);
    expect(() => parseKeyRing(" , ")).toThrow(/empty/);
  });
});
