// Emoji detection and removal (TikTok rejects emoji in titles). ©, ® and ™ are pictographic in
// Unicode but are ordinary trademark signs in product titles, so they stay.

// Flags (regional indicators), skin tones, tag characters, VS16, ZWJ and the keycap mark, listed
// as alternatives (not one class) so no sequence is split inside a character class.
const EMOJI =
  /(?![©®™])\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}]|\u{FE0F}|\u{200D}|\u{20E3}/gu;

export function hasEmoji(text: string): boolean {
  EMOJI.lastIndex = 0;
  const found = EMOJI.test(text);
  EMOJI.lastIndex = 0;
  return found;
}

/** Text without emoji, whitespace collapsed where they were. */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, "").replace(/\s{2,}/g, " ").trim();
}
