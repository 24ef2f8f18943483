import { describe, expect, it } from "vitest";
import { choiceList } from "./settings.server";

describe("choiceList", () => {
  it("orders case-blind for ASCII letters, then by bytes, as SQLite's NOCASE did, whichever database listed them", () => {
    expect(choiceList(["summer", "Über Cool", "送料無料", "Made in EU", "eco", "über", "Zebra", "apple", "Apple", "😀 fun", "ﬀ ligature"])).toEqual([
      "Apple",
      "apple",
      "eco",
      "Made in EU",
      "summer",
      "Zebra",
      "Über Cool",
      "über",
      "送料無料",
      "ﬀ ligature",
      "😀 fun",
    ]);
  });

  it("drops repeats and empty values, and keeps the first 500", () => {
    const many = Array.from({ length: 600 }, (_, i) => `v${String(i).padStart(3, "0")}`);
    const listed = choiceList(["", "v001", ...many.slice().reverse()]);
    expect(listed).toHaveLength(499); // "" is one of the first 500, then left out
    expect(listed[0]).toBe("v000");
    expect(listed.at(-1)).toBe("v498");
  });
});
