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
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /^\p{N}+$/u;

export function scriptOf(word: string): Token['script'] {
  const c = word.charCodeAt(0);
  // Fast paths for the scripts of the region; the regexes only for the rest.
  if (c >= 0x61 && c <= 0x7a) return 'latin';
  if (c >= 0x0430 && c <= 0x04ff) return 'cyrillic';
  if (DIGIT.test(word)) return 'digit';
  const first = word.match(/\p{L}/u)?.[0];
  if (!first) return 'other';
  if (CYRILLIC.test(first)) return 'cyrillic';
  if (LATIN.test(first)) return 'latin';
  return 'other';
}

const enum Gap {
  None,
  Clause,
  Sentence,
}
/** Classify the characters between two words without allocating a substring. */
function gapKind(text: string, from: number, to: number): Gap {
  let kind = Gap.None;
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0x2e: case 0x21: case 0x3f: case 0x0a: case 0x2026: // . ! ? newline …
        return Gap.Sentence;
      case 0x2c: case 0x3b: case 0x3a: case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x2022: case 0x7c: case 0x22: case 0xab: case 0xbb: case 0x2013: case 0x2014:
        kind = Gap.Clause;
        break;
      case 0x2d: // a dash standing alone between spaces
        if (text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) kind = Gap.Clause;
        break;
    }
  }
  return kind;
}
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function tokenize(norm: Normalized): Token[] {
  const { text } = norm;
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (tokens.length > 0) {
      // A dot or comma between digits ("1.500", "12,000") is part of a number, not a break.
      const inNumber = start - prevEnd === 1 && isDigitCode(text.charCodeAt(prevEnd - 1)) && isDigitCode(text.charCodeAt(start)) && (text[prevEnd] === '.' || text[prevEnd] === ',');
      const gap = inNumber ? Gap.None : gapKind(text, prevEnd, start);
      if (gap === Gap.Sentence) {
        sentence++;
        clause++;
      } else if (gap === Gap.Clause) {
        clause++;
      }
    }
    const word = m[0];
    tokens.push({ text: word, start, end: start + word.length, index: tokens.length, sentence, clause, script: scriptOf(word) });
    prevEnd = start + word.length;
  }
  return tokens;
}
