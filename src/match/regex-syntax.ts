/**
 * Pieces of JavaScript regex syntax shared by the analyses of rule regex sources (literals.ts for the
 * prefilter literals, extent.ts for match lengths).
 */

/** The group opened by the "(" just before `i`: where its content starts, and whether it is a lookaround. */
export function groupOpening(src: string, i: number): { content: number; lookaround: boolean } {
  if (src.startsWith('?:', i)) return { content: i + 2, lookaround: false };
  if (/^\?<?[=!]/.test(src.slice(i, i + 3))) return { content: i + (src[i + 1] === '<' ? 3 : 2), lookaround: true };
  if (src.startsWith('?<', i)) return { content: src.indexOf('>', i) + 1, lookaround: false }; // named group
  return { content: i, lookaround: false };
}

/**
 * The escape at `i` (a backslash): where it ends, its letter, and the character it stands for, or null
 * for an escape that stands for a set or a position (\p{…} \d \w \s \b and their capitals) or a
 * backreference (\1, \k<…>). Control escapes (\n \t \r \f \v \0) are decoded.
 */
export function escapeAt(src: string, i: number): { end: number; letter: string; char: string | null } {
  const letter = src[i + 1]!;
  if ((letter === 'p' || letter === 'P') && src[i + 2] === '{') return { end: src.indexOf('}', i) + 1, letter, char: null };
  if (letter === 'u' && src[i + 2] === '{') {
    const end = src.indexOf('}', i);
    return { end: end + 1, letter, char: String.fromCodePoint(parseInt(src.slice(i + 3, end), 16)) };
  }
  if (letter === 'u' || letter === 'x') {
    const len = letter === 'u' ? 4 : 2;
    return { end: i + 2 + len, letter, char: String.fromCharCode(parseInt(src.slice(i + 2, i + 2 + len), 16)) };
  }
  return { end: i + 2, letter, char: CONTROL[letter] ?? (/[dDwWsSbBk1-9]/.test(letter) ? null : letter) };
}
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
