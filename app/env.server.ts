import { z } from "zod";
import { dialectOf } from "./persistence/sql/port";

// The environment, validated once at boot. A missing or malformed variable stops the process
// with a message that names it, instead of failing later inside a request.

/** The embedded default: one SQLite file, one process serving and working its in-process queue. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.sqlite";
const onPostgres = (url: string) => dialectOf(url) === "postgres";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SHOPIFY_API_KEY: z.string().min(1, "SHOPIFY_API_KEY (the app's client id) is required"),
  SHOPIFY_API_SECRET: z.string().min(1, "SHOPIFY_API_SECRET (the app's client secret) is required"),
  SHOPIFY_APP_URL: z.url("SHOPIFY_APP_URL must be the app's public https URL"),
  SCOPES: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .refine((url) => url.startsWith("file:") || onPostgres(url), "DATABASE_URL must be a SQLite file: URL (the embedded default) or a postgres:// / postgresql:// URL")
    .default(DEFAULT_DATABASE_URL),
  // What this process does: "all" serves and works the queue in-process (the embedded default);
  // at scale, "web" processes serve (pages, feeds, webhook intake) and "worker" processes take jobs.
  PROCESS_ROLE: z.enum(["all", "web", "worker"], "PROCESS_ROLE must be all (the default: serve and work), web or worker").default("all"),
  // The PostgreSQL database of the job engine (pg-boss); default: DATABASE_URL when that is PostgreSQL.
  QUEUE_DATABASE_URL: z.string().refine(onPostgres, "QUEUE_DATABASE_URL must be a postgres:// or postgresql:// URL (pg-boss keeps its jobs in PostgreSQL)").optional(),
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
  if (!result.success) throw invalid(result.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`));
  const env = result.data;
  const problems = combinationProblems(env, source);
  if (problems.length > 0) throw invalid(problems);
  return { ...env, QUEUE_DATABASE_URL: env.QUEUE_DATABASE_URL ?? (onPostgres(env.DATABASE_URL) ? env.DATABASE_URL : undefined) };
}

const invalid = (problems: string[]) => new Error(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);

/** Variables that are each valid but do not go together. */
function combinationProblems(env: Env, source: Record<string, string | undefined>): string[] {
  const production = env.NODE_ENV === "production";
  const sqlite = !onPostgres(env.DATABASE_URL);
  return [
    production && env.SHOPIFY_ADMIN_ORIGIN && !source.ALLOW_ADMIN_ORIGIN_OVERRIDE && "SHOPIFY_ADMIN_ORIGIN is for development and tests; unset it in production",
    production && !env.CREDENTIALS_KEYS && "CREDENTIALS_KEYS is required in production (channel credentials are sealed with it)",
    sqlite && env.PROCESS_ROLE !== "all" && `PROCESS_ROLE=${env.PROCESS_ROLE} needs PostgreSQL: set DATABASE_URL to a postgres:// URL (on SQLite one process serves and works)`,
    sqlite && env.QUEUE_DATABASE_URL && "QUEUE_DATABASE_URL needs DATABASE_URL on PostgreSQL too (the SQLite default keeps its queue in-process)",
  ].filter((problem): problem is string => typeof problem === "string");
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
