// TikTok Shop webhook signature: header `Authorization` = lowercase hex HMAC-SHA256, keyed with the
// app secret, over the app key followed by the raw body bytes. Compared in constant time.

import { createHmac, timingSafeEqual } from "node:crypto";
import type { PushSecret } from "../../channel-adapter";

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function tiktokPushSignature(raw: Uint8Array, secret: PushSecret): string {
  return createHmac("sha256", secret.appSecret).update(secret.appKey, "utf8").update(raw).digest("hex");
}

export function verifyTikTokPush(raw: Uint8Array, header: (name: string) => string | null, secret: PushSecret): boolean {
  const given = header("authorization")?.trim().toLowerCase();
  if (!given || !HEX_SHA256.test(given) || !secret.appKey || !secret.appSecret) return false;
  const expected = Buffer.from(tiktokPushSignature(raw, secret), "hex");
  const actual = Buffer.from(given, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
