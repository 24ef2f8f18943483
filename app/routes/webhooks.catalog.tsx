import { webhookAction } from "~/services/webhook-action.server";

// POST /webhooks/catalog — products/create|update|delete, inventory_levels/update (subscribed in shopify.app.toml).
export const action = webhookAction("/webhooks/catalog");
