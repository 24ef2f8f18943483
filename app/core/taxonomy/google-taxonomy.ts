// Shopify Standard Product Taxonomy category → Google product category (id + path), the value every
// channel accepts as `google_product_category`. Pure: the taxonomy text is an input (the loader in
// app/services/feeds reads the file). Shopify's taxonomy grew out of Google's, so most paths match
// after normalisation; where Shopify renamed or added levels we fall back to the deepest matching
// ancestor and only refine below it when a name match is unambiguous — a parent category is
// acceptable to every channel, a wrong one is not.

export interface GoogleCategory {
  id: number;
  /** Path as written in the taxonomy file: "Apparel & Accessories > Clothing > Shirts & Tops". */
  path: string;
  /** Path segments as written. */
  segments: readonly string[];
  /** Normalised segments (see normaliseSegment). */
  keys: readonly string[];
  parentId: number | null;
}

export interface GoogleCategoryMatch {
  id: number;
  path: string;
}

export interface GoogleTaxonomy {
  /** From the "# Google_Product_Taxonomy_Version: …" header, when present. */
  version: string | null;
  categories: readonly GoogleCategory[];
  byId: ReadonlyMap<number, GoogleCategory>;
  /** Normalised full path ("apparel and accessories > clothing") → category. */
  byKey: ReadonlyMap<string, GoogleCategory>;
  /** Memo of matchGoogleCategory results, keyed by the Shopify full name as given. */
  readonly matchCache: Map<string, GoogleCategoryMatch | null>;
}

const SEPARATOR = ">";

/** "Food, Beverages & Tobacco" → "food beverages and tobacco"; "Men's T-Shirts" → "mens t shirts". */
export function normaliseSegment(segment: string): string {
  return segment
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function splitPath(fullName: string): string[] {
  return fullName.split(SEPARATOR).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Normalised segments of a " > "-separated path; empty segments are dropped. */
export function normalisePath(fullName: string): string[] {
  return splitPath(fullName).map(normaliseSegment).filter((s) => s.length > 0);
}

const pathKey = (keys: readonly string[]): string => keys.join(" > ");

const LINE = /^(\d+)\s*-\s*(.+)$/;
const VERSION = /^#\s*Google_Product_Taxonomy_Version:\s*(\S+)/i;

/** Parses Google's `ID - Path` text (e.g. taxonomy-with-ids.en-US.txt). Throws on a malformed line. */
export function parseGoogleTaxonomy(text: string): GoogleTaxonomy {
  let version: string | null = null;
  const categories: GoogleCategory[] = [];
  const byId = new Map<number, GoogleCategory>();
  const byKey = new Map<string, GoogleCategory>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    if (line.startsWith("#")) {
      version ??= VERSION.exec(line)?.[1] ?? null;
      return;
    }
    const match = LINE.exec(line);
    if (!match) throw new Error(`Google taxonomy line ${index + 1} is not "ID - Path": ${JSON.stringify(raw)}`);
    const id = Number(match[1]);
    const segments = splitPath(match[2]);
    const path = segments.join(" > ");
    const keys = segments.map(normaliseSegment);
    if (keys.length === 0 || keys.includes("")) throw new Error(`Google taxonomy line ${index + 1} has an empty segment`);
    const key = pathKey(keys);
    if (byId.has(id)) throw new Error(`Google taxonomy line ${index + 1} repeats id ${id}`);
    const category: GoogleCategory = { id, path, segments, keys, parentId: null };
    categories.push(category);
    byId.set(id, category);
    if (!byKey.has(key)) byKey.set(key, category);
  });
  // Parents after the fact: the file lists parents first, but nothing here relies on that.
  for (const category of categories) {
    if (category.keys.length > 1) category.parentId = byKey.get(pathKey(category.keys.slice(0, -1)))?.id ?? null;
  }
  return { version, categories, byId, byKey, matchCache: new Map() };
}

// ---- fuzzy refinement -------------------------------------------------------------------------

const STOP_WORDS = new Set(["and", "or", "for", "with", "of", "the", "a", "an", "in", "on", "other", "misc", "miscellaneous"]);

/** Crude singular form, applied to both taxonomies alike ("dresses" → "dress", "accessories" → "accessory"). */
function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

function tokens(normalisedSegment: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalisedSegment.split(" ")) if (word && !STOP_WORDS.has(word)) out.add(stem(word));
  return out;
}

/** Tokens of `segment` that the context (the matched ancestor's path) does not already say. */
function informative(segment: string, context: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens(segment)) if (!context.has(t)) out.add(t);
  return out;
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((t) => b.has(t));

function isUnder(category: GoogleCategory, ancestor: GoogleCategory): boolean {
  if (category.keys.length <= ancestor.keys.length) return false;
  return ancestor.keys.every((k, i) => category.keys[i] === k);
}

