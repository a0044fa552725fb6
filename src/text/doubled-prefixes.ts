/**
 * What the stretch fold (fold-stretch.ts) reads of rules/data/doubled-letters.json: the beginnings of
 * each word that end in a doubled letter ("free" → "free"; "committee" → "comm", "committ",
 * "committee"). Kept apart from the fold, with no data of its own, so that the build can shorten the
 * list the bundles carry (tsup.config.ts) with the same reading the fold makes of it.
 */

/** The beginnings of `word` that end in a doubled letter, shortest first. */
export function doubledPrefixes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) if (word[i] === word[i + 1]) out.push(word.slice(0, i + 2));
  return out;
}

/**
 * The fewest words with the same doubled beginnings as `words`, sorted: each word cut after its last
 * doubled letter ("accepted" → "acc"), less those that are a beginning of another ("acc" of
 * "access"): the table's 776 words come down to 497, 1.7 KB less gzipped in each browser bundle.
 */
export function fewestDoubledWords(words: readonly string[]): string[] {
  const longest = new Set<string>();
  for (const w of words) {
    const p = doubledPrefixes(w);
    if (p.length > 0) longest.add(p[p.length - 1]!);
  }
  const inside = new Set<string>();
  for (const w of longest) for (const p of doubledPrefixes(w)) if (p !== w) inside.add(p);
  return [...longest].filter((w) => !inside.has(w)).sort();
}
