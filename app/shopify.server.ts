import "@shopify/shopify-app-remix/adapters/node";
import { setAbstractFetchFunc } from "@shopify/shopify-api/runtime";
import { AppDistribution, shopifyApp } from "@shopify/shopify-app-remix/server";
import { API_VERSION } from "./shopify/api-version";
import { env } from "./env.server";
import { adminFetch } from "./shopify/admin-origin.server";
import { sessionStorage } from "./shopify/session-storage.server";
import { recordInstall } from "./services/install.server";

export { API_VERSION };

const config = env();
if (config.SHOPIFY_ADMIN_ORIGIN) {
  // Development/tests: the real Admin client, pointed at the local store emulator.
  setAbstractFetchFunc(adminFetch(config.SHOPIFY_ADMIN_ORIGIN));
}

const shopify = shopifyApp({
  apiKey: config.SHOPIFY_API_KEY,
  apiSecretKey: config.SHOPIFY_API_SECRET,
  apiVersion: API_VERSION,
  scopes: config.SCOPES?.split(","),
  appUrl: config.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  sessionStorage,
  distribution: AppDistribution.AppStore,
  future: { unstable_newEmbeddedAuthStrategy: true, expiringOfflineAccessTokens: false },
  hooks: {
    afterAuth: async ({ session }) => {
      await recordInstall(session.shop, session.scope ?? null);
    },
  },
  ...(config.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [config.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const apiVersion = API_VERSION;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const registerWebhooks = shopify.registerWebhooks;
