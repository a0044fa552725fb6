/**
 * Sorts `items` in place, stably, as `items.sort(compare)` does. The lists a screen sorts (a rule's
 * spans, an ad's places, its indicators) hold a handful of items: those are sorted by insertion,
 * which allocates nothing, where Array.prototype.sort allocates a working copy each call (some 7 KB
 * per ad in all; what a screen allocates evicts the rule set's tables from the processor's caches).
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 24) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    // Moved only past items that compare greater: equal ones keep their order.
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
