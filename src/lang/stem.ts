import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import type { Lang } from '../schema/rule.js';
import { foldKyrgyzLetters } from './kyrgyz.js';

/**
 * Keys per language (Porter stems for en/ru, folded words for ky) with a bounded memo: an ad repeats few distinct words, and a batch of ads
 * repeats most of its vocabulary, so each distinct word is stemmed once (800 µs -> ~80 µs per ad).
 */
const MEMO_LIMIT = 50_000;
const memo: Record<Lang, Map<string, string>> = { en: new Map(), ru: new Map(), ky: new Map() };

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;
const LATIN_WORD = /^[\p{Script=Latin}'’]+$/u;

function raw(lang: Lang, word: string): string {
  switch (lang) {
    case 'en':
      // Porter only knows English letters; leave other words (and numbers) as they are.
      return LATIN_WORD.test(word) ? porterEn.stem(word.replace(/['’]/g, "'")) : word;
    case 'ru':
      return CYRILLIC_WORD.test(word) ? porterRu.stem(word.replace(/ё/g, 'е')) : word;
    case 'ky':
      // Kyrgyz words are not stemmed: see kyrgyz.ts (suffix-aware matching against the vocabulary).
      return foldKyrgyzLetters(word);
  }
}

export function stem(lang: Lang, word: string): string {
  const m = memo[lang];
  let s = m.get(word);
  if (s === undefined) {
    s = raw(lang, word);
    if (m.size >= MEMO_LIMIT) m.clear();
    m.set(word, s);
  }
  return s;
}
