/**
 * A string-keyed memo with a size bound: ads repeat their vocabulary and a batch repeats most of it,
 * so per-word work (stems, transliterations, readings) is done once; the bound keeps a long-running
 * process from growing without limit (the memo simply starts over).
 */
export function memoize<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key: string): T => {
    let v = memo.get(key);
    if (v === undefined) {
      if (memo.size >= limit) memo.clear();
      memo.set(key, (v = fn(key)));
    }
    return v;
  };
}
