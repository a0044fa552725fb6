const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is this UTF-16 code unit an ASCII digit (0-9)? */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Is there a letter or digit just before `at`? This is the word boundary JS `\b` gets wrong next to
 * Cyrillic; checked in code where a regex's leading lookbehind would slow V8's scan.
 */
export function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return isAsciiDigit(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  const start = c >= 0xdc00 && c <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(text.slice(start, at));
}
