import { describe, expect, it } from "vitest";
import { googleAdapter } from "~/channels/google";
import { serializeToString } from "~/channels/shared/serialize";
import { makeVariant } from "./fixtures";
import { xmlProblems } from "./xml-check";

describe("google", () => {
  it("writes availability in the Merchant form with underscores", () => {
    const at = (quantity: number, inventoryPolicy: string) => googleAdapter.map(makeVariant({ variant: { quantity, inventoryPolicy } })).item!.availability;
    expect(at(5, "DENY")).toBe("in_stock");
    expect(at(0, "DENY")).toBe("out_of_stock");
    expect(at(0, "CONTINUE")).toBe("backorder");
  });
  it("maps teen to adult ('teens or older') and leaves out 'all ages'", () => {
    expect(googleAdapter.map(makeVariant({ product: { attributes: { age_group: "teen" } } })).item!.age_group).toBe("adult");
    const result = googleAdapter.map(makeVariant({ product: { attributes: { age_group: "all ages" } } }));
    expect(result.item!.age_group).toBe("");
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "unsupported_value", field: "age_group" }));
  });
  it("cuts the title to 150 characters", () => {
    const item = googleAdapter.map(makeVariant({ product: { title: "Wool ".repeat(60) } })).item!;
    expect(Array.from(item.title).length).toBeLessThanOrEqual(150);
    expect(item.title.endsWith("Wool")).toBe(true);
  });
  it("writes additional images as repeated g:additional_image_link elements in XML", async () => {
    const item = googleAdapter.map(makeVariant({})).item!;
    const xml = await serializeToString("xml", googleAdapter.columns, [item], { listFields: googleAdapter.listFields });
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml.match(/<g:additional_image_link>/g)).toHaveLength(2);
    expect(xml).toContain('xmlns:g="http://base.google.com/ns/1.0"');
    expect(xml).toContain("<g:availability>in_stock</g:availability>");
  });
});
