/**
 * Russian typed in Latin letters ("rabota v Dubae dlya devushek") back to Cyrillic, so the Russian
 * rules and gazetteer match it. Covers the common informal schemes (zh/kh/ch/sh/shch, ya/yu/yo, y as
 * ы or й); exactness is not needed, only agreement after stemming.
 */
import { memoize } from '../memo.js';

const MULTI: Array<[string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'ё'], ['jo', 'ё'], ['ye', 'е'], ['iy', 'ий'], ['yy', 'ый'],
];
const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', q: 'к', x: 'кс', "'": 'ь', '’': 'ь',
};
const VOWELS = 'аеёиоуыэюя';

/** Memoised: the same Latin words recur across ads. */
export const translitToCyrillic = memoize(transliterate);

function transliterate(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const pair = MULTI.find(([lat]) => word.startsWith(lat, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
      continue;
    }
    const ch = word[i]!;
    if (ch === 'y') {
      // y after a vowel is й ("moy"), elsewhere ы ("raboty").
      out += out.length > 0 && VOWELS.includes(out[out.length - 1]!) ? 'й' : 'ы';
    } else {
      out += SINGLE[ch] ?? ch;
    }
    i++;
  }
  return out;
}
