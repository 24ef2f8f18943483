import { describe, expect, it } from "vitest";
import { attributeKey, normalizeAgeGroup, normalizeGender, variantAttributes } from "./attributes";

describe("attributeKey", () => {
  it.each([
    ["Color", "color"], ["Colour", "color"], ["Farbe", "color"], ["couleur", "color"],
    ["Size", "size"], ["Größe", "size"], ["TAILLE", "size"], ["talla", "size"],
    ["Material", "material"], ["pattern", "pattern"], ["Gender", "gender"], ["age_group", "age_group"], ["Age Group", "age_group"],
  ])("%s → %s", (name, key) => expect(attributeKey(name)).toBe(key));
  it("does not guess", () => expect(attributeKey("Scent")).toBeNull());
});

describe("normalizers", () => {
  it("maps gender words", () => {
    expect(normalizeGender("Women")).toBe("female");
    expect(normalizeGender("Herren")).toBe("male");
    expect(normalizeGender("Unisex")).toBe("unisex");
    expect(normalizeGender("robot")).toBeNull();
  });
  it("maps age groups", () => {
    expect(normalizeAgeGroup("Kids")).toBe("kids");
    expect(normalizeAgeGroup("Erwachsene")).toBe("adult");
    expect(normalizeAgeGroup("all ages")).toBe("all ages");
  });
});

describe("variantAttributes", () => {
  it("takes options first, then product attributes", () => {
    const attrs = variantAttributes({
      variant: { selectedOptions: [{ name: "Farbe", value: "Rot" }, { name: "Größe", value: "M" }] },
      product: { attributes: { color: "Blue", material: "Baumwolle", gender: "Damen", age_group: "Adults", scent: "x" } },
    } as never);
    expect(attrs).toEqual({ color: "Rot", size: "M", material: "Baumwolle", gender: "female", age_group: "adult" });
  });
  it("ignores the default variant", () => {
    expect(variantAttributes({ variant: { selectedOptions: [{ name: "Title", value: "Default Title" }] }, product: { attributes: {} } } as never)).toEqual({});
  });
});
