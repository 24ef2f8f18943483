import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { matchGoogleCategory, parseGoogleTaxonomy } from "~/core/taxonomy/google-taxonomy";
import {
  getGoogleTaxonomy,
  googleCategoryFor,
  googleTaxonomyPathCandidates,
  loadGoogleTaxonomy,
  resetGoogleTaxonomyCache,
} from "./google-taxonomy.server";

afterEach(() => resetGoogleTaxonomyCache());


describe("google-taxonomy loader", () => {
  it("finds the file next to the module, then under the app root; env overrides", () => {
    const candidates = googleTaxonomyPathCandidates({ GOOGLE_PRODUCT_TAXONOMY_PATH: "/tmp/x.txt" });
    expect(candidates[0]).toBe("/tmp/x.txt");
    expect(candidates.some((p) => p.endsWith("app/services/feeds/google-product-taxonomy.txt"))).toBe(true);
  });

  it("loads once per process and maps categories", () => {
    const t = getGoogleTaxonomy();
    expect(getGoogleTaxonomy()).toBe(t);
    expect(t.categories.length).toBeGreaterThan(5000);
    expect(googleCategoryFor("Apparel & Accessories > Clothing > Clothing Tops > Shirts")?.id).toBe(212);
    expect(googleCategoryFor(null)).toBeNull();
  });

  it("reports the paths it tried when the file is missing", () => {
    expect(() => loadGoogleTaxonomy("/nonexistent/taxonomy.txt")).toThrow(/not found; tried: \/nonexistent/);
  });
});

// The matcher against the real taxonomy shipped with the app. These live here, not in app/core/taxonomy,
// because core (tests included) may not import node:fs; core's own tests use a small fixture of real lines.
const text = readFileSync(new URL("./google-product-taxonomy.txt", import.meta.url), "utf8");
const taxonomy = parseGoogleTaxonomy(text);
const idOf = (fullName: string) => matchGoogleCategory(taxonomy, fullName)?.id ?? null;

describe("parseGoogleTaxonomy", () => {
  it("indexes the real file by id and by normalised path", () => {
    expect(taxonomy.version).toBe("2021-09-21");
    expect(taxonomy.categories.length).toBe(5595);
    expect(taxonomy.byId.get(212)?.path).toBe("Apparel & Accessories > Clothing > Shirts & Tops");
    expect(taxonomy.byId.get(212)?.parentId).toBe(1604);
    expect(taxonomy.byId.get(166)?.parentId).toBeNull();
    expect(taxonomy.byKey.get("apparel and accessories > clothing > shirts and tops")?.id).toBe(212);
  });
});

describe("normalisation against the real file", () => {
  it("matches paths written differently", () => {
    expect(idOf("apparel and accessories>CLOTHING>shirts   &  tops")).toBe(212);
    expect(idOf("Food Beverages and Tobacco > Beverages > Tea & Infusions")).toBe(2073);
    expect(idOf(" Apparel & Accessories > Clothing > ")).toBe(1604);
  });
});

describe("matchGoogleCategory against the real file", () => {
  it("matches exact paths", () => {
    expect(matchGoogleCategory(taxonomy, "Apparel & Accessories > Clothing > Shirts & Tops")).toEqual({
      id: 212,
      path: "Apparel & Accessories > Clothing > Shirts & Tops",
    });
    expect(idOf("Luggage & Bags > Backpacks")).toBe(100);
    expect(idOf("Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs")).toBe(2169);
  });

  it("falls back to the deepest matching ancestor for a deeper or renamed Shopify path", () => {
    // Real Shopify categories (Shopify/product-taxonomy maps each to the same Google category).
    expect(idOf("Apparel & Accessories > Clothing > Pants > Joggers")).toBe(204);
    expect(idOf("Animals & Pet Supplies > Pet Supplies > Bird Supplies > Bird Toys > Mirrors")).toBe(4992);
    expect(idOf("Hardware > Tools > Flashlights & Headlamps > Flashlights > Lanterns")).toBe(543689);
    expect(idOf("Apparel & Accessories > Clothing Accessories > Hats > Beanies")).toBe(173);
  });

  it("refines below the ancestor only on an unambiguous name match", () => {
    // Singular/plural and words already said by the ancestor.
    expect(idOf("Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotions & Moisturizers")).toBe(2592);
    expect(idOf("Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga Mats")).toBe(3640);
    // A Google name listing the Shopify one: "Chargers" is one of "Power Adapters & Chargers".
    expect(idOf("Electronics > Electronics Accessories > Power > Chargers")).toBe(505295);
    // Shopify added a level that Google does not have.
    expect(idOf("Sporting Goods > Exercise & Fitness > Jump Ropes")).toBe(2614);
    // Shopify nests a category that Google keeps one level up (same, unique name in the top level).
    expect(idOf("Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter > Cat Litter Box Liners")).toBe(8069);
    expect(idOf("Animals & Pet Supplies > Pet Supplies > Fish & Aquatic Supplies > Aquarium & Pond Tubings")).toBe(505303);
  });

  it("stays at the parent rather than guess", () => {
    // "Fish & Aquatic Supplies" is not "Fish Supplies" by name: stay at Pet Supplies.
    expect(idOf("Animals & Pet Supplies > Pet Supplies > Fish & Aquatic Supplies")).toBe(2);
    // "GPS Cases", "Speaker Bags, Covers & Cases" are narrower than "Cases": never picked.
    const cases = matchGoogleCategory(taxonomy, "Electronics > Electronics Accessories > Cases");
    expect(cases?.id).toBe(2082);
    expect(idOf("Apparel & Accessories > Clothing > Activewear > Activewear Tops")).toBe(5322);
  });

  it("maps the emulator generator's categories (tests/emulator/generator.ts)", () => {
    const expected: Record<string, number> = {
      // Shopify's own mapping sends aa-1-13 and aa-1-13-7 to 212 as well.
      "Apparel & Accessories > Clothing > Clothing Tops > Shirts": 212,
      "Apparel & Accessories > Clothing > Clothing Tops": 212,
      "Apparel & Accessories > Clothing": 1604,
      "Apparel & Accessories": 166,
      "Home & Garden": 536,
      "Sporting Goods": 988,
      "Health & Beauty": 469,
      Electronics: 222,
      "Food, Beverages & Tobacco": 412,
      "Toys & Games": 1239,
      "Luggage & Bags": 5181,
    };
    for (const [fullName, id] of Object.entries(expected)) expect([fullName, idOf(fullName)]).toEqual([fullName, id]);
  });

  it("returns null for unknown top levels and empty input", () => {
    expect(idOf("Gift Cards")).toBeNull();
    expect(idOf("Bundles")).toBeNull();
    expect(idOf("Nonsense > Clothing > Shirts & Tops")).toBeNull();
    expect(idOf("")).toBeNull();
    expect(idOf(" > ")).toBeNull();
  });
});
