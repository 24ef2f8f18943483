import { describe, expect, it } from "vitest";
import { metaLanguage, OVERRIDE_COLUMNS, overrideKindOf, overrideRow } from "./overrides";
import { META_FIELDS } from "./fields";

describe("Meta override feeds", () => {
  it("writes languages as Meta does", () => {
    expect(metaLanguage("fr")).toBe("fr_XX");
    expect(metaLanguage("pt-BR")).toBe("pt_BR");
    expect(metaLanguage("zh-Hant")).toBe("zh_XX");
  });
  it("carries only the fields that differ per country or language, all of them Meta feed fields", () => {
    const names = new Set(META_FIELDS.map((f) => f.name));
    for (const columns of Object.values(OVERRIDE_COLUMNS)) for (const c of columns) if (c !== "override") expect(names.has(c), c).toBe(true);
    const item = { id: "100", title: "Ing", description: "Puha", link: "https://x/hu/p", price: "11990 HUF", sale_price: "", availability: "in stock", brand: "Acme" };
    expect(overrideRow("countries", item, "HU")).toEqual({ id: "100", override: "HU", price: "11990 HUF", sale_price: "", availability: "in stock", quantity_to_sell_on_facebook: "" });
    expect(overrideRow("languages", item, "hu_XX")).toEqual({ id: "100", override: "hu_XX", title: "Ing", description: "Puha", link: "https://x/hu/p" });
    expect(overrideKindOf("@countries")).toBe("countries");
    expect(overrideKindOf("eu")).toBeNull();
  });
});
