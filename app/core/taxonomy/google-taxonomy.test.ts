import { describe, expect, it } from "vitest";
import { matchGoogleCategory, normalisePath, normaliseSegment, parseGoogleTaxonomy } from "./google-taxonomy";

// Real lines of Google's taxonomy (2021-09-21). The full file is exercised in
// app/services/feeds/google-taxonomy.server.test.ts (core may not do file IO, not even in tests).
const FIXTURE = `# Google_Product_Taxonomy_Version: 2021-09-21
1 - Animals & Pet Supplies
2 - Animals & Pet Supplies > Pet Supplies
4 - Animals & Pet Supplies > Pet Supplies > Cat Supplies
4999 - Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter
8069 - Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter Box Liners
166 - Apparel & Accessories
1604 - Apparel & Accessories > Clothing
5322 - Apparel & Accessories > Clothing > Activewear
182 - Apparel & Accessories > Clothing > Baby & Toddler Clothing
5410 - Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby & Toddler Tops
204 - Apparel & Accessories > Clothing > Pants
212 - Apparel & Accessories > Clothing > Shirts & Tops
167 - Apparel & Accessories > Clothing Accessories
173 - Apparel & Accessories > Clothing Accessories > Hats
222 - Electronics
223 - Electronics > Audio
1420 - Electronics > Audio > Audio Accessories
7163 - Electronics > Audio > Audio Accessories > Speaker Accessories
500112 - Electronics > Audio > Audio Accessories > Speaker Accessories > Speaker Bags, Covers & Cases
2082 - Electronics > Electronics Accessories
275 - Electronics > Electronics Accessories > Power
276 - Electronics > Electronics Accessories > Power > Batteries
6933 - Electronics > Electronics Accessories > Power > Power Adapter & Charger Accessories
505295 - Electronics > Electronics Accessories > Power > Power Adapters & Chargers
3895 - Electronics > GPS Accessories
3781 - Electronics > GPS Accessories > GPS Cases
412 - Food, Beverages & Tobacco
413 - Food, Beverages & Tobacco > Beverages
2073 - Food, Beverages & Tobacco > Beverages > Tea & Infusions
`;
const taxonomy = parseGoogleTaxonomy(FIXTURE);
const idOf = (fullName: string) => matchGoogleCategory(taxonomy, fullName)?.id ?? null;

describe("parseGoogleTaxonomy", () => {
  it("indexes id ↔ path with normalised keys and parents", () => {
    expect(taxonomy.version).toBe("2021-09-21");
    expect(taxonomy.categories).toHaveLength(29);
    expect(taxonomy.byId.get(212)).toMatchObject({
      path: "Apparel & Accessories > Clothing > Shirts & Tops",
      segments: ["Apparel & Accessories", "Clothing", "Shirts & Tops"],
      keys: ["apparel and accessories", "clothing", "shirts and tops"],
      parentId: 1604,
    });
    expect(taxonomy.byId.get(166)?.parentId).toBeNull();
    expect(taxonomy.byKey.get("food beverages and tobacco > beverages")?.id).toBe(413);
  });

  it("tolerates BOM, CRLF, blank lines and comments; rejects malformed lines", () => {
    const t = parseGoogleTaxonomy("\uFEFF# Google_Product_Taxonomy_Version: x\r\n\r\n1 - A\r\n2 - A > B\r\n");
    expect(t.version).toBe("x");
    expect(t.byId.get(2)).toMatchObject({ path: "A > B", parentId: 1 });
    expect(parseGoogleTaxonomy("1 - A\n").version).toBeNull();
    expect(() => parseGoogleTaxonomy("1 - A\nnot a line\n")).toThrow(/line 2/);
    expect(() => parseGoogleTaxonomy("1 - A\n1 - B\n")).toThrow(/repeats id 1/);
    expect(() => parseGoogleTaxonomy("1 - A > !! > B\n")).toThrow(/empty segment/);
  });
});

