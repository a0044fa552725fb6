/**
 * Letters split by spaces, dots, dashes or underscores ("О Ф И Ц И А Н Т К А", "w.a.i.t.r.e.s.s")
 * joined back into a word. The separators are dropped, so a span over the word runs from its first
 * letter to its last in the original: the whole split run.
 *
 * Ordinary text has single letters too, so a run is joined only when it has at least four letters,
 * the same separator between every two of them, and one case throughout (a capital may start a
 * lower-case run): "a b c" lists, initials ("A. B. Ivanov"), "U.S.A." and "т.е." stay as they are,
 * and "О Ф И Ц И А Н Т К А в Д У Б А Е" gives "официантка в дубае".
 */
import { afterCharAt, letterUnitAt } from './chars.js';
import { Case, caseAt, rewriteMatches, type Layer } from './layer.js';

/**
 * Four single letters with one separator between them; the rest of the run is followed in code, and
 * so is the start (a leading lookbehind would make V8 test every position: ten times slower).
 */
const SPLIT_START = /\p{L}([ ._\-*·•~|]{1,3})\p{L}\1\p{L}\1\p{L}(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]/u;
const MIN_LETTERS = 4;

const isWordAt = (t: string, i: number): boolean => i < t.length && WORD.test(t[i]!);

/** Split the letters of one same-separator chain into runs of one case; a capital may lead a lower-case run. */
function caseRuns(cases: readonly Case[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < cases.length) {
    let kind = cases[i]!;
    let j = i + 1;
    // "W a i t r e s s": one capital, then lower case.
    if (kind === Case.Upper && cases[j] === Case.Lower) kind = Case.Lower;
    while (j < cases.length && (cases[j] === kind || cases[j] === Case.None || kind === Case.None)) {
      if (kind === Case.None) kind = cases[j]!;
      j++;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

export function foldSplitLetters(layer: Layer, original: string): Layer {
  const t = layer.text;
  return rewriteMatches(layer, SPLIT_START, (m, rewriter) => {
    if (m.index > 0 && isWordAt(t, m.index - 1)) {
      // Inside a word: look again from the next letter.
      SPLIT_START.lastIndex = afterCharAt(t, m.index);
      return;
    }
    const gap = m[1]!;
    // Follow the chain of single letters with this separator.
    const letters = [m.index];
    let q = m.index + 1;
    while (t.startsWith(gap, q) && letterUnitAt(t, q + gap.length) && !isWordAt(t, q + gap.length + 1)) {
      q += gap.length;
      letters.push(q);
      q++;
    }
    const cases = letters.map((i) => caseAt(layer, original, i));
    for (const [a, b] of caseRuns(cases)) {
      if (b - a < MIN_LETTERS) continue;
      const w = rewriter();
      for (let k = a; k + 1 < b; k++) w.drop(letters[k]! + 1, letters[k + 1]!);
    }
    SPLIT_START.lastIndex = q;
  });
}
