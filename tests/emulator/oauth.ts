/**
 * Shopify's OAuth token exchange (`POST https://{shop}/admin/oauth/access_token`), as the app's
 * embedded auth strategy calls it: the app sends its client credentials and a session token (an
 * HS256 JWT signed with the client secret); the shop's offline access token comes back.
 * The shop is named by the token's `dest` (the request's host is the emulator's own).
 */
import { readFileSync } from "node:fs";
import { jwtVerify } from "jose";
import { parse } from "smol-toml";

/** The scopes an app's shopify.app.toml asks for: what the merchant grants at install. */
export function readScopes(tomlPath: string | null): string {
  if (!tomlPath) return "";
  const toml = parse(readFileSync(tomlPath, "utf8")) as { access_scopes?: { scopes?: string } };
  return toml.access_scopes?.scopes ?? "";
}

export interface TokenExchangeDeps {
  apiSecret: string;
  tokenFor(domain: string): { accessToken: string; scope: string } | null;
}

const GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
const ID_TOKEN = "urn:ietf:params:oauth:token-type:id_token";

export async function tokenExchange(deps: TokenExchangeDeps, raw: string): Promise<{ status: number; body: object }> {
  let body: Record<string, unknown>;
  try {
    body = raw.trim().startsWith("{") ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
  } catch {
    return { status: 400, body: { error: "invalid_request", error_description: "Body is not JSON" } };
  }
  if (body.grant_type !== GRANT || body.subject_token_type !== ID_TOKEN || typeof body.subject_token !== "string") {
    return { status: 400, body: { error: "invalid_request", error_description: "Unsupported grant or token type" } };
  }
  if (body.client_secret !== deps.apiSecret) {
    return { status: 401, body: { error: "invalid_client", error_description: "Client authentication failed" } };
  }
  let dest: string;
  try {
    const { payload } = await jwtVerify(body.subject_token, new TextEncoder().encode(deps.apiSecret), {
      algorithms: ["HS256"],
      audience: String(body.client_id),
      clockTolerance: 5,
    });
    dest = new URL(String(payload.dest)).hostname;
  } catch {
    return { status: 400, body: { error: "invalid_subject_token", error_description: "Session token is invalid" } };
  }
  const grant = deps.tokenFor(dest);
  if (!grant) return { status: 400, body: { error: "invalid_subject_token", error_description: "The app is not installed on this shop" } };
  return { status: 200, body: { access_token: grant.accessToken, scope: grant.scope } };
}
