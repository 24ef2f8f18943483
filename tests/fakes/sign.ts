// How the channels sign what they push, for tests and the demo: a body signed here is accepted by
// the app exactly as the channel's own delivery would be. Written from the channels' documentation,
// not from the app's verifiers, so a wrong verifier fails against these.

import { createHmac } from "node:crypto";

type Body = string | Uint8Array;

/** TikTok Shop webhook headers: Authorization = hex HMAC-SHA256(app secret, app_key + raw body). */
export function signTikTokPush(rawBody: Body, appKey: string, appSecret: string): Record<string, string> {
  const authorization = createHmac("sha256", appSecret).update(Buffer.concat([Buffer.from(appKey, "utf8"), Buffer.from(rawBody)])).digest("hex");
  return { "Content-Type": "application/json", Authorization: authorization };
}

/** Meta webhook headers: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(app secret, raw body). */
export function signMetaWebhook(rawBody: Body, secret: string): Record<string, string> {
  return { "Content-Type": "application/json", "X-Hub-Signature-256": `sha256=${createHmac("sha256", secret).update(Buffer.from(rawBody)).digest("hex")}` };
}

/** Signs a push for any channel with order pushes, given its credentials. */
export const pushSigners: Readonly<Record<string, (rawBody: Body, secret: { appKey: string; appSecret: string }) => Record<string, string>>> = {
  tiktok: (body, s) => signTikTokPush(body, s.appKey, s.appSecret),
  meta: (body, s) => signMetaWebhook(body, s.appSecret),
};
