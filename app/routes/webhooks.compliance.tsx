import { webhookAction } from "~/services/webhook-action.server";

// POST /webhooks/compliance — customers/data_request, customers/redact, shop/redact (subscribed in shopify.app.toml).
export const action = webhookAction("/webhooks/compliance");
