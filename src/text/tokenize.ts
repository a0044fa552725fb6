import { CharKind, isSurrogate, kindAt, kindOfUnit } from './char-kind.js';
import { isAsciiDigit, widthAt } from './chars.js';
import type { Normalized } from './normalize.js';
import type { Script } from './script.js';
import { HASH_SEED, hashRange, hashUnit, wordIn, type Word } from './words.js';

/** A word or number of the normalised text, with its position and the sentence/clause it belongs to. */
export interface Token {
  /** Normalised form (lower case). */
  readonly text: string;
  /** Offsets into the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Sentence number: breaks at . ! ? and line breaks. */
  readonly sentence: number;
  /** Clause number: also breaks at , ; : ( ) and bullets. Negation never crosses a clause. */
  readonly clause: number;
  readonly script: Script;
  /** The word's marks (word-marks.ts): what a later stage looks for at every token, read without a lookup. */
  readonly marks: number;
  /** The word's shared per-word answers (words.ts); `text` is `word.text`. */
  readonly word: Word;
}

// Words keep inner apostrophes and hyphen-free; numbers are their own tokens. The scanner below
// finds exactly what /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu finds (tests/tokenize.test.ts), without a
// match object per word. Characters are classified by char-kind.ts.
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** End of the word starting at `start` (which holds a letter or number). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n && kindAt(text, i) !== CharKind.Other) i += widthAt(text, i);
  // Inner apostrophes followed by letters ("don't", "o’clock"); digits do not continue after one.
  while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && kindAt(text, i + 1) === CharKind.Letter) {
    i++;
    while (i < n && kindAt(text, i) === CharKind.Letter) i += widthAt(text, i);
  }
  return i;
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

export function tokenize(norm: Normalized): Token[] {
  const { text } = norm;
  const n = text.length;
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (kindAt(text, i) === CharKind.Other) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    // The common word, BMP letters and digits only, is measured and hashed in one pass; one with an
    // inner apostrophe or an astral character is measured by wordEnd and hashed again.
    let hash = HASH_SEED;
    let end = i;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (isSurrogate(c) || kindOfUnit(c) === CharKind.Other) break;
      hash = hashUnit(hash, c);
    }
    if (end < n && (isSurrogate(text.charCodeAt(end)) || isApostrophe(text.charCodeAt(end)))) {
      const full = wordEnd(text, start);
      if (full !== end) {
        end = full;
        hash = hashRange(text, start, end);
      }
    }
    if (tokens.length > 0) {
      // A dot or comma between digits ("1.500", "12,000") is part of a number, not a break.
      const inNumber = start - prevEnd === 1 && isAsciiDigit(text.charCodeAt(prevEnd - 1)) && isAsciiDigit(text.charCodeAt(start)) && (text[prevEnd] === '.' || text[prevEnd] === ',');
      const gap = inNumber ? Gap.None : gapKind(text, prevEnd, start);
      if (gap === Gap.Sentence) {
        sentence++;
        clause++;
      } else if (gap === Gap.Clause) {
        clause++;
      }
    }
    const word = wordIn(text, start, end, hash);
    tokens.push({ text: word.text, start, end, sentence, clause, script: word.script, marks: word.marks, word });
    prevEnd = end;
    i = end;
  }
  return tokens;
}
