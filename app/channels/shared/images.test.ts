import { describe, expect, it } from "vitest";
import { chooseImages } from "./images";

const img = (url: string, size = 800) => ({ url, altText: null, width: size, height: size });
const product = {
  images: [img("https://cdn.shopify.com/a.jpg?v=1"), img("https://cdn.shopify.com/b.jpg?v=1"), img("https://cdn.shopify.com/c.jpg?v=2"), img("https://cdn.shopify.com/b.jpg?v=9")],
};

describe("chooseImages", () => {
  it("prefers the variant image and lists the others, deduplicated", () => {
    const choice = chooseImages({ product, variant: { imageUrl: "https://cdn.shopify.com/b.jpg?v=1" } } as never, 10);
    expect(choice.main).toEqual({ url: "https://cdn.shopify.com/b.jpg?v=1", width: 800, height: 800 });
    expect(choice.additional).toEqual(["https://cdn.shopify.com/a.jpg?v=1", "https://cdn.shopify.com/c.jpg?v=2"]);
  });
  it("falls back to the featured product image", () => {
    const choice = chooseImages({ product, variant: { imageUrl: null } } as never, 10);
    expect(choice.main?.url).toBe("https://cdn.shopify.com/a.jpg?v=1");
    expect(choice.additional).toEqual(["https://cdn.shopify.com/b.jpg?v=1", "https://cdn.shopify.com/c.jpg?v=2"]);
  });
  it("caps the additional images at the channel's maximum", () => {
    expect(chooseImages({ product, variant: { imageUrl: null } } as never, 1).additional).toHaveLength(1);
  });
  it("has no main image when there is none", () => {
    expect(chooseImages({ product: { images: [] }, variant: { imageUrl: null } } as never, 10)).toEqual({ main: null, additional: [] });
  });
  it("encodes commas so lists stay parseable", () => {
    const choice = chooseImages({ product: { images: [] }, variant: { imageUrl: "https://x.example/a,b.jpg" } } as never, 10);
    expect(choice.main?.url).toBe("https://x.example/a%2Cb.jpg");
  });
});
