import { describe, expect, it } from "vitest";
import { isHttpUrl, productLink } from "./link";

const base = {
  shop: { domain: "demo.myshopify.com", name: "Demo", storefrontUrl: "https://shop.example.com/" },
  product: { handle: "linen-shirt", onlineStoreUrl: "https://shop.example.com/products/linen-shirt", translations: {} as Record<string, string> },
  variant: { id: "gid://shopify/ProductVariant/44012345678901234" },
  utm: { source: "meta", medium: "social", campaign: "catalog feed" },
};

describe("productLink", () => {
  it("selects the variant and adds UTM parameters to onlineStoreUrl", () => {
    const url = new URL(productLink(base as never)!);
    expect(url.origin + url.pathname).toBe("https://shop.example.com/products/linen-shirt");
    expect(url.searchParams.get("variant")).toBe("44012345678901234");
    expect(url.searchParams.get("utm_source")).toBe("meta");
    expect(url.searchParams.get("utm_campaign")).toBe("catalog feed");
  });
  it("falls back to storefrontUrl + handle", () => {
    const link = productLink({ ...base, product: { ...base.product, onlineStoreUrl: null } } as never);
    expect(link).toMatch(/^https:\/\/shop\.example\.com\/products\/linen-shirt\?variant=44012345678901234&utm_source=meta/);
  });
  it("uses the translated handle when given", () => {
    const link = productLink({ ...base, product: { ...base.product, translations: { handle: "chemise-lin" } } } as never);
    expect(link).toMatch(/^https:\/\/shop\.example\.com\/products\/chemise-lin\?variant=/);
  });
  it("keeps existing query parameters", () => {
    const link = productLink({ ...base, product: { ...base.product, onlineStoreUrl: "https://x.example/p?ref=a" } } as never);
    expect(new URL(link!).searchParams.get("ref")).toBe("a");
  });
  it("returns null without a usable base", () => {
    expect(productLink({ ...base, shop: { ...base.shop, storefrontUrl: "" }, product: { ...base.product, onlineStoreUrl: null } } as never)).toBeNull();
  });
});

describe("isHttpUrl", () => {
  it("accepts http(s) only", () => {
    expect(isHttpUrl("https://cdn.shopify.com/a.jpg")).toBe(true);
    expect(isHttpUrl("http://x.example/a")).toBe(true);
    expect(isHttpUrl("ftp://x.example/a")).toBe(false);
    expect(isHttpUrl("//cdn.shopify.com/a.jpg")).toBe(false);
    expect(isHttpUrl("https://x.example/a b")).toBe(false);
  });
});
