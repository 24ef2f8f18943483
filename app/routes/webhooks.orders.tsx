import { webhookAction } from "~/services/webhook-action.server";

// POST /webhooks/orders — orders/cancelled, fulfillments/create (subscribed in shopify.app.toml).
export const action = webhookAction("/webhooks/orders");
