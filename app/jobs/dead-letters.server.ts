import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { MAX_ATTEMPTS } from "~/core/retry";

// The Jobs page's service: the shop's queue at a glance and its dead letters — inbox events whose
// every attempt failed (status "failed", the same rows on either engine). Retry puts one back to
// pending with a fresh set of attempts (the route then sends it); Dismiss takes it off the list.

export const DEAD_LETTER_LIMIT = 100;

export interface DeadLetter {
  id: number;
  source: string;
  kind: string;
  topic: string;
  attempts: number;
  error: string | null;
  receivedAt: string;
  failedAt: string | null;
}

export interface JobsOverview {
  /** Waiting to run or running now (claimed by a worker). */
  pending: number;
  running: number;
  failedTotal: number;
  /** The latest failed, newest first (at most DEAD_LETTER_LIMIT). */
  failed: DeadLetter[];
  limit: number;
  maxAttempts: number;
}

const KINDS: Record<string, string> = { shopify: "Shopify webhook", app: "App job", tiktok: "TikTok Shop event", meta: "Meta" };

export async function jobsOverview(db: PrismaClient, shop: string): Promise<JobsOverview> {
  const failedWhere = { shop, status: "failed" };
  const [pending, running, failedTotal, rows] = await Promise.all([
    db.inboxEvent.count({ where: { shop, status: "pending" } }),
    db.inboxEvent.count({ where: { shop, status: "pending", claimedAt: { not: null } } }),
    db.inboxEvent.count({ where: failedWhere }),
    db.inboxEvent.findMany({
      where: failedWhere,
      orderBy: { id: "desc" },
      take: DEAD_LETTER_LIMIT,
      select: { id: true, source: true, topic: true, attempts: true, error: true, receivedAt: true, processedAt: true },
    }),
  ]);
  const failed = rows.map((row) => ({
    id: row.id,
    source: row.source,
    kind: KINDS[row.source] ?? row.source,
    topic: row.topic,
    attempts: row.attempts,
    error: row.error,
    receivedAt: row.receivedAt.toISOString(),
    failedAt: row.processedAt?.toISOString() ?? null,
  }));
  return { pending, running, failedTotal, failed, limit: DEAD_LETTER_LIMIT, maxAttempts: MAX_ATTEMPTS };
}

const actionSchema = z.object({ intent: z.enum(["retry", "dismiss"]), id: z.coerce.number().int().positive() });

export type JobsAction = z.infer<typeof actionSchema>;
export type JobsActionResult = { intent: JobsAction["intent"] | "unknown"; ok: boolean; message: string; /** Sent to the queue by the route. */ eventId?: number };

/** The page's form data → an action, or null when it is not one of the page's forms. */
export function parseJobsAction(form: FormData): JobsAction | null {
  const parsed = actionSchema.safeParse(Object.fromEntries([...form].filter(([, value]) => typeof value === "string")));
  return parsed.success ? parsed.data : null;
}

export async function runJobsAction(db: PrismaClient, shop: string, { intent, id }: JobsAction): Promise<JobsActionResult> {
  const where = { id, shop, status: "failed" };
  const row = await db.inboxEvent.findFirst({ where, select: { source: true, topic: true } });
  const data = intent === "retry" ? { status: "pending", attempts: 0, nextAttemptAt: new Date(), claimedAt: null, processedAt: null } : { status: "dismissed" };
  // Conditional on still being failed: a second click, or another admin's, changes nothing.
  if (!row || (await db.inboxEvent.updateMany({ where, data })).count === 0) {
    return { intent, ok: false, message: "This job is no longer in the failed list: reload the page." };
  }
  const name = `${KINDS[row.source] ?? row.source} ${row.topic}`;
  return intent === "retry"
    ? { intent, ok: true, message: `${name} is queued again.`, eventId: id }
    : { intent, ok: true, message: `${name} dismissed.` };
}
