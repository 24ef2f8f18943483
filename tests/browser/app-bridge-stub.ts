import type { BrowserContext } from "playwright-core";

// Shopify's admin, as far as an embedded app can tell from inside its iframe: the App Bridge
// script from Shopify's CDN (unreachable here) and the session tokens it hands out. Everything
// else outside the app's origin is refused and recorded, so a test can prove the page needs
// nothing from the internet.

export const APP_BRIDGE_URL = "https://cdn.shopify.com/shopifycloud/app-bridge.js";

export interface ShopifyAdminEmulation {
  /** Outside requests the page tried to make (refused). */
  refused: string[];
  /** How many session tokens App Bridge handed to the page. */
  tokensIssued(): number;
}

export async function emulateShopifyAdmin(
  context: BrowserContext,
  options: { appUrl: string; mintSessionToken: () => Promise<string> },
): Promise<ShopifyAdminEmulation> {
  const appOrigin = new URL(options.appUrl).origin;
  const refused: string[] = [];
  let tokens = 0;
  // What the admin does when App Bridge asks for shopify.idToken(): a fresh, one-minute token.
  await context.exposeFunction("__shopifyAdminIdToken", async () => {
    tokens += 1;
    return options.mintSessionToken();
  });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === appOrigin) return route.continue();
    if (`${url.origin}${url.pathname}` === APP_BRIDGE_URL) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: APP_BRIDGE_STUB });
    }
    refused.push(url.toString());
    return route.abort("blockedbyclient");
  });
  return { refused, tokensIssued: () => tokens };
}

// The part of App Bridge 4 (the `shopify` global) that @shopify/app-bridge-react and
// @shopify/shopify-app-remix rely on:
// - window.shopify with config (apiKey from the script tag's data-api-key, shop/host/locale from
//   the URL), ready, environment, idToken(), toast, loading, user;
// - authenticated fetch: same-origin requests get `Authorization: Bearer <session token>`, and a
//   401 with X-Shopify-Retry-Invalid-Session-Request is retried once with a new token;
// - the bounce page (/auth/session-token?shopify-reload=…): reload that URL with a fresh id_token;
// - App Bridge's own elements (ui-nav-menu, ui-title-bar, …) live in the admin, not in the page.
// Calls are recorded on window.__appBridgeStub for assertions.
const APP_BRIDGE_STUB = String.raw`(() => {
  const script = document.currentScript;
  const params = new URLSearchParams(location.search);
  const apiKey = (script && script.getAttribute("data-api-key")) ||
    (document.querySelector('meta[name="shopify-api-key"]') || {}).content || "";
  const idToken = () => window.__shopifyAdminIdToken();
  const calls = { toasts: [], loading: [], authenticatedFetches: [] };
  window.__appBridgeStub = calls;

  const style = document.createElement("style");
  style.textContent = "ui-nav-menu, ui-title-bar, ui-save-bar, ui-modal, s-app-nav { display: none !important; }";
  document.head.append(style);

  window.shopify = {
    config: {
      apiKey,
      shop: params.get("shop") || undefined,
      host: params.get("host") || undefined,
      locale: params.get("locale") || "en-US",
      disabledFeatures: [],
    },
    origin: "https://admin.shopify.com",
    ready: Promise.resolve(),
    environment: { embedded: true, mobile: false, pos: false },
    idToken,
    loading(isLoading) { calls.loading.push(isLoading !== false); },
    toast: {
      show(message, options) { calls.toasts.push({ message, ...(options || {}) }); return String(calls.toasts.length); },
      hide() {},
    },
    user: async () => ({ id: 1, name: "Test Staff", accountAccess: "Account owner" }),
  };

  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).origin !== location.origin || request.headers.has("Authorization")) {
      return nativeFetch(request);
    }
    const send = async (req) => {
      const headers = new Headers(req.headers);
      headers.set("Authorization", "Bearer " + (await idToken()));
      calls.authenticatedFetches.push(req.url);
      return nativeFetch(new Request(req, { headers }));
    };
    const response = await send(request.clone());
    if (response.status === 401 && response.headers.get("X-Shopify-Retry-Invalid-Session-Request") === "1") {
      return send(request);
    }
    return response;
  };

  const reload = params.get("shopify-reload");
  if (reload) {
    const target = new URL(reload, location.href);
    if (target.origin === location.origin) {
      idToken().then((token) => {
        target.searchParams.set("id_token", token);
        location.replace(target.toString());
      });
    }
  }
})();
`;
