/**
 * Regexes write "a letter" and "a digit" as \p{L} and \p{N}. V8 compiles each such class, at every
 * place it occurs (and once per repeat of a bounded repeat such as \p{L}{0,6}), to a search over the
 * hundreds of ranges the property holds across Unicode. Screening the English long-form ads compiled
 * 4.6 MB of regex code (`node --print-regexp-code`), several times the processor's caches, and every
 * ad runs most of it: each stage ran at two thirds of the speed it has when timed alone.
 *
 * The bundled regexes name no letter or digit outside Latin (U+0000-U+024F) and Cyrillic
 * (U+0400-U+052F). So they run on a view of the text in which every other letter is one stand-in
 * letter and every other number one stand-in number, each as long in UTF-16 as what it stands for
 * (offsets are the same), and their \p{L} and \p{N} become classes of the Latin and Cyrillic ones
 * plus the stand-ins: a dozen ranges. A regex matches the view exactly where it matches the text when
 * it cannot tell one such letter (or number) from another: when it names none of them itself (as a
 * character or inside a range), and uses no other Unicode property and no backreference (which
 * compares two places' characters). match/view-source.ts checks that and compiles the regexes; one
 * that fails the check is compiled and run as written. With the rule regexes and the age, money and
 * contact extractors' on the view, the same ads compiled 2.8 MB.
 */

import { CharKind, isSurrogate, kindAt, kindOfChar } from './char-kind.js';

/** Characters the view keeps as they are: Latin and Cyrillic, and everything below them. */
export const kept = (cp: number): boolean => cp < 0x250 || (cp >= 0x400 && cp < 0x530);

/** The stand-ins: a letter and a number outside the kept ranges, in the BMP and beyond it. */
const LETTER_STAND_IN = '\u0531';
const NUMBER_STAND_IN = '\u0660';
const ASTRAL_LETTER_STAND_IN = '\u{10000}';
const ASTRAL_NUMBER_STAND_IN = '\u{10107}';

const hex = (cp: number): string => (cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`);

/** The kept code points of one kind, as the body of a class, followed by the stand-ins. */
function classBody(kind: CharKind, standIns: string[]): string {
  let body = '';
  let from = -1;
  for (let cp = 0; cp <= 0x530; cp++) {
    const inside = cp < 0x530 && kept(cp) && kindOfChar(String.fromCharCode(cp)) === kind;
    if (inside && from < 0) from = cp;
    else if (!inside && from >= 0) {
      body += from === cp - 1 ? hex(from) : `${hex(from)}-${hex(cp - 1)}`;
      from = -1;
    }
  }
  return body + standIns.map((s) => hex(s.codePointAt(0)!)).join('');
}

/** What \p{L} and \p{N} become in a regex run on the view (inside a class, or bracketed outside one). */
export const VIEW_LETTERS = classBody(CharKind.Letter, [LETTER_STAND_IN, ASTRAL_LETTER_STAND_IN]);
export const VIEW_NUMBERS = classBody(CharKind.Number, [NUMBER_STAND_IN, ASTRAL_NUMBER_STAND_IN]);

/** Is a character (one code point) a letter or number, which the view replaces unless kept? */
export const letterOrNumber = (ch: string): boolean => kindOfChar(ch) !== CharKind.Other;

/**
 * The stand-in for the character at i, or null when it stays: a letter or number outside the kept
 * ranges is replaced, a surrogate pair as a whole (by a pair), anything else stays.
 */
function standInAt(text: string, i: number): string | null {
  const c = text.charCodeAt(i);
  if (kept(c)) return null;
  const k = kindAt(text, i); // a lone surrogate, or the low half of a pair, is Other
  if (k === CharKind.Other) return null;
  const pair = isSurrogate(c);
  return k === CharKind.Letter ? (pair ? ASTRAL_LETTER_STAND_IN : LETTER_STAND_IN) : pair ? ASTRAL_NUMBER_STAND_IN : NUMBER_STAND_IN;
}

/**
 * The text as view-safe regexes read it: the text itself when it holds no letter or number outside
 * Latin and Cyrillic (nearly every ad), else a copy with those replaced by the stand-ins.
 */
export function regexView(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x250) continue;
    const s = standInAt(text, i);
    if (s === null) continue;
    (out ??= []).push(text.slice(from, i), s);
    from = i + s.length;
    i += s.length - 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}

