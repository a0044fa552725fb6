import { CharKind, kindAt, kindOfUnit, isSurrogate } from './char-kind.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** A lower-case Latin letter of lower-cased text: a-z, and the Latin-1 and Extended-A/B letters (not "÷"). */
export const isLatinCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
/** A lower-case Cyrillic letter of lower-cased text (Russian, Kyrgyz and the rest of U+0430-U+04FF). */
export const isCyrillicCode = (c: number): boolean => c >= 0x430 && c <= 0x4ff;
/**
 * A capital of the ORIGINAL text in the ads' scripts: A-Z, the Latin-1 capitals, basic Cyrillic, and
 * the Cyrillic beyond it that pairs capitals (even) with small letters (odd), Kyrgyz Ң Ө Ү among them.
 * A code test, not toLowerCase(): it is asked at many tokens of an ad (extract/company-names.ts).
 */
export function isCapitalCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  if (c >= 0x400 && c <= 0x42f) return true;
  return c >= 0x460 && c <= 0x4ff && (c & 1) === 0 && c !== 0x4c0;
}

/** Is this UTF-16 code unit an ASCII digit (0-9)? */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Width in code units of the character at i (2 for a surrogate pair). */
export const widthAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
};

/**
 * The index after the character at i. Where a /u regex is resumed one character on, the index must
 * not land inside a surrogate pair: V8 moves it back to the pair's start, the same match comes
 * again, and the loop never ends ("d o c𠀀 u m e" hung the split fold).
 */
export const afterCharAt = (t: string, i: number): number => i + widthAt(t, i);

/**
 * Is there a letter or digit just before `at`? This is the word boundary JS `\b` gets wrong next to
 * Cyrillic; checked in code where a regex's leading lookbehind would slow V8's scan.
 */
export function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return isAsciiDigit(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return WORD_CHAR.test(charBefore(text, at));
}

/** The character just before `at`: a whole code point (both halves of a surrogate pair); '' at 0. */
export function charBefore(text: string, at: number): string {
  if (at === 0) return '';
  const c = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}

/** Is there a letter just before `at` (a whole code point: an astral letter counts)? */
export const letterBefore = (text: string, at: number): boolean => LETTER.test(charBefore(text, at));

/**
 * Is the UTF-16 code unit at `i` a letter? A lone half of a surrogate pair is not, nor is a position
 * past either end. For code that walks text a unit at a time (so never stops inside a pair it has
 * counted as a letter). ASCII is answered without the table of char-kind.ts.
 */
export function letterUnitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN past either end: every comparison below is false
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c > 0x7f && !isSurrogate(c) && kindOfUnit(c) === CharKind.Letter);
}

/**
 * Is the UTF-16 code unit at `i` a letter or digit? A lone half of a surrogate pair is not, nor is a
 * position past either end: a unit-level test, for code that looks one unit beside a mark.
 */
export function wordUnitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiDigit(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return WORD_CHAR.test(text[i]!);
}

/** Does a letter start at `i` (a whole code point: an astral letter counts)? False past the end. */
export const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && kindAt(text, i) === CharKind.Letter;

/** Is there a number (a digit or numeral of any script) just before `at`? */
export const numberBefore = (text: string, at: number): boolean => NUMBER.test(charBefore(text, at));
