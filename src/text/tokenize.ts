import type { Normalized } from './normalize.js';

/** A word or number of the normalised text, with its position and the sentence/clause it belongs to. */
export interface Token {
  /** Normalised form (lower case). */
  readonly text: string;
  /** Offsets into the normalised text. */
  readonly start: number;
  readonly end: number;
  readonly index: number;
  /** Sentence number: breaks at . ! ? and line breaks. */
  readonly sentence: number;
  /** Clause number: also breaks at , ; : ( ) and bullets. Negation never crosses a clause. */
  readonly clause: number;
  readonly script: 'latin' | 'cyrillic' | 'digit' | 'other';
}

// Words keep inner apostrophes and hyphen-free; numbers are their own tokens. Bounded by construction.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_BREAK = /[.!?\n\u2026]/;
const CLAUSE_BREAK = /[.!?\n\u2026,;:()\[\]•|"«»]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /^\p{N}+$/u;

function scriptOf(word: string): Token['script'] {
  if (DIGIT.test(word)) return 'digit';
  const first = word.match(/\p{L}/u)?.[0];
  if (!first) return 'other';
  if (CYRILLIC.test(first)) return 'cyrillic';
  if (LATIN.test(first)) return 'latin';
  return 'other';
}

export function tokenize(norm: Normalized): Token[] {
  const { text } = norm;
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (tokens.length > 0) {
      const gap = text.slice(prevEnd, start);
      // A dot between digits ("1.500") or a decimal does not end a sentence.
      if (SENTENCE_BREAK.test(gap) && !(gap === '.' && DIGIT.test(tokens[tokens.length - 1]!.text))) {
        sentence++;
        clause++;
      } else if (CLAUSE_BREAK.test(gap) || /\s-\s|[\u2013\u2014]/.test(gap)) {
        clause++;
      }
    }
    const word = m[0];
    tokens.push({ text: word, start, end: start + word.length, index: tokens.length, sentence, clause, script: scriptOf(word) });
    prevEnd = start + word.length;
  }
  return tokens;
}
