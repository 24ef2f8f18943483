import { z } from "zod";

// The environment, validated once at boot. A missing or malformed variable stops the process
// with a message that names it, instead of failing later inside a request.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SHOPIFY_API_KEY: z.string().min(1, "SHOPIFY_API_KEY (the app's client id) is required"),
  SHOPIFY_API_SECRET: z.string().min(1, "SHOPIFY_API_SECRET (the app's client secret) is required"),
  SHOPIFY_APP_URL: z.url("SHOPIFY_APP_URL must be the app's public https URL"),
  SCOPES: z.string().min(1).optional(),
  DATABASE_URL: z.string().startsWith("file:", "DATABASE_URL must be a SQLite file: URL").default("file:./prisma/dev.sqlite"),
  // Development and tests only: send Admin API traffic for *.myshopify.com to the local store
  // emulator (e.g. http://127.0.0.1:4000) instead of Shopify. Never set in production.
  SHOPIFY_ADMIN_ORIGIN: z.url().optional(),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  // Channel credentials are sealed with these keys ("id:base64 of 32 bytes", comma-separated, the
  // first seals; see app/services/connections/sealing.server.ts). Required in production.
  CREDENTIALS_KEYS: z.string().min(1).optional(),
  // The channels' API origins; tests and the demo point them at local fakes.
  TIKTOK_API_BASE_URL: z.url().default("https://open-api.tiktokglobalshop.com"),
  META_GRAPH_BASE_URL: z.url().default("https://graph.facebook.com/v21.0"),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (result.data.NODE_ENV === "production" && result.data.SHOPIFY_ADMIN_ORIGIN && !source.ALLOW_ADMIN_ORIGIN_OVERRIDE) {
    throw new Error("Invalid environment:\n  SHOPIFY_ADMIN_ORIGIN is for development and tests; unset it in production");
  }
  if (result.data.NODE_ENV === "production" && !result.data.CREDENTIALS_KEYS) {
    throw new Error("Invalid environment:\n  CREDENTIALS_KEYS is required in production (channel credentials are sealed with it)");
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
