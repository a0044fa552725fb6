import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import { lexicon } from '../data.js';
import type { Lang } from '../schema/rule.js';
import { memoize } from '../memo.js';
import { perWord, type Word } from '../text/words.js';
import { foldKyrgyzLetters } from './kyrgyz.js';

/**
 * Keys per language (Porter stems for en/ru, folded words for ky), memoised: each distinct word is
 * stemmed once (800 µs -> ~80 µs per ad).
 */

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;
// Social posts type "dont", "u", "ur": English phrases read them as the words they stand for.
const INFORMAL: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.informalSpellings.en));
const LATIN_WORD = /^[\p{Script=Latin}'’]+$/u;

function raw(lang: Lang, word: string): string {
  switch (lang) {
    case 'en':
      // Porter only knows English letters; leave other words (and numbers) as they are.
      return LATIN_WORD.test(word) ? porterEn.stem(INFORMAL.get(word) ?? word.replace(/['’]/g, "'")) : word;
    case 'ru':
      // Stems without ь and ъ: Russian typed in Latin letters leaves them out ("ponedelnik",
      // "obyavlenie"), and so does hurried typing; no two words of the rules differ only by them. After
      // stemming, as Porter's endings have them ("-ешь", "-ть").
      return CYRILLIC_WORD.test(word) ? porterRu.stem(word.replace(/ё/g, 'е')).replace(/[ьъ]/g, '') : word;
    case 'ky':
      // Kyrgyz words are not stemmed: see kyrgyz.ts (suffix-aware matching against the vocabulary).
      return foldKyrgyzLetters(word);
  }
}

const memo: Record<Lang, (word: string) => string> = {
  en: memoize((w) => raw('en', w)),
  ru: memoize((w) => raw('ru', w)),
  ky: memoize((w) => raw('ky', w)),
};

export function stem(lang: Lang, word: string): string {
  return memo[lang](word);
}

/**
 * The stem of a token's word, kept on the word. Through the memo, so that a stem is the very string
 * the rule phrases were compiled with (a trie lookup then compares pointers, not characters).
 */
export const stemOfWord: Record<Lang, (w: Word) => string> = {
  en: perWord(memo.en),
  ru: perWord(memo.ru),
  ky: perWord(memo.ky),
};
