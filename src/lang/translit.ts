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

/**
 * Kyrgyz typed in Latin letters ("kyzdar kerek", "turmushka chyguu", "jumushka") back to Cyrillic, for
 * the Kyrgyz rules and gazetteer. Kyrgyz posts write ж as j (not я as Russian's "ja"), ү and ө as u and
 * o or ü and ö; the Kyrgyz rules fold ң ө ү to н о у, so n, o and u serve. Exactness is not needed,
 * only agreement with the folded Kyrgyz words.
 */
const KY_MULTI: Array<[string, string]> = [
  ['ch', 'ч'], ['sh', 'ш'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я'],
];
const KY_SINGLE: Record<string, string> = { ...SINGLE, j: 'ж', ö: 'ө', ü: 'ү', ı: 'ы', ñ: 'ң' };
const KY_VOWELS = 'аеёиоөуүыэюя';

/** Memoised: the same Latin words recur across ads. */
export const kyrgyzLatinToCyrillic = memoize((word: string): string => {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const pair = KY_MULTI.find(([lat]) => word.startsWith(lat, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
      continue;
    }
    const ch = word[i]!;
    // y after a vowel is й ("kuyoo", "jaydoo"), elsewhere ы ("kyzdar"); i after a vowel is й too
    // ("ailyk", "Dubaiga"). "yo" and "ye" are left to y and the vowel: "kuyoo" is күйөө, not куёо.
    const afterVowel = out.length > 0 && KY_VOWELS.includes(out[out.length - 1]!);
    if (ch === 'y') out += afterVowel ? 'й' : 'ы';
    else if (ch === 'i' && afterVowel) out += 'й';
    else out += KY_SINGLE[ch] ?? ch;
    i++;
  }
  return out;
});
