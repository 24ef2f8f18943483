import { describe, expect, it } from "vitest";
import { ATTRIBUTE_KEYS, attributeAlias, attributesFromColumns, attributesFromNode, mergeAttributes, parseAttributes } from "./attributes";

describe("attributesFromNode", () => {
  it("reads the aliased metafields of a line, skipping absent and blank ones, keys sorted", () => {
    const line = {
      id: "gid://shopify/Product/1",
      title: "Shirt",
      [attributeAlias("pattern")]: { value: "striped" },
      [attributeAlias("gender")]: { value: "female" },
      [attributeAlias("age_group")]: null,
      [attributeAlias("color")]: { value: "  " },
      [attributeAlias("size")]: { value: 7 },
    };
    const attributes = attributesFromNode(line);
    expect(attributes).toEqual({ gender: "female", pattern: "striped" });
    expect(Object.keys(attributes)).toEqual(["gender", "pattern"]);
  });

  it("is empty for a line without attribute metafields", () => {
    expect(attributesFromNode({ id: "gid://shopify/ProductVariant/1", title: "S" })).toEqual({});
  });

  it("aliases are valid GraphQL names for every key", () => {
    for (const key of ATTRIBUTE_KEYS) expect(attributeAlias(key)).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
  });
});

describe("mergeAttributes", () => {
  it("takes the product's metafields with the variant's on top", () => {
    expect(
      mergeAttributes({
        product: { gender: "male", material: "wool", color: "blue" },
        variant: { color: "red", size: "M" },
      }),
    ).toEqual({ gender: "male", material: "wool", color: "red", size: "M" });
  });

  it("does not change its inputs", () => {
    const product = { color: "blue" };
    mergeAttributes({ product, variant: { color: "red" } });
    expect(product).toEqual({ color: "blue" });
  });
});

describe("stored columns", () => {
  it("parses a JSON object of strings and ignores anything else", () => {
    expect(parseAttributes('{"gender":"female","n":3}')).toEqual({ gender: "female" });
    expect(parseAttributes("[]")).toEqual({});
    expect(parseAttributes("not json")).toEqual({});
    expect(parseAttributes(null)).toEqual({});
  });

  it("merges product and variant columns, variant first", () => {
    expect(attributesFromColumns('{"age_group":"adult","color":"blue"}', '{"color":"red"}')).toEqual({ age_group: "adult", color: "red" });
    expect(attributesFromColumns("{}", null)).toEqual({});
  });
});
