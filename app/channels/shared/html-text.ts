// HTML (Shopify descriptionHtml) → plain text for the channels, which all want text without markup:
// tags removed, block elements become line breaks, entities decoded, whitespace collapsed.
// A small, pure tokenizer-free conversion: product descriptions are simple rich text, not documents.

const ACCENTED: Record<string, string> = {
  aacute: "á", agrave: "à", acirc: "â", auml: "ä", atilde: "ã", aring: "å", aelig: "æ",
  ccedil: "ç", eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", iacute: "í", igrave: "ì",
  icirc: "î", iuml: "ï", ntilde: "ñ", oacute: "ó", ograve: "ò", ocirc: "ô", ouml: "ö",
  otilde: "õ", oslash: "ø", uacute: "ú", ugrave: "ù", ucirc: "û", uuml: "ü", yacute: "ý",
  eth: "ð", thorn: "þ", oelig: "œ", scaron: "š", zcaron: "ž",
};

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  shy: "", zwj: "", zwnj: "", lrm: "", rlm: "",
  deg: "°", ndash: "–", mdash: "—", hellip: "…", bull: "•", middot: "·", prime: "′", Prime: "″",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»",
  lsaquo: "‹", rsaquo: "›", copy: "©", reg: "®", trade: "™", times: "×", divide: "÷", plusmn: "±",
  frac12: "½", frac14: "¼", frac34: "¾", sup1: "¹", sup2: "²", sup3: "³", micro: "µ", para: "¶",
  sect: "§", euro: "€", pound: "£", yen: "¥", cent: "¢", curren: "¤", iexcl: "¡", iquest: "¿",
  ordf: "ª", ordm: "º", not: "¬", macr: "¯", acute: "´", cedil: "¸", uml: "¨", szlig: "ß",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", hearts: "♥", minus: "−", le: "≤", ge: "≥",
  ne: "≠", asymp: "≈", infin: "∞", permil: "‰", dagger: "†", Dagger: "‡", alpha: "α", beta: "β",
  mu: "μ", pi: "π", Omega: "Ω", ohm: "Ω",
};
for (const [name, char] of Object.entries(ACCENTED)) {
  NAMED[name] = char;
  NAMED[name[0].toUpperCase() + name.slice(1)] = char.toUpperCase();
}

/** Decode named (&eacute;), decimal (&#233;) and hex (&#xE9;) character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "";
    }
    return NAMED[ref] ?? whole;
  });
}

const BLOCK =
  "address|article|aside|blockquote|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tfoot|tr|ul";
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, "gi");
const CELL_TAG = /<\/?(?:td|th)\b[^>]*>/gi;

export interface HtmlToTextOptions {
  /** Keep block boundaries as "\n" (default) or turn them into spaces. */
  lineBreaks?: boolean;
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const lineBreaks = options.lineBreaks ?? true;
  let text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    .replace(/<(script|style|head|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
    .replace(/\r\n?/g, "\n")
    // Newlines in the source are whitespace in HTML, not line breaks.
    .replace(/\n/g, " ")
    .replace(BLOCK_TAG, "\n")
    .replace(CELL_TAG, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/<[!?/][^>]*>/g, "");
  text = decodeEntities(text);
  // Control characters other than the newline are noise in every channel's text fields.
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");
  const lines = text
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu, " ").trim())
    .filter((line) => line.length > 0);
  return lines.join(lineBreaks ? "\n" : " ");
}
