import { describe, expect, it } from "vitest";
import { parseEnv } from "~/env.server";
import { testEnv } from "../support/env";

const PG = "postgres://app@db.internal:5432/social";

describe("environment validation at boot", () => {
  it("accepts a complete environment and fills the defaults", () => {
    const env = parseEnv(testEnv({ DATABASE_URL: "file:/tmp/x.sqlite" }));
    expect(env.SHOPIFY_API_KEY).toBe("test-api-key");
    const defaults = parseEnv({ ...testEnv(), DATABASE_URL: undefined });
    expect(defaults).toMatchObject({ DATABASE_URL: "file:./prisma/dev.sqlite", PROCESS_ROLE: "all" });
    expect(defaults.QUEUE_DATABASE_URL).toBeUndefined();
  });

  it("names every missing or malformed variable in one clear message", () => {
    const broken = { ...testEnv(), SHOPIFY_API_SECRET: undefined, SHOPIFY_APP_URL: "not a url", DATABASE_URL: "mysql://x" };
    expect(() => parseEnv(broken)).toThrow(/Invalid environment:\n {2}SHOPIFY_API_SECRET: .*\n {2}SHOPIFY_APP_URL: .*\n {2}DATABASE_URL: .*postgres:\/\//);
    expect(() => parseEnv(testEnv({ PROCESS_ROLE: "scheduler", QUEUE_DATABASE_URL: "redis://q" }))).toThrow(
      /PROCESS_ROLE: PROCESS_ROLE must be all .*, web or worker\n {2}QUEUE_DATABASE_URL: .*postgres:\/\//,
    );
  });

  it("runs on PostgreSQL, its job store in the same database unless QUEUE_DATABASE_URL names another", () => {
    for (const url of [PG, "postgresql://app@db.internal/social"]) {
      expect(parseEnv(testEnv({ DATABASE_URL: url, PROCESS_ROLE: "worker" }))).toMatchObject({ DATABASE_URL: url, PROCESS_ROLE: "worker", QUEUE_DATABASE_URL: url });
    }
    const queue = "postgresql://jobs@queue.internal/boss";
    expect(parseEnv(testEnv({ DATABASE_URL: PG, PROCESS_ROLE: "web", QUEUE_DATABASE_URL: queue })).QUEUE_DATABASE_URL).toBe(queue);
  });

  it("keeps web and worker processes and the job engine off the embedded SQLite default", () => {
    expect(() => parseEnv(testEnv({ PROCESS_ROLE: "web" }))).toThrow(/PROCESS_ROLE=web needs PostgreSQL: set DATABASE_URL/);
    expect(() => parseEnv(testEnv({ DATABASE_URL: "file:/tmp/x.sqlite", PROCESS_ROLE: "worker", QUEUE_DATABASE_URL: PG }))).toThrow(
      /PROCESS_ROLE=worker needs PostgreSQL.*\n {2}QUEUE_DATABASE_URL needs DATABASE_URL on PostgreSQL/,
    );
  });

  it("refuses the store-emulator redirect in production", () => {
    expect(() => parseEnv({ ...testEnv(), NODE_ENV: "production", SHOPIFY_ADMIN_ORIGIN: "http://127.0.0.1:4000" })).toThrow(/SHOPIFY_ADMIN_ORIGIN is for development/);
  });
});
