import { webhookAction } from "~/services/webhook-action.server";

// POST /webhooks/bulk — bulk_operations/finish (subscribed in shopify.app.toml).
export const action = webhookAction("/webhooks/bulk");
