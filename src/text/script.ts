/** The script of a word: 'digit' for a number, else the script of its first letter. */
export type Script = 'latin' | 'cyrillic' | 'digit' | 'other';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /^\p{N}+$/u;

export function scriptOf(word: string): Script {
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
