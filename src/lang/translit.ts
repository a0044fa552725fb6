/**
 * Russian or Kyrgyz typed in Latin letters back to Cyrillic, so that the rules and gazetteer of the
 * language match it. Exactness is not needed, only agreement with the rules' words after stemming
 * (Russian) or folding (Kyrgyz).
 */
import { memoize } from '../memo.js';

/** How one language is typed in Latin letters. */
interface Scheme {
  /** Letter groups, tried before single letters (longest first where one starts another). */
  multi: Array<[string, string]>;
  single: Record<string, string>;
  vowels: string;
  /** Does "i" after a vowel stand for й, as "y" does? */
  iAfterVowel: boolean;
}

const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', q: 'к', x: 'кс', "'": 'ь', '’': 'ь',
};

/** Russian ("rabota v Dubae dlya devushek"): zh/kh/ch/sh/shch, ya/yu/yo, y as ы or й. */
const RUSSIAN: Scheme = {
  multi: [
    ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
    ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'ё'], ['jo', 'ё'], ['ye', 'е'], ['iy', 'ий'], ['yy', 'ый'],
  ],
  single: SINGLE,
  vowels: 'аеёиоуыэюя',
  iAfterVowel: false,
};

/**
 * Kyrgyz ("kyzdar kerek", "turmushka chyguu", "jumushka"): ж is written j (not я as Russian's "ja"),
 * ү and ө as u and o or ü and ö (the Kyrgyz rules fold ң ө ү to н о у, so n, o and u serve), and й as
 * y or i after a vowel ("kuyoo", "ailyk", "Dubaiga"). "yo" and "ye" are left to y and the vowel:
 * "kuyoo" is күйөө, not куёо.
 */
const KYRGYZ: Scheme = {
  multi: [['ch', 'ч'], ['sh', 'ш'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я']],
  single: { ...SINGLE, j: 'ж', ö: 'ө', ü: 'ү', ı: 'ы', ñ: 'ң' },
  vowels: 'аеёиоөуүыэюя',
  iAfterVowel: true,
};

function transliterate(word: string, s: Scheme): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const pair = s.multi.find(([lat]) => word.startsWith(lat, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
      continue;
    }
    const ch = word[i]!;
    // y after a vowel is й ("moy", "kuyoo"), elsewhere ы ("raboty", "kyzdar").
    const afterVowel = out.length > 0 && s.vowels.includes(out[out.length - 1]!);
    if (ch === 'y') out += afterVowel ? 'й' : 'ы';
    else if (ch === 'i' && afterVowel && s.iAfterVowel) out += 'й';
    else out += s.single[ch] ?? ch;
    i++;
  }
  return out;
}

/** Memoised: the same Latin words recur across ads. */
export const translitToCyrillic = memoize((word: string): string => transliterate(word, RUSSIAN));
export const kyrgyzLatinToCyrillic = memoize((word: string): string => transliterate(word, KYRGYZ));
