/** Freezes a value and everything in it: for values shared between answers, which nobody may change. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * What `derive` makes of a value shared between answers (frozen), made once per value and frozen
 * in turn, so it can be shared too; an answer's own value (not frozen) is derived afresh.
 */
export function derivedOnce<K extends object, V>(
  cache: WeakMap<K, V>,
  value: K,
  derive: (value: K) => V,
): V {
  if (!Object.isFrozen(value)) return derive(value);
  let derived = cache.get(value);
  if (derived === undefined) {
    derived = deepFreeze(derive(value));
    cache.set(value, derived);
  }
  return derived;
}
