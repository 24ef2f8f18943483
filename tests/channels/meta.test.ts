import { describe, expect, it } from "vitest";
import { metaAdapter } from "~/channels/meta";
import { cdnImage, makeVariant } from "./fixtures";

describe("meta", () => {
  it("sends a CONTINUE variant at zero stock as 'in stock' (the feed has only in/out of stock)", () => {
    const item = metaAdapter.map(makeVariant({ variant: { quantity: 0, inventoryPolicy: "CONTINUE" } })).item!;
    expect(item.availability).toBe("in stock");
  });
  it("keeps 'all ages' and 'teen', which Meta accepts", () => {
    expect(metaAdapter.map(makeVariant({ product: { attributes: { age_group: "all ages" } } })).item!.age_group).toBe("all ages");
    expect(metaAdapter.map(makeVariant({ product: { attributes: { age_group: "teens" } } })).item!.age_group).toBe("teen");
  });
  it("warns when the image is known to be under 500x500", () => {
    const result = metaAdapter.map(makeVariant({ product: { images: [cdnImage("small", 300)] } }));
    expect(result.item).not.toBeNull();
    expect(result.issues.map((i) => i.code)).toContain("image_too_small");
  });
  it("lists up to 20 additional images within 2,000 characters", () => {
    const images = Array.from({ length: 30 }, (_, i) => cdnImage(`img-${i}`));
    const item = metaAdapter.map(makeVariant({ product: { images } })).item!;
    const list = item.additional_image_link.split(",");
    expect(list.length).toBeLessThanOrEqual(20);
    expect(item.additional_image_link.length).toBeLessThanOrEqual(2000);
    expect(list[0]).toContain("img-1");
  });
  it("drops an unrecognised gender with a warning", () => {
    const result = metaAdapter.map(makeVariant({ product: { attributes: { gender: "robots" } } }));
    expect(result.item!.gender).toBe("");
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "unsupported_value", field: "gender", severity: "warning" }));
  });
});
