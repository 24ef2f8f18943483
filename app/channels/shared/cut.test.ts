import { describe, expect, it } from "vitest";
import { charLength, cutAtWord } from "./cut";

describe("charLength", () => {
  it("counts code points", () => {
    expect(charLength("😀é")).toBe(2);
    expect("😀".length).toBe(2);
  });
});

describe("cutAtWord", () => {
  it("keeps text within the limit unchanged", () => {
    expect(cutAtWord("Short title", 50)).toBe("Short title");
    expect(cutAtWord("Exactly ten", 11)).toBe("Exactly ten");
  });
  it("never cuts mid-word", () => {
    expect(cutAtWord("Organic cotton t-shirt", 12)).toBe("Organic");
    expect(cutAtWord("Organic cotton t-shirt", 14)).toBe("Organic cotton");
  });
  it("drops dangling punctuation", () => {
    expect(cutAtWord("Soft, warm, and light", 11)).toBe("Soft, warm");
    expect(cutAtWord("Jacket - waterproof shell", 9)).toBe("Jacket");
  });
  it("counts code points, not UTF-16 units", () => {
    const text = "😀😀😀 abc def";
    const cut = cutAtWord(text, 7);
    expect(cut).toBe("😀😀😀 abc");
    expect(charLength(cut)).toBeLessThanOrEqual(7);
  });
  it("cuts a single overlong word hard", () => {
    expect(cutAtWord("Supercalifragilistic", 5)).toBe("Super");
  });
  it("always stays within the limit", () => {
    const text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20);
    for (let max = 1; max < 200; max += 7) expect(charLength(cutAtWord(text, max))).toBeLessThanOrEqual(max);
  });
});
