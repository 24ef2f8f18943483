// Cut text to a channel's limit, counted the way the channels count: Unicode code points.

/** Length in Unicode code points (an emoji is 1, not 2). */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const TRAILING_JUNK = /[\s.,;:!?\-–—/|&([{'"“‘«]+$/u;

/**
 * Cut `text` to at most `max` code points at a word boundary: never mid-word, no dangling punctuation
 * or separators at the end. A single word longer than `max` is cut hard (there is no boundary).
 * Text within the limit is returned unchanged.
 */
export function cutAtWord(text: string, max: number): string {
  if (max <= 0) return "";
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max);
  const next = chars[max];
  let cut: string;
  if (/\s/u.test(next)) {
    cut = head.join("");
  } else {
    // Back up to the last whitespace inside the head; the word that straddles the limit is dropped.
    let i = head.length - 1;
    while (i >= 0 && !/\s/u.test(head[i])) i--;
    cut = i > 0 ? head.slice(0, i).join("") : head.join("");
  }
  const cleaned = cut.replace(TRAILING_JUNK, "");
  return cleaned.length > 0 ? cleaned : cut.trimEnd();
}
