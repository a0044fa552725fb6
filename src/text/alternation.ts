/** A string matched literally inside a regex source. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Words as one regex alternation, without repeats, longest first: V8 tries alternatives in order, so
 * "dollars" must come before "dollar" for the longer one to win.
 */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
