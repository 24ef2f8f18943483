import { webhookAction } from "~/services/webhook-action.server";

// POST /webhooks/app — app/uninstalled, app/scopes_update (subscribed in shopify.app.toml).
export const action = webhookAction("/webhooks/app");
