import { describe, expect, it } from "vitest";
import { parseEnv } from "~/env.server";
import { testEnv } from "../support/env";

describe("environment validation at boot", () => {
  it("accepts a complete environment and fills the defaults", () => {
    const env = parseEnv(testEnv({ DATABASE_URL: "file:/tmp/x.sqlite" }));
    expect(env.SHOPIFY_API_KEY).toBe("test-api-key");
    expect(parseEnv({ ...testEnv(), DATABASE_URL: undefined }).DATABASE_URL).toBe("file:./prisma/dev.sqlite");
  });

  it("names every missing or malformed variable in one clear message", () => {
    const broken = { ...testEnv(), SHOPIFY_API_SECRET: undefined, SHOPIFY_APP_URL: "not a url", DATABASE_URL: "postgres://x" };
    expect(() => parseEnv(broken)).toThrow(/Invalid environment:\n {2}SHOPIFY_API_SECRET: .*\n {2}SHOPIFY_APP_URL: .*\n {2}DATABASE_URL: /);
  });

  it("refuses the store-emulator redirect in production", () => {
    expect(() => parseEnv({ ...testEnv(), NODE_ENV: "production", SHOPIFY_ADMIN_ORIGIN: "http://127.0.0.1:4000" })).toThrow(/SHOPIFY_ADMIN_ORIGIN is for development/);
  });
});