describe("normalisation", () => {
  it("ignores case, punctuation, whitespace, accents and & vs and", () => {
    expect(normaliseSegment("Food, Beverages & Tobacco")).toBe("food beverages and tobacco");
    expect(normaliseSegment("  Men's   T-Shirts ")).toBe("mens t shirts");
    expect(normaliseSegment("Café")).toBe("cafe");
    expect(normalisePath("A &B>  C > ")).toEqual(["a and b", "c"]);
  });

  it("matches paths written differently", () => {
    expect(idOf("apparel and accessories>CLOTHING>shirts   &  tops")).toBe(212);
    expect(idOf("Food Beverages and Tobacco > Beverages > Tea & Infusions")).toBe(2073);
    expect(idOf(" Apparel & Accessories > Clothing > ")).toBe(1604);
  });
});

describe("matchGoogleCategory", () => {
  it("matches exact paths", () => {
    expect(matchGoogleCategory(taxonomy, "Apparel & Accessories > Clothing > Shirts & Tops")).toEqual({
      id: 212,
      path: "Apparel & Accessories > Clothing > Shirts & Tops",
    });
    expect(idOf("Electronics")).toBe(222);
  });

  it("falls back to the deepest matching ancestor", () => {
    expect(idOf("Apparel & Accessories > Clothing > Pants > Joggers")).toBe(204);
    expect(idOf("Apparel & Accessories > Clothing Accessories > Hats > Beanies")).toBe(173);
    expect(idOf("Food, Beverages & Tobacco > Beverages > Tea & Infusions > Green Tea > Matcha")).toBe(2073);
  });

  it("refines below the ancestor when a Google name lists the Shopify one", () => {
    expect(idOf("Apparel & Accessories > Clothing > Clothing Tops > Shirts")).toBe(212);
    expect(idOf("Apparel & Accessories > Clothing > Clothing Tops")).toBe(212);
    // Leaf unknown ("Oxford Shirts"), its Shopify parent ("Clothing Tops") still found.
    expect(idOf("Apparel & Accessories > Clothing > Clothing Tops > Oxford Shirts")).toBe(212);
    // "Chargers" vs "Power Adapters & Chargers" (not "Power Adapter & Charger Accessories").
    expect(idOf("Electronics > Electronics Accessories > Power > Chargers")).toBe(505295);
  });

  it("takes a unique same-named category elsewhere in the top level (Shopify nested it)", () => {
    expect(idOf("Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter > Cat Litter Box Liners")).toBe(8069);
  });

  it("prefers the parent to a guess", () => {
    // Narrower names that merely contain the word: "GPS Cases", "Speaker Bags, Covers & Cases".
    expect(idOf("Electronics > Electronics Accessories > Cases")).toBe(2082);
    expect(idOf("Electronics > Cases")).toBe(222);
    // "Activewear Tops" is not "Shirts & Tops" (a sibling branch): stay at Activewear.
    expect(idOf("Apparel & Accessories > Clothing > Activewear > Activewear Tops")).toBe(5322);
  });

  it("sets aside words the ancestor already says", () => {
    // Under "Baby & Toddler Clothing", "Baby Tops" and "Baby & Toddler Tops" both just say "tops".
    expect(idOf("Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby Tops")).toBe(5410);
  });

  it("returns null for unknown top levels and empty input", () => {
    expect(idOf("Gift Cards")).toBeNull();
    expect(idOf("Nonsense > Clothing > Shirts & Tops")).toBeNull();
    expect(idOf("")).toBeNull();
    expect(idOf(" > ")).toBeNull();
  });

  it("memoises per full name inside the taxonomy", () => {
    const t = parseGoogleTaxonomy(FIXTURE);
    const first = matchGoogleCategory(t, "Apparel & Accessories > Clothing > Clothing Tops > Shirts");
    expect(t.matchCache.size).toBe(1);
    expect(matchGoogleCategory(t, "Apparel & Accessories > Clothing > Clothing Tops > Shirts")).toBe(first);
    expect(matchGoogleCategory(t, "Gift Cards")).toBeNull();
    expect(t.matchCache.has("Gift Cards")).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
