import { ApiVersion } from "@shopify/shopify-api";

// The one Admin API version the app speaks; shopify.app.toml's [webhooks] api_version matches it.
export const API_VERSION = ApiVersion.October26;
