import { randomUUID } from "node:crypto";
import { markShopStockChanged } from "./stock-push.server";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { fromMinor } from "~/core/money";
import type { OrderChannelId } from "~/core/orders/types";
import { enqueueJob, type StoreResult } from "~/persistence/inbox.server";
import { connectChannel, disconnectChannel } from "~/services/connections/connections.server";

// The Orders page: the shop's channel connections, the review queue (orders held back with the
// reason in plain words), orders waiting on their channel, and the orders already in Shopify.
// The merchant's answers (retry, dismiss, connect, disconnect, safety buffer, pull now) are
// validated here; every query and every change is scoped by shop.

/** Imported orders listed (newest first). */
export const IMPORTED_LIMIT = 100;
/** Held and waiting orders listed (oldest first: the longest waiting come first). */
export const QUEUE_LIMIT = 200;

export const ORDER_CHANNELS: { id: OrderChannelId; name: string }[] = [
  { id: "tiktok", name: "TikTok Shop" },
  { id: "meta", name: "Meta" },
];
const channelName = (id: string) => ORDER_CHANNELS.find((c) => c.id === id)?.name ?? id;

/** Hold reasons in the merchant's words (the detail says which product, which field…). */
export const HOLD_REASONS: Record<string, string> = {
  unknown_sku: "Product not found",
  out_of_stock: "Out of stock",
  invalid_address: "Address incomplete",
  currency_mismatch: "Currency not sold",
  invalid_order: "Order unreadable",
  rejected_by_shopify: "Refused by Shopify",
};
const reasonLabel = (reason: string | null) => (reason ? (HOLD_REASONS[reason] ?? reason) : "Held");

const STATUSES = ["imported", "waiting", "held", "dismissed", "cancelled", "pending"] as const;

// ---------------------------------------------------------------------------------------------
// The page's data

export type ImportedStatus = "imported" | "cancelled" | "refunded" | "partially_refunded";

export interface ImportedOrder {
  id: number;
  channel: string;
  channelName: string;
  externalId: string;
  shopifyOrderId: string | null;
  shopifyOrderName: string | null;
  /** Opens the order in the Shopify admin (App Bridge resolves shopify://admin/…). */
  adminUrl: string | null;
  status: ImportedStatus;
  /** What Shopify refused after the import (a cancel or refund the channel made), in its words. */
  attention: string | null;
  /** "29.90 EUR". */
  total: string;
  createdAt: string;
}

export interface QueuedOrder {
  id: number;
  channel: string;
  channelName: string;
  externalId: string;
  reason: string | null;
  reasonLabel: string;
  detail: string | null;
  /** The channel's own status text (for waiting orders: why it waits). */
  channelStatus: string;
  total: string;
  since: string;
}

export interface ConnectionField {
  /** Form field name: "externalShopId" or a credential's key. */
  name: string;
  label: string;
  helpText?: string;
  /** Shown as a password input, never sent back to the browser. */
  secret: boolean;
}

export interface ConnectionView {
  channel: OrderChannelId;
  channelName: string;
  status: "connected" | "disconnected" | "not_connected";
  externalShopId: string | null;
  /** TikTok Shop: the URL to paste into the Partner Center's webhook settings. */
  pushUrl: string | null;
  buffer: { units: number; percent: number };
  lastPulledAt: string | null;
  /** Meta is pulled: the page offers "Pull orders now". */
  canPull: boolean;
  fields: ConnectionField[];
}

export interface OrdersOverview {
  imported: ImportedOrder[];
  /** At most this many imported orders are listed (the newest). */
  importedLimit: number;
  held: QueuedOrder[];
  waiting: QueuedOrder[];
  counts: { byStatus: Record<(typeof STATUSES)[number], number>; byReason: Record<string, number> };
  reasons: { reason: string; label: string; count: number }[];
  connections: ConnectionView[];
}

const FIELDS: Record<OrderChannelId, ConnectionField[]> = {
  tiktok: [
    { name: "externalShopId", label: "Shop ID", helpText: "Your TikTok Shop's shop_id (Partner Center → Authorized shops).", secret: false },
    { name: "appKey", label: "App key", secret: false },
    { name: "appSecret", label: "App secret", secret: true },
    { name: "accessToken", label: "Access token", secret: true },
    { name: "shopCipher", label: "Shop cipher", secret: true },
  ],
  meta: [
    { name: "externalShopId", label: "Commerce account ID", helpText: "Commerce Manager → Settings → Business info.", secret: false },
    { name: "catalogId", label: "Catalog ID", helpText: "The catalog stock updates go to.", secret: false },
    { name: "appSecret", label: "App secret", secret: true },
    { name: "accessToken", label: "System user access token", secret: true },
  ],
};

