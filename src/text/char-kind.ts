/**
 * Is a character a letter, a number or neither? Asked per character by the tokenizer and by the
 * regex view, so the answer for each BMP code unit is learnt once (a regex test per distinct
 * character, not per character) in one table both read.
 */
export const enum CharKind {
  Unknown,
  Letter,
  Number,
  Other,
}

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** Kind of one character (a code point: one unit, or a surrogate pair). */
export function kindOfChar(ch: string): CharKind {
  return IS_LETTER.test(ch) ? CharKind.Letter : IS_NUMBER.test(ch) ? CharKind.Number : CharKind.Other;
}

/** Kind of each BMP code unit, learnt on first sight; ASCII filled in up front. Surrogates stay Unknown. */
const bmpKind = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmpKind[c] = kindOfChar(String.fromCharCode(c));

export const isSurrogate = (c: number): boolean => (c & 0xf800) === 0xd800;

/** Kind of a BMP code unit that is not a surrogate. */
export function kindOfUnit(c: number): CharKind {
  let k = bmpKind[c]!;
  if (k === CharKind.Unknown) bmpKind[c] = k = kindOfChar(String.fromCharCode(c));
  return k;
}

/** Kind of the character at i; astral characters (a surrogate pair) are classified by code point. */
export function kindAt(text: string, i: number): CharKind {
  const c = text.charCodeAt(i);
  if (!isSurrogate(c)) return kindOfUnit(c);
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return kindOfChar(text.slice(i, i + 2));
  }
  return CharKind.Other; // a lone surrogate
}
