import type { ActionFunctionArgs } from "@remix-run/node";
import prisma from "~/db.server";
import { wakeWorker } from "~/jobs/index.server";
import { catalogDeps } from "~/services/catalog/default-deps.server";
import { receiveChannelPush } from "~/services/orders/push-intake.server";

// POST /channels/<channel>/<connection id> — a channel's signed order events (TikTok Shop webhooks).
export const action = ({ request, params }: ActionFunctionArgs) =>
  receiveChannelPush(request, params.channel ?? "", params.connectionId ?? "", { db: prisma, sql: catalogDeps().sql, onStored: wakeWorker });

export const loader = () => new Response("Method not allowed", { status: 405 });