function commonAncestor(taxonomy: GoogleTaxonomy, found: readonly GoogleCategory[]): GoogleCategory | null {
  let prefix = found[0].keys;
  for (const c of found.slice(1)) {
    let n = 0;
    while (n < prefix.length && n < c.keys.length && prefix[n] === c.keys[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.length ? (taxonomy.byKey.get(pathKey(prefix)) ?? null) : null;
}

/** "Power Adapters & Chargers" → ["Power Adapters", "Chargers"]; a name without a list → itself. */
function alternatives(rawSegment: string): string[] {
  return rawSegment.split(/\s*(?:&|,|\band\b)\s*/i).filter((s) => s.trim().length > 0);
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && isSubset(a, b);

/**
 * Best Google category under `ancestor` for one Shopify segment, or null when none or ambiguous.
 * A Google category qualifies when its name says the same thing once the ancestor's words are set aside
 * ("Yoga Mats" under "Yoga & Pilates" ~ "Yoga & Pilates Mats"), or when it lists the Shopify name as one
 * of its alternatives ("Shirts" ~ "Shirts & Tops"). A name that merely contains the word is narrower, not
 * the same ("Cases" ≁ "GPS Cases"). Shallowest wins, same-name before listed; ties resolve to their common
 * ancestor, accepted only when it is still below `ancestor`.
 */
function refineUnder(taxonomy: GoogleTaxonomy, ancestor: GoogleCategory, segment: string): GoogleCategory | null {
  const context = new Set<string>();
  for (const k of ancestor.keys) for (const t of tokens(k)) context.add(t);
  const wanted = informative(segment, context);
  if (wanted.size === 0) return null;
  const wantedAll = tokens(segment);
  // Words of the matched name beyond Shopify's, ancestor words included: "Chargers" beats "Charger Accessories"
  // under "… > Electronics Accessories > Power".
  const noise = (name: string): number => [...tokens(normaliseSegment(name))].filter((t) => !wantedAll.has(t)).length;
  let best: GoogleCategory[] = [];
  let bestScore: [number, number] = [Infinity, Infinity];
  for (const category of taxonomy.categories) {
    if (!isUnder(category, ancestor)) continue;
    const last = category.segments[category.segments.length - 1];
    const depth = category.keys.length - ancestor.keys.length;
    let score: [number, number];
    if (sameSet(informative(normaliseSegment(last), context), wanted)) score = [depth * 2, noise(last)];
    else {
      const alts = alternatives(last);
      if (alts.length < 2) continue;
      const at = alts.findIndex((alt) => sameSet(informative(normaliseSegment(alt), context), wanted));
      if (at < 0) continue;
      // "Speaker Bags, Covers & Cases": "Speaker" qualifies every item, so "Cases" alone is not listed.
      if (at > 0 && informative(normaliseSegment(alts[0]), context).size > 1) continue;
      score = [depth * 2 + 1, noise(alts[at])];
    }
    const order = score[0] - bestScore[0] || score[1] - bestScore[1];
    if (order < 0) [best, bestScore] = [[category], score];
    else if (order === 0) best.push(category);
  }
  if (best.length === 0) return null;
  if (best.length === 1) return best[0];
  const common = commonAncestor(taxonomy, best);
  return common && isUnder(common, ancestor) ? common : null;
}

/** Exact leaf-name match anywhere in the same top-level category, only when unique. */
function uniqueNameInTopLevel(taxonomy: GoogleTaxonomy, topKey: string, leaf: string): GoogleCategory | null {
  const wanted = tokens(leaf);
  if (wanted.size === 0) return null;
  let found: GoogleCategory | null = null;
  for (const category of taxonomy.categories) {
    if (category.keys[0] !== topKey || category.keys.length < 2) continue;
    const have = tokens(category.keys[category.keys.length - 1]);
    if (have.size !== wanted.size || !isSubset(wanted, have)) continue;
    if (found) return null;
    found = category;
  }
  return found;
}

function toMatch(category: GoogleCategory): GoogleCategoryMatch {
  return Object.freeze({ id: category.id, path: category.path });
}

function computeMatch(taxonomy: GoogleTaxonomy, shopifyFullName: string): GoogleCategoryMatch | null {
  const keys = normalisePath(shopifyFullName);
  if (keys.length === 0) return null;

  // 1. Exact path.
  const exact = taxonomy.byKey.get(pathKey(keys));
  if (exact) return toMatch(exact);

  // 2. Deepest ancestor whose path exists in Google's taxonomy.
  let matched = 0;
  let ancestor: GoogleCategory | null = null;
  for (let n = keys.length - 1; n >= 1 && !ancestor; n--) {
    ancestor = taxonomy.byKey.get(pathKey(keys.slice(0, n))) ?? null;
    if (ancestor) matched = n;
  }
  if (!ancestor) return null; // not even the top level is Google's: no basis for a guess

  // 3. Refine below the ancestor by name: the leaf first, then the unmatched levels above it.
  for (let i = keys.length - 1; i >= matched; i--) {
    const refined = refineUnder(taxonomy, ancestor, keys[i]);
    if (refined) return toMatch(refined);
  }
  // 4. The leaf's exact name, unique within the same top-level category (Shopify moved it, e.g. one
  //    level deeper than Google); never shallower than the ancestor we already have.
  const moved = uniqueNameInTopLevel(taxonomy, keys[0], keys[keys.length - 1]);
  if (moved && moved !== ancestor && moved.keys.length >= ancestor.keys.length) return toMatch(moved);

  return toMatch(ancestor);
}

/**
 * Google category for a Shopify category full name ("Apparel & Accessories > Clothing > Clothing Tops > Shirts"):
 * exact path (case, punctuation, whitespace and "&"/"and" insensitive), else a conservative name match below
 * the deepest matching ancestor, else that ancestor; null when not even the top level matches. Memoised per
 * full name in `taxonomy`.
 */
export function matchGoogleCategory(taxonomy: GoogleTaxonomy, shopifyFullName: string): GoogleCategoryMatch | null {
  const cached = taxonomy.matchCache.get(shopifyFullName);
  if (cached !== undefined) return cached;
  const result = computeMatch(taxonomy, shopifyFullName);
  taxonomy.matchCache.set(shopifyFullName, result);
  return result;
}
