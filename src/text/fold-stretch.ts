/**
 * Stretched letters ("sooo easy", "moneyyy", "freeeee", "кыздаааар") shortened. Neither English,
 * Russian nor Kyrgyz writes a letter three times in a row, so a run of three or more becomes one
 * letter, or two where a word of rules/data/doubled-letters.json has that letter doubled at that
 * place ("free", "good", "маалымат"). A run that is the whole word ("www", "ааа", "xxx") is left alone.
 * The letters kept map to the whole run.
 */
import doubled from '../../rules/data/doubled-letters.json';
import { isCyrillicCode, isLatinCode } from './chars.js';
import { doubledPrefixes } from './doubled-prefixes.js';
import { rewriteMatches, type Layer } from './layer.js';

/** Every beginning of a listed word that ends in its doubled letter: "fr" + "ee" of "free". */
const DOUBLED_PREFIXES = new Set<string>();
for (const w of doubled.words) for (const p of doubledPrefixes(w)) DOUBLED_PREFIXES.add(p);

const GUARD = /([a-z\u0430-\u04ff])\1\1/g;
const isLetter = (c: number): boolean => isLatinCode(c) || isCyrillicCode(c);

export function foldStretched(layer: Layer): Layer {
  const t = layer.text;
  return rewriteMatches(layer, GUARD, (m, rewriter) => {
    const ch = m[1]!;
    const start = m.index;
    let end = start + 3;
    while (t[end] === ch) end++;
    GUARD.lastIndex = end;
    let wordStart = start;
    while (wordStart > 0 && isLetter(t.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart < start || (end < t.length && isLetter(t.charCodeAt(end)))) {
      const w = rewriter();
      if (DOUBLED_PREFIXES.has(t.slice(wordStart, start) + ch + ch)) {
        w.replace(start, start + 1, ch);
        w.replace(start + 1, end, ch);
      } else {
        w.replace(start, end, ch);
      }
    }
  });
}
