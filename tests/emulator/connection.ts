import { GraphQLError } from "graphql";
import { compareGids } from "./store/ids";

/** Relay connection over an in-memory list, the way Shopify pages: cursors, first/last, 250 max. */

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export type SortValue = string | number;

export interface PagingOptions<T> {
  id: (item: T) => string;
  /** Secondary sort value; items must already be in ascending (value, id) order. Default: id only. */
  sortValue?: (item: T) => SortValue;
  /** Bulk operations read every item: no first/last needed and no page limit. */
  unlimited?: boolean;
  maxPageSize?: number;
}

export const MAX_PAGE_SIZE = 250;

interface CursorKey {
  last_id: string;
  last_value: SortValue;
}

export function encodeCursor(id: string, value: SortValue): string {
  return Buffer.from(JSON.stringify({ last_id: id, last_value: value } satisfies CursorKey)).toString("base64");
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const k = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as CursorKey;
    if (typeof k.last_id === "string" && k.last_value !== undefined) return k;
  } catch {
    /* fall through */
  }
  throw new GraphQLError(`Invalid cursor for current pagination sort.`, { extensions: { code: "BAD_REQUEST" } });
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function paginate<T>(items: readonly T[], args: ConnectionArgs, opts: PagingOptions<T>): Connection<T> {
  const first = args.first ?? null;
  const last = args.last ?? null;
  const max = opts.maxPageSize ?? MAX_PAGE_SIZE;
  if (!opts.unlimited) {
    if (first === null && last === null) throw new GraphQLError("you must provide one of first or last");
    if (first !== null && last !== null) throw new GraphQLError("providing both first and last is not supported");
    const n = (first ?? last)!;
    if (n < 0) throw new GraphQLError(`${first !== null ? "first" : "last"} must be a non-negative integer`);
    if (n > max) {
      throw new GraphQLError(`The ${first !== null ? "first" : "last"} argument must be at most ${max}.`, {
        extensions: { code: "BAD_REQUEST" },
      });
    }
  }
  const value = opts.sortValue ?? ((item: T) => opts.id(item));
  const dir = args.reverse ? -1 : 1;
  const list = args.reverse ? [...items].reverse() : items;
  const cmp = (item: T, key: CursorKey): number => {
    const c = opts.sortValue ? compareValues(value(item), key.last_value) : 0;
    return dir * (c !== 0 ? c : compareGids(opts.id(item), key.last_id));
  };
  /** First index whose item compares above (or at, when inclusive) the key. */
  const seek = (key: CursorKey, inclusive: boolean): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = cmp(list[mid], key);
      if (c > 0 || (inclusive && c === 0)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let start = args.after ? seek(decodeCursor(args.after), false) : 0;
  let end = args.before ? seek(decodeCursor(args.before), true) : list.length;
  if (end < start) end = start;
  if (!opts.unlimited) {
    if (first !== null) end = Math.min(end, start + first);
    else if (last !== null) start = Math.max(start, end - last);
  }
  const slice = list.slice(start, end);
  const edges = slice.map((node) => ({ cursor: encodeCursor(opts.id(node), value(node)), node }));
  return {
    edges,
    nodes: slice,
    pageInfo: {
      hasNextPage: end < list.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Sort a copy by (value, id) ascending. */
export function sortBy<T>(items: readonly T[], id: (t: T) => string, value: (t: T) => SortValue): T[] {
  return [...items].sort((a, b) => compareValues(value(a), value(b)) || compareGids(id(a), id(b)));
}
