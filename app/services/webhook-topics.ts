// Which Shopify topics each webhook address accepts. shopify.app.toml subscribes the same topics
// to the same addresses (a test keeps the two in step).
export const WEBHOOK_ROUTES = {
  "/webhooks/app": ["app/uninstalled", "app/scopes_update"],
  "/webhooks/catalog": ["products/create", "products/update", "products/delete", "inventory_levels/update"],
  "/webhooks/bulk": ["bulk_operations/finish"],
  "/webhooks/orders": ["orders/cancelled", "fulfillments/create"],
  "/webhooks/compliance": ["customers/data_request", "customers/redact", "shop/redact"],
} as const satisfies Record<string, readonly string[]>;

export type WebhookPath = keyof typeof WEBHOOK_ROUTES;
