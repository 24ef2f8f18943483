import { randomBytes, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { TEST_API_KEY, TEST_API_SECRET } from "./env";

// Embedded-app session tokens as Shopify's admin hands them to App Bridge (shopify.idToken()):
// an HS256 JWT signed with the app's client secret. Claims as documented at
// https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens.
export interface SessionTokenOptions {
  /** The shop's permanent domain, e.g. "my-store.myshopify.com". */
  shop: string;
  /** The staff member viewing the app (`sub`). */
  userId?: string | number;
  /** `aud`: the app's client id. */
  apiKey?: string;
  /** The key it is signed with: the app's client secret. */
  secret?: string;
  /** `iat`/`nbf` in seconds since the epoch; default now. */
  issuedAt?: number;
  /** Lifetime in seconds; Shopify's are valid for one minute. */
  ttlSeconds?: number;
  /** `sid`: the admin session id; random by default. */
  sessionId?: string;
}

export async function mintSessionToken(options: SessionTokenOptions): Promise<string> {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({
    dest: `https://${options.shop}`,
    sid: options.sessionId ?? randomBytes(16).toString("hex"),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(`https://${options.shop}/admin`)
    .setAudience(options.apiKey ?? TEST_API_KEY)
    .setSubject(String(options.userId ?? 1))
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? 60))
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(options.secret ?? TEST_API_SECRET));
}

/** The `host` query parameter Shopify adds: base64 of `admin.shopify.com/store/<name>`. */
export function adminHostParam(shop: string): string {
  const name = shop.replace(/\.myshopify\.com$/i, "");
  return Buffer.from(`admin.shopify.com/store/${name}`).toString("base64").replace(/=+$/, "");
}

/**
 * The URL Shopify's admin loads in the app iframe: `path?embedded=1&shop=…&host=…&id_token=…`
 * (`idToken: null` leaves the token out, as on the very first load before the bounce page).
 */
export function embeddedAppUrl(
  appUrl: string,
  options: { shop: string; path?: string; idToken: string | null; params?: Record<string, string> },
): string {
  const url = new URL(options.path ?? "/app", appUrl);
  url.searchParams.set("embedded", "1");
  url.searchParams.set("shop", options.shop);
  url.searchParams.set("host", adminHostParam(options.shop));
  url.searchParams.set("locale", "en");
  for (const [key, value] of Object.entries(options.params ?? {})) url.searchParams.set(key, value);
  if (options.idToken !== null) url.searchParams.set("id_token", options.idToken);
  return url.toString();
}
