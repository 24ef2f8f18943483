/**
 * A small subset of Shopify's search syntax for `query:` arguments:
 * `title:shirt`, `status:active,draft`, `updated_at:>'2024-01-01T00:00:00Z'`, `id:>1000`,
 * `tag:summer`, `-vendor:Acme`, `NOT sku:X`, `sku:AB*`, bare words (title contains), `OR`.
 * Unknown fields are ignored (match everything), as Shopify does.
 */
import { parseGid } from "./store/ids";

type Op = ":" | ">" | "<" | ">=" | "<=";

interface Term {
  field: string | null;
  op: Op;
  value: string;
  negate: boolean;
  /** Quoted values match as a whole (no comma alternatives). */
  quoted: boolean;
}

/** Groups joined by OR; terms inside a group joined by AND. */
export type SearchQuery = Term[][];

export type FieldValue = string | number | boolean | null | undefined | readonly (string | null)[];
export type SearchFields<T> = Record<string, (item: T) => FieldValue>;

function tokenize(q: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  const chars = [...q];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (quote) {
      cur += ch;
      if (ch === "\\" && i + 1 < chars.length) cur += chars[++i];
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
    } else if (/\s/.test(ch) || ch === "(" || ch === ")") {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function isQuoted(v: string): boolean {
  return v.length >= 2 && (v[0] === "'" || v[0] === '"') && v[v.length - 1] === v[0];
}

/** Strip quotes and undo backslash escapes inside them (`'a\'b'` → `a'b`). */
function unquote(v: string): string {
  return isQuoted(v) ? v.slice(1, -1).replace(/\\(.)/g, "$1") : v;
}

export function parseSearch(q: string | null | undefined): SearchQuery {
  const groups: Term[][] = [[]];
  let negateNext = false;
  for (const tok of tokenize(q ?? "")) {
    if (tok === "OR") {
      groups.push([]);
      continue;
    }
    if (tok === "AND") continue;
    if (tok === "NOT") {
      negateNext = true;
      continue;
    }
    let negate = negateNext;
    negateNext = false;
    let t = tok;
    if (t.startsWith("-") && t.length > 1) {
      negate = !negate;
      t = t.slice(1);
    }
    const m = /^([A-Za-z_.]+):(>=|<=|>|<|=)?(.*)$/.exec(t);
    if (m) {
      const field = m[1].toLowerCase();
      if (field === "tag_not") negate = !negate;
      groups[groups.length - 1].push({
        field: field === "tag_not" ? "tag" : field,
        op: (m[2] === "=" || !m[2] ? ":" : m[2]) as Op,
        value: unquote(m[3]),
        negate,
        quoted: isQuoted(m[3]),
      });
    } else {
      groups[groups.length - 1].push({ field: null, op: ":", value: unquote(t), negate, quoted: isQuoted(t) });
    }
  }
  return groups.filter((g) => g.length > 0);
}

function toComparable(field: string, v: string | number): number | string {
  if (typeof v === "number") return v;
  if (field === "id" || field.endsWith("_id")) {
    const digits = parseGid(v)?.legacyId ?? v;
    return /^\d+$/.test(digits) ? digits.replace(/^0+(?=\d)/, "") : digits.toLowerCase();
  }
  if (field.endsWith("_at")) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? v : t;
  }
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v.toLowerCase();
}

function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function matchOne(field: string, actual: string | number | boolean, term: Term): boolean {
  if (typeof actual === "boolean") return String(actual) === term.value.toLowerCase();
  if (term.op === ":") {
    const alternatives = (term.quoted ? [term.value] : term.value.split(",")).map((s) => s.trim().toLowerCase());
    const a = String(actual).toLowerCase();
    return alternatives.some((want) => {
      if (field === "id" || field.endsWith("_id")) return toComparable(field, want) === toComparable(field, a);
      if (want.endsWith("*")) return a.startsWith(want.slice(0, -1));
      if (field === "title" || field === "_default") return a.includes(want);
      return a === want;
    });
  }
  // Ranges. Ids are compared as big integers.
  let c: number;
  const idLike = field === "id" || field.endsWith("_id");
  const av = idLike ? (parseGid(String(actual))?.legacyId ?? String(actual)) : null;
  const bv = idLike ? (parseGid(term.value)?.legacyId ?? term.value) : null;
  if (av !== null && bv !== null && /^\d+$/.test(av) && /^\d+$/.test(bv)) c = compareIds(av, bv);
  else {
    const x = toComparable(field, actual);
    const y = toComparable(field, term.value);
    if (typeof x !== typeof y) return false;
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  switch (term.op) {
    case ">":
      return c > 0;
    case "<":
      return c < 0;
    case ">=":
      return c >= 0;
    case "<=":
      return c <= 0;
  }
  return false;
}

function termMatches<T>(item: T, term: Term, fields: SearchFields<T>): boolean {
  const field = term.field ?? "_default";
  const get = fields[field];
  if (!get) return true; // unknown field: ignored
  const raw = get(item);
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== null && v !== undefined) as (
    | string
    | number
    | boolean
  )[];
  return values.some((v) => matchOne(field, v, term));
}

export function matchesSearch<T>(item: T, query: SearchQuery, fields: SearchFields<T>): boolean {
  if (query.length === 0) return true;
  return query.some((group) => group.every((term) => termMatches(item, term, fields) !== term.negate));
}

export function filterBySearch<T>(items: readonly T[], q: string | null | undefined, fields: SearchFields<T>): readonly T[] {
  const query = parseSearch(q);
  if (query.length === 0) return items;
  return items.filter((item) => matchesSearch(item, query, fields));
}