const money = (minor: number, currency: string) => (currency ? `${fromMinor(minor, currency)} ${currency}` : "—");
/** gid://shopify/Order/123 → 123. */
const numericId = (gid: string | null) => (gid ? (/(\d+)$/.exec(gid)?.[1] ?? null) : null);
const trimSlash = (url: string) => url.replace(/\/+$/, "");

type Row = { id: number; channel: string; externalId: string; holdReason: string | null; holdDetail: string | null; channelStatus: string; currency: string; total: number; createdAt: Date };

function queued(row: Row): QueuedOrder {
  return {
    id: row.id,
    channel: row.channel,
    channelName: channelName(row.channel),
    externalId: row.externalId,
    reason: row.holdReason,
    reasonLabel: reasonLabel(row.holdReason),
    detail: row.holdDetail,
    channelStatus: row.channelStatus,
    total: money(row.total, row.currency),
    since: row.createdAt.toISOString(),
  };
}

const queueSelect = { id: true, channel: true, externalId: true, holdReason: true, holdDetail: true, channelStatus: true, currency: true, total: true, createdAt: true } as const;

export async function ordersOverview(db: PrismaClient, shop: string, options: { appUrl: string }): Promise<OrdersOverview> {
  const [importedRows, held, waiting, statusGroups, reasonGroups, connectionRows] = await Promise.all([
    db.channelOrder.findMany({
      where: { shop, status: "imported" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: IMPORTED_LIMIT,
      select: { ...queueSelect, shopifyOrderId: true, shopifyOrderName: true, cancelledAt: true },
    }),
    db.channelOrder.findMany({ where: { shop, status: "held" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: QUEUE_LIMIT, select: queueSelect }),
    db.channelOrder.findMany({ where: { shop, status: "waiting" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: QUEUE_LIMIT, select: queueSelect }),
    db.channelOrder.groupBy({ by: ["status"], where: { shop }, _count: { _all: true } }),
    db.channelOrder.groupBy({ by: ["holdReason"], where: { shop, status: "held" }, _count: { _all: true } }),
    db.channelConnection.findMany({ where: { shop } }),
  ]);

  const refunds = importedRows.length
    ? await db.channelRefund.groupBy({
        by: ["channel", "externalOrderId"],
        where: { shop, externalOrderId: { in: importedRows.map((r) => r.externalId) } },
        _sum: { amount: true },
      })
    : [];
  const refunded = new Map(refunds.map((r) => [`${r.channel}:${r.externalOrderId}`, r._sum.amount ?? 0]));

  const imported = importedRows.map((row): ImportedOrder => {
    const refundedAmount = refunded.get(`${row.channel}:${row.externalId}`) ?? 0;
    const status: ImportedStatus = row.cancelledAt ? "cancelled" : refundedAmount <= 0 ? "imported" : refundedAmount >= row.total ? "refunded" : "partially_refunded";
    const numeric = numericId(row.shopifyOrderId);
    return {
      id: row.id,
      channel: row.channel,
      channelName: channelName(row.channel),
      externalId: row.externalId,
      shopifyOrderId: row.shopifyOrderId,
      shopifyOrderName: row.shopifyOrderName,
      adminUrl: numeric ? `shopify://admin/orders/${numeric}` : null,
      status,
      attention: row.holdDetail,
      total: money(row.total, row.currency),
      createdAt: row.createdAt.toISOString(),
    };
  });

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as OrdersOverview["counts"]["byStatus"];
  for (const group of statusGroups) if (group.status in byStatus) byStatus[group.status as keyof typeof byStatus] = group._count._all;
  const byReason: Record<string, number> = {};
  for (const group of reasonGroups) byReason[group.holdReason ?? "unknown"] = group._count._all;
  const reasons = Object.entries(byReason)
    .map(([reason, count]) => ({ reason, label: reasonLabel(reason), count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));

  const connections = ORDER_CHANNELS.map(({ id, name }): ConnectionView => {
    const row = connectionRows.find((c) => c.channel === id);
    const connected = row?.status === "connected";
    return {
      channel: id,
      channelName: name,
      status: !row ? "not_connected" : connected ? "connected" : "disconnected",
      externalShopId: row?.externalShopId ?? null,
      pushUrl: connected && id === "tiktok" ? `${trimSlash(options.appUrl)}/channels/tiktok/${row.id}` : null,
      buffer: { units: row?.bufferUnits ?? 0, percent: row?.bufferPercent ?? 0 },
      lastPulledAt: row?.lastPulledAt?.toISOString() ?? null,
      canPull: id === "meta",
      fields: FIELDS[id],
    };
  });

  return { imported, importedLimit: IMPORTED_LIMIT, held: held.map(queued), waiting: waiting.map(queued), counts: { byStatus, byReason }, reasons, connections };
}

// ---------------------------------------------------------------------------------------------
// The merchant's answers

/** Field name → message (for forms); "form" for the whole form. */
export type FieldErrors = Record<string, string>;

/** `queued`: a job was enqueued (the inbox row `jobId`): the caller wakes the worker for it. */
export type ActionResult = { ok: true; message: string; queued?: boolean; jobId?: number } | { ok: false; message: string; errors?: FieldErrors };

const queuedJob = (stored: StoreResult) => ({ queued: true, jobId: stored.id ?? undefined });

/** Re-reads a held order from its channel and places it (the "orders/retry" job), once per click. */
export async function retryOrder(db: PrismaClient, shop: string, id: number): Promise<ActionResult> {
  const row = await db.channelOrder.findFirst({ where: { id, shop }, select: { id: true, status: true, channel: true, externalId: true } });
  if (!row || row.status !== "held") return { ok: false, message: "This order is not in the review queue any more: reload the page." };
  const connection = await db.channelConnection.findUnique({ where: { shop_channel: { shop, channel: row.channel } }, select: { status: true } });
  if (connection?.status !== "connected") return { ok: false, message: `Connect ${channelName(row.channel)} again to retry order ${row.externalId}.` };
  const job = await enqueueJob(db, shop, "orders/retry", `${row.id}:${randomUUID()}`, { id: row.id });
  return { ok: true, ...queuedJob(job), message: `Retrying order ${row.externalId}: it is read again from ${channelName(row.channel)} and placed in Shopify if it can be.` };
}

/** Takes a held or waiting order off the page; an imported order is never touched. */
export async function dismissOrder(db: PrismaClient, shop: string, id: number): Promise<ActionResult> {
  const row = await db.channelOrder.findFirst({ where: { id, shop }, select: { externalId: true } });
  const { count } = await db.channelOrder.updateMany({ where: { id, shop, status: { in: ["held", "waiting"] } }, data: { status: "dismissed" } });
  if (!row || count === 0) return { ok: false, message: "This order is not waiting for you any more: reload the page." };
  return { ok: true, message: `Order ${row.externalId} dismissed: it will not be placed in Shopify.` };
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const required = (label: string) => z.preprocess(blankToUndefined, z.string({ error: `Enter the ${label.toLowerCase()}` }).trim().max(2000, `The ${label.toLowerCase()} is too long`));

function connectionSchema(channel: OrderChannelId) {
  return z.object(Object.fromEntries(FIELDS[channel].map((f) => [f.name, required(f.label)])));
}

function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return out;
}

/** Connects (or reconnects) a channel from the page's form; the answer never carries the credentials. */
export async function saveConnection(db: PrismaClient, shop: string, channel: OrderChannelId, fields: Record<string, unknown>): Promise<ActionResult> {
  const parsed = connectionSchema(channel).safeParse(fields);
  if (!parsed.success) return { ok: false, message: "Some fields need your attention.", errors: fieldErrors(parsed.error) };
  const { externalShopId, ...credentials } = parsed.data;
  const existing = await db.channelConnection.findUnique({ where: { shop_channel: { shop, channel } }, select: { bufferUnits: true, bufferPercent: true } });
  try {
    await connectChannel(db, shop, { channel, externalShopId, credentials, buffer: existing ? { units: existing.bufferUnits, percent: existing.bufferPercent } : undefined });
  } catch (error) {
    return { ok: false, message: `${channelName(channel)} could not be connected: ${(error as Error).message}` };
  }
  await markShopStockChanged(db, shop); // the channel learns every sellable quantity
  return { ok: true, message: `${channelName(channel)} connected.` };
}

export async function disconnect(db: PrismaClient, shop: string, channel: OrderChannelId): Promise<ActionResult> {
  await disconnectChannel(db, shop, channel);
  return { ok: true, message: `${channelName(channel)} disconnected: its credentials are deleted. Orders already in Shopify stay.` };
}

/** Asks Meta for new and changed orders now (the "orders/meta_pull" job), once per click. */
export async function pullNow(db: PrismaClient, shop: string): Promise<ActionResult> {
  const connection = await db.channelConnection.findUnique({ where: { shop_channel: { shop, channel: "meta" } }, select: { status: true } });
  if (connection?.status !== "connected") return { ok: false, message: "Connect Meta first." };
  const job = await enqueueJob(db, shop, "orders/meta_pull", randomUUID());
  return { ok: true, ...queuedJob(job), message: "Pulling orders from Meta: new orders appear here in a moment." };
}

const whole = (label: string, max: number, unit: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z
      .number({ error: `Enter the ${label} as a whole number` })
      .int(`Enter the ${label} as a whole number`)
      .min(0, `The ${label} cannot be negative`)
      .max(max, `The ${label} can be at most ${max.toLocaleString("en")}${unit}`),
  );
const bufferSchema = z.object({ units: whole("units held back", 1_000_000, ""), percent: whole("percentage held back", 100, " %") });

/** Sets the safety buffer of a connected channel: units ≥ 0, percent 0–100. */
export async function setBuffer(db: PrismaClient, shop: string, channel: OrderChannelId, input: { units: unknown; percent: unknown }): Promise<ActionResult> {
  const parsed = bufferSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "The safety buffer was not saved.", errors: fieldErrors(parsed.error) };
  const { count } = await db.channelConnection.updateMany({
    where: { shop, channel, status: "connected" },
    data: { bufferUnits: parsed.data.units, bufferPercent: parsed.data.percent },
  });
  if (count === 0) return { ok: false, message: `Connect ${channelName(channel)} first.` };
  await markShopStockChanged(db, shop); // the new buffer reaches the channel now, not at the next sale
  return { ok: true, message: `Safety buffer for ${channelName(channel)} saved.` };
}

// ---------------------------------------------------------------------------------------------
// The page's form → one use case

const channelId = z.enum(["tiktok", "meta"]);
const orderId = z.coerce.number().int().positive();
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("retry"), id: orderId }),
  z.object({ intent: z.literal("dismiss"), id: orderId }),
  z.looseObject({ intent: z.literal("connect"), channel: channelId }),
  z.object({ intent: z.literal("disconnect"), channel: channelId }),
  z.object({ intent: z.literal("pull") }),
  z.object({ intent: z.literal("buffer"), channel: channelId, units: z.string(), percent: z.string() }),
]);
export type OrdersAction = z.infer<typeof actionSchema>;
export type OrdersActionResult = ActionResult & { intent: OrdersAction["intent"] | "unknown"; target?: string };

/** The page's form data → an action, or null when it is not one of the page's forms. */
export function parseOrdersAction(form: FormData): OrdersAction | null {
  const parsed = actionSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  return parsed.success ? parsed.data : null;
}

/** Runs one of the page's actions; `target` names the order or channel the answer is about. */
export async function runOrdersAction(db: PrismaClient, shop: string, action: OrdersAction): Promise<OrdersActionResult> {
  const answer = (result: ActionResult, target?: string): OrdersActionResult => ({ ...result, intent: action.intent, target });
  switch (action.intent) {
    case "retry":
      return answer(await retryOrder(db, shop, action.id), String(action.id));
    case "dismiss":
      return answer(await dismissOrder(db, shop, action.id), String(action.id));
    case "connect": {
      const { intent: _intent, channel, ...fields } = action;
      return answer(await saveConnection(db, shop, channel, fields), channel);
    }
    case "disconnect":
      return answer(await disconnect(db, shop, action.channel), action.channel);
    case "pull":
      return answer(await pullNow(db, shop), "meta");
    case "buffer":
      return answer(await setBuffer(db, shop, action.channel, action), action.channel);
  }
}
