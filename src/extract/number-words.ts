import { isAsciiDigit, letterUnitAt } from '../text/chars.js';
import type { Token } from '../text/tokenize.js';
import { perWord } from '../text/words.js';
import { englishTerms, type Term } from './english-terms.js';

/**
 * English number words ("five thousand", "twenty-five hundred", "three and a half thousand").
 * compromise's light `one` layer tokenises the sentence (hyphens, dashes, punctuation) with offsets
 * (english-terms.ts; a hand-written stand-in in the browser bundles). Even that layer costs ~150 µs a
 * sentence, so money.ts calls it only on sentences where a run of number words (numberRun) has a
 * currency or a range partner in digits next to it, and only on the stretch from the sentence's first
 * run to its last; the full compromise parse costs ~9 ms an ad and ~500 ms to import. The value
 * arithmetic is ours: compromise's own number parser lives in its heavy layer and reads "three and a
 * half thousand" as 3000.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000, million: 1_000_000 };
const NUMBER_WORDS = /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)(?![\p{L}])/gu;
const NONE: readonly number[] = [];

/**
 * Offsets of the number words inside one word ("five"; "five" in "5five"), read once per distinct word.
 * A number word is letters, so it lies inside one token, and a token is a maximal run of letters and
 * digits: what stands just outside it is never a letter, so reading the word alone gives what reading
 * the whole text gives. (Scanning the text with NUMBER_WORDS tried the alternation at nearly every
 * position: 1.3-1.6% of a screen.)
 */
const numberWordsIn = perWord((word: string): readonly number[] => {
  let out: number[] | undefined;
  NUMBER_WORDS.lastIndex = 0;
  for (let m = NUMBER_WORDS.exec(word); m !== null; m = NUMBER_WORDS.exec(word)) {
    if (letterUnitAt(word, m.index - 1)) continue;
    (out ??= []).push(m.index);
  }
  return out ?? NONE;
});

/** Offsets of English number words in the tokens' text ("five", "thousand"), whole words only, in text order. */
export function numberWordPositions(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    const inWord = numberWordsIn(t.word);
    for (let k = 0; k < inWord.length; k++) out.push(t.start + inWord[k]!);
  }
  return out;
}

/** Words an amount in words is read from (see readNumberTerms). */
const RUN_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), 'a', 'and', 'half']);
/** Where a sentence ends, for reading amounts in words: no run of number words crosses one. */
export const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const isDigitAt = (text: string, i: number): boolean => isAsciiDigit(text.charCodeAt(i));

// compromise reads "thousänd" as "thousand": so does the run, or a run could stop short of it.
const vocabularyWord = (w: string): boolean => RUN_WORDS.has(/^[\x00-\x7f]*$/.test(w) ? w.toLowerCase() : w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/**
 * The stretch of number vocabulary ("five", "thousand", "and", "a", "half") around the number word
 * at `at`, through any punctuation between the words but not past a digit or the sentence's end:
 * every amount readNumberTerms can read that holds this word lies inside it.
 */
export function numberRun(text: string, at: number): { start: number; end: number } {
  let end = at;
  for (let p = at; p < text.length; ) {
    let q = p;
    while (q < text.length && letterUnitAt(text, q)) q++;
    if (q === p || !vocabularyWord(text.slice(p, q))) break;
    end = q;
    while (q < text.length && !letterUnitAt(text, q) && !isDigitAt(text, q) && !SENTENCE_END.has(text[q]!)) q++;
    p = q;
  }
  let start = at;
  for (let q = at; q > 0; ) {
    let p = q;
    while (p > 0 && !letterUnitAt(text, p - 1) && !isDigitAt(text, p - 1) && !SENTENCE_END.has(text[p - 1]!)) p--;
    if (p === 0 || !letterUnitAt(text, p - 1)) break;
    let w = p;
    while (w > 0 && letterUnitAt(text, w - 1)) w--;
    if (!vocabularyWord(text.slice(w, p))) break;
    start = w;
    q = w;
  }
  return { start, end };
}

export interface WordNumber {
  value: number;
  /** Offsets relative to the sentence passed in. */
  start: number;
  end: number;
}

export function readNumberWords(sentence: string): WordNumber[] {
  return readNumberTerms(englishTerms(sentence));
}

/** Amounts in the words of a sentence (englishTerms' output), with offsets into it. */
export function readNumberTerms(sentences: readonly Term[][]): WordNumber[] {
  const out: WordNumber[] = [];
  for (const ts of sentences) {
    let i = 0;
    while (i < ts.length) {
      const nextWord = ts[i + 1]?.normal ?? '';
      if (!(ts[i]!.normal in UNITS) && !(ts[i]!.normal === 'a' && nextWord in SCALES)) {
        i++;
        continue;
      }
      // Read a run: units, scales, "and", "a half".
      let total = 0;
      let current = 0;
      let j = i;
      let last = i;
      while (j < ts.length) {
        const w = ts[j]!.normal;
        const after = ts[j + 1]?.normal ?? '';
        if (w in UNITS) current += UNITS[w]!;
        else if (w === 'a' && after in SCALES) current += 1;
        else if (w === 'a' && after === 'half') { j++; continue; }
        else if (w === 'half' && (current > 0 || total > 0)) current += 0.5;
        else if (w === 'and' && (after in UNITS || after === 'a')) { j++; continue; }
        else if (w in SCALES) {
          const scale = SCALES[w]!;
          if (scale === 100) current = (current || 1) * 100;
          else { total += (current || 1) * scale; current = 0; }
        } else break;
        last = j;
        j++;
      }
      const value = total + current;
      const first = ts[i]!;
      const lastT = ts[last]!;
      if (value > 0) out.push({ value, start: first.start, end: lastT.start + lastT.length });
      i = last + 1;
    }
  }
  return out;
}
