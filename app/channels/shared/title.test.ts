import { describe, expect, it } from "vitest";
import { variantTitle } from "./title";

const product = { title: "Linen Shirt", translations: {} as Record<string, string> };

describe("variantTitle", () => {
  it("adds the option values", () => {
    expect(variantTitle({ product, variant: { title: "Blue / M", selectedOptions: [{ name: "Color", value: "Blue" }, { name: "Size", value: "M" }] } } as never)).toBe("Linen Shirt - Blue / M");
  });
  it("keeps the product title for the default variant", () => {
    expect(variantTitle({ product, variant: { title: "Default Title", selectedOptions: [{ name: "Title", value: "Default Title" }] } } as never)).toBe("Linen Shirt");
  });
  it("uses the translated title", () => {
    expect(variantTitle({ product: { ...product, translations: { title: "Chemise en lin" } }, variant: { title: "M", selectedOptions: [{ name: "Taille", value: "M" }] } } as never)).toBe("Chemise en lin - M");
  });
});
