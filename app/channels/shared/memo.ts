// Product-level work once per product. The feed builder hands an adapter one variant at a time, and
// the variants of a product come one after another with the same product fields: a pure function
// that remembers its last arguments (compared with ===, so strings by value) and result runs once
// per product instead of once per variant. Only for pure functions of the arguments given.

/** `fn` remembering its last call. */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let result!: R;
  return (...args: A): R => {
    if (last === null || !sameArgs(last, args)) {
      result = fn(...args);
      last = args;
    }
    return result;
  };
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A pure function of a string, cached in a Map that is cleared when it reaches `max` entries. */
export function cachedByString<R>(fn: (key: string) => R, max = 1024): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string): R => {
    if (cache.has(key)) return cache.get(key) as R;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
