// Meta webhook signature (Graph API webhooks, also used for the generic order webhook):
// `X-Hub-Signature-256: sha256=<lowercase hex HMAC-SHA256(app secret, raw body)>`, compared in
// constant time. Meta signs with the app secret only; `appKey` is not part of the signature.

import { createHmac, timingSafeEqual } from "node:crypto";
import type { PushSecret } from "../../channel-adapter";

const HEADER = /^sha256=([0-9a-fA-F]{64})$/;

export function metaPushSignature(raw: Uint8Array, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(raw).digest("hex")}`;
}

export function verifyMetaPush(raw: Uint8Array, header: (name: string) => string | null, secret: PushSecret): boolean {
  const match = HEADER.exec(header("x-hub-signature-256")?.trim() ?? "");
  if (!match || !secret.appSecret) return false;
  const actual = Buffer.from(match[1], "hex");
  const expected = createHmac("sha256", secret.appSecret).update(raw).digest();
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
