import { tomlScopes } from "./app-toml";
// The environment every test process of the app runs with: a test app and secret, and the
// app's URL. The database is per test file (tests/support/db.ts).
export const TEST_API_KEY = "test-api-key";
export const TEST_API_SECRET = "test-api-secret-0123456789abcdef";
export const TEST_APP_URL = "http://127.0.0.1:3999";
/** A fixed test key for sealing channel credentials (32 bytes, base64). */
export const TEST_CREDENTIALS_KEYS = `test:${Buffer.alloc(32, 7).toString("base64")}`;

export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: "test",
    SHOPIFY_API_KEY: TEST_API_KEY,
    SHOPIFY_API_SECRET: TEST_API_SECRET,
    SHOPIFY_APP_URL: TEST_APP_URL,
    SCOPES: tomlScopes(),
    CREDENTIALS_KEYS: TEST_CREDENTIALS_KEYS,
    ...extra,
  };
}

export function applyTestEnv(extra: Record<string, string> = {}): void {
  Object.assign(process.env, testEnv(extra));
}
