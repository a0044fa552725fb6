/**
 * Russian and Kyrgyz amounts written in words ("пять тысяч долларов", "беш жүз доллар") read as
 * digits, so the pay checks see them as they see "5000 долларов". Only number words directly before
 * a currency are read ("пять дней" stays as it is), and only when they include more than a scale word
 * ("тысячи долларов", "thousands of dollars", stays vague). Vocabulary: rules/data/number-words.json;
 * currencies: rules/data/money.json. English number words are read by the money extractor.
 */
import numberWords from '../../rules/data/number-words.json';
import { money } from '../data.js';
import { alternation } from './alternation.js';
import { isCyrillicCode } from './chars.js';
import { rewriteMatches, type Layer } from './layer.js';

type Kind = 'unit' | 'hundred' | 'half' | 'scale';
const WORDS = new Map<string, { value: number; kind: Kind }>();
for (const table of [numberWords.ru, numberWords.ky] as Array<Record<string, unknown>>) {
  for (const [word, entry] of Object.entries(table)) {
    const [value, kind] = entry as [number, Kind];
    if (!WORDS.has(word)) WORDS.set(word, { value, kind });
  }
}

const currencyWords = money.currencies.flatMap((c) => [...c.ru, ...c.ky]).filter((w) => /^[\p{L}.]+$/u.test(w) && w.length >= 2);
const currencySymbols = money.currencies.flatMap((c) => c.symbols);
// A Cyrillic letter (the end of a number word), then a currency word (a Kyrgyz case ending may be
// glued to it: "долларга") or a symbol.
const KY_ENDING = `(?:${alternation(money.kyrgyzEndings)})?`;
const GUARD = new RegExp(`[\\u0430-\\u04ff](?:[ \\u00a0]{1,2}(?:${alternation(currencyWords)})${KY_ENDING}(?![a-z\\u0430-\\u04ff])|[ \\u00a0]{0,2}(?:${alternation(currencySymbols)}))`, 'g');
const MAX_WORDS = 8;

/** The value of number words in order, or null when they do not form an amount. */
function readWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let counted = false;
  for (const word of words) {
    const e = WORDS.get(word)!;
    switch (e.kind) {
      case 'unit':
        current += e.value;
        counted = true;
        break;
      case 'hundred':
        current = (current || 1) * e.value;
        counted = true;
        break;
      case 'half':
        if (current === 0) return null;
        current += e.value;
        break;
      case 'scale':
        total += (current || 1) * e.value;
        current = 0;
        break;
    }
  }
  return counted ? total + current : null;
}

export function foldNumberWords(layer: Layer): Layer {
  const t = layer.text;
  let consumed = 0;
  return rewriteMatches(layer, GUARD, (m, rewriter) => {
    // Walk back over number words separated by single spaces.
    const end = m.index + 1;
    const words: string[] = [];
    let start = end;
    let e = end;
    while (words.length < MAX_WORDS) {
      let s = e;
      while (s > consumed && isCyrillicCode(t.charCodeAt(s - 1))) s--;
      const word = t.slice(s, e);
      if (s === e || !WORDS.has(word)) break;
      words.unshift(word);
      start = s;
      if (s < 2 || t[s - 1] !== ' ' || !isCyrillicCode(t.charCodeAt(s - 2))) break;
      e = s - 1;
    }
    const value = words.length > 0 && (start === 0 || !isCyrillicCode(t.charCodeAt(start - 1))) ? readWords(words) : null;
    if (value !== null) {
      rewriter().replace(start, end, String(value));
      consumed = end;
    }
  });
}
