// Where Admin API requests go. In production: https://{shop}/... as Shopify expects. In development
// and tests SHOPIFY_ADMIN_ORIGIN points at the local store emulator; only the origin is rewritten,
// path, headers (access token) and body stay exactly as the real client sends them.
const SHOP_HOST = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i;

export function rewriteAdminUrl(url: string, adminOrigin: string | undefined): string {
  if (!adminOrigin) return url;
  const parsed = new URL(url);
  if (!SHOP_HOST.test(parsed.hostname)) return url;
  const target = new URL(adminOrigin);
  parsed.protocol = target.protocol;
  parsed.host = target.host;
  return parsed.toString();
}

export function adminFetch(adminOrigin: string | undefined): typeof fetch {
  if (!adminOrigin) return fetch;
  return (input, init) => {
    if (input instanceof Request) return fetch(new Request(rewriteAdminUrl(input.url, adminOrigin), input), init);
    return fetch(rewriteAdminUrl(input.toString(), adminOrigin), init);
  };
}
