/**
 * The shared template of near-duplicate ads: the words all of them have in the same order (a longest
 * common subsequence, folded over the ads), with numbered slots where they differ, and what each ad
 * puts in each slot.
 */
export interface Template {
  /** The common words with {1}, {2}… where the ads differ. */
  template: string;
  /** slots[k]: the distinct values of slot k+1, most frequent first (an empty string: nothing there). */
  slots: string[][];
  /** How many ads the template was built from. */
  ads: number;
  /** True when an ad was longer than MAX_TEMPLATE_WORDS words: the template covers only the first ones. */
  partial: boolean;
}

/** Longest ad prefix compared, in words: the LCS table is words × words. */
export const MAX_TEMPLATE_WORDS = 2000;

const tokens = (text: string): string[] => text.split(/\s+/).filter((t) => t !== '');

/** Index pairs (i in a, j in b) of one longest common subsequence. */
function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const t = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1]! + 1 : Math.max(t[(i + 1) * w + j]!, t[i * w + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (t[(i + 1) * w + j]! >= t[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function buildTemplate(texts: readonly string[]): Template {
  const all = texts.map(tokens);
  const docs = all.map((d) => d.slice(0, MAX_TEMPLATE_WORDS));
  let common = docs[0] ?? [];
  for (const d of docs.slice(1)) common = lcsPairs(common, d).map(([i]) => common[i]!);

  // gaps[k][d]: what ad d has between common word k-1 and common word k (k = 0: before the first).
  const gaps: string[][] = Array.from({ length: common.length + 1 }, () => []);
  for (const d of docs) {
    const pairs = lcsPairs(common, d);
    let prev = 0;
    for (let k = 0; k <= common.length; k++) {
      const at = k < common.length ? pairs[k]![1] : d.length;
      gaps[k]!.push(d.slice(prev, at).join(' '));
      prev = at + 1;
    }
  }
  const parts: string[] = [];
  const slots: string[][] = [];
  for (let k = 0; k <= common.length; k++) {
    const values = gaps[k]!;
    if (values.some((v) => v !== '')) {
      const freq = new Map<string, number>();
      for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
      slots.push([...freq.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([v]) => v));
      parts.push(`{${slots.length}}`);
    }
    if (k < common.length) parts.push(common[k]!);
  }
  return { template: parts.join(' '), slots, ads: docs.length, partial: all.some((d) => d.length > MAX_TEMPLATE_WORDS) };
}
