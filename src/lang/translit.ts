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
  /**
   * Does "i" after a vowel stand for й, as "y" does? At the end of a word it does in both ("nochnoi",
   * "sleduyushchei"), except after i: "Rossii", "Antalii" are России, Анталии.
   */
  iAfterVowel: boolean;
  /**
   * Where "e" at the start of a word stands for э: always in Kyrgyz ("emgek", "erkekter", "emes"); in
   * Russian before k, t, l ("ekzamen", "etazh", "eto", "elektrik", "eskort"), since "esli", "est",
   * "eshche" start with е as often.
   */
  initialE: RegExp;
  /**
   * Is "ye" after a consonant ые ("vyezd", "besplatnye")? Elsewhere it is е ("yeshche", "moye"). The
   * nouns in -ье are the words of NOUNS_IN_YE.
   */
  yeAfterConsonant: boolean;
}

const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', q: 'к', x: 'кс', "'": 'ь', '’': 'ь',
};

/** Russian ("rabota v Dubae dlya devushek"): zh/kh/ch/sh/shch, ya/yu/yo, y as ы or й. */
const RUSSIAN: Scheme = {
  multi: [
    // -tsya is the reflexive -тся ("sdayutsya"); iya, iye, iyu are ия, ие, ию ("garantiya"), not ий + a vowel;
    // sch is сч ("za schet", "schitat'"), as often as щ, and where it matters most ("за счёт зарплаты").
    ['shch', 'щ'], ['sch', 'сч'], ['tsya', 'тся'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
    ['iya', 'ия'], ['iye', 'ие'], ['iyu', 'ию'],
    ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'ё'], ['jo', 'ё'], ['ye', 'е'], ['iy', 'ий'], ['yy', 'ый'],
  ],
  single: SINGLE,
  vowels: 'аеёиоуыэюя',
  iAfterVowel: false,
  initialE: /^e(?:[ktl]|sk)/,
  yeAfterConsonant: true,
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
  initialE: /^e/,
  yeAfterConsonant: false,
};

function transliterate(word: string, s: Scheme): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const pair = s.multi.find(([lat]) => word.startsWith(lat, i));
    if (pair && pair[0] === 'ye' && s.yeAfterConsonant && out.length > 0 && !s.vowels.includes(out[out.length - 1]!)) {
      out += 'ые';
      i += 2;
      continue;
    }
    if (pair) {
      out += pair[1];
      i += pair[0].length;
      continue;
    }
    const ch = word[i]!;
    // y after a vowel is й ("moy", "kuyoo"), elsewhere ы ("raboty", "kyzdar").
    const afterVowel = out.length > 0 && s.vowels.includes(out[out.length - 1]!);
    if (ch === 'y') out += afterVowel ? 'й' : 'ы';
    else if (ch === 'e' && i === 0 && s.initialE.test(word)) out += 'э';
    else if (ch === 'i' && afterVowel && (s.iAfterVowel || (i === word.length - 1 && !out.endsWith('и')))) out += 'й';
    else out += s.single[ch] ?? ch;
    i++;
  }
  // The second person's -ешь, -ишь typed without its ь ("otrabotaesh", "poluchish").
  if (s.yeAfterConsonant && /[еи]ш$/.test(out)) out += 'ь';
  return out;
}

/** Russian nouns in -ье typed "-ye", which the rule for "ye" after a consonant would read -ые. */
const NOUNS_IN_YE: Record<string, string> = { zhilye: 'жилье', pitanye: 'питанье', voskresenye: 'воскресенье' };

/** Memoised: the same Latin words recur across ads. */
export const translitToCyrillic = memoize((word: string): string => NOUNS_IN_YE[word] ?? transliterate(word, RUSSIAN));
export const kyrgyzLatinToCyrillic = memoize((word: string): string => transliterate(word, KYRGYZ));
