import { describe, expect, it } from "vitest";
import { hasEmoji, stripEmoji } from "./emoji";

describe("emoji", () => {
  it("finds and removes emoji, flags, skin tones and ZWJ sequences", () => {
    expect(hasEmoji("✨ Summer Dress 👗")).toBe(true);
    expect(stripEmoji("✨ Summer Dress 👗")).toBe("Summer Dress");
    expect(stripEmoji("Hand 👍🏽 made 🇫🇷 in 👩‍👩‍👧 Paris ❤️")).toBe("Hand made in Paris");
  });
  it("keeps trademark signs and plain text", () => {
    expect(hasEmoji("Acme™ Pro® © 2024 – Größe 38")).toBe(false);
    expect(stripEmoji("Café Crème")).toBe("Café Crème");
  });
});
