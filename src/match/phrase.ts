import type { Lang } from '../schema/rule.js';
import { foldKyrgyzLetters } from '../lang/kyrgyz.js';
import { stem } from '../lang/stem.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { PhraseStep } from './trie.js';

/** Key of one text token for a language's trie: its stem in that language. */
export function tokenKey(lang: Lang, word: string): string {
  return stem(lang, word);
}

/**
 * A piece of lower-case letters of one alphabet, no letter three times in a row: normalising and
 * tokenising it gives the piece itself (no fold applies: no digits, no second script, no stretched
 * letters), so most pieces skip both, which a cold start pays for every phrase word of the rules.
 * tests/phrase.test.ts checks the shortcut against the full path on every bundled phrase piece.
 */
const PLAIN_PIECE = /^(?:[a-z]+|[\u0430-\u044f\u0451\u04a3\u04af\u04e9]+)$/;
const TRIPLED = /(.)\1\1/;
export const isPlainPiece = (piece: string): boolean => PLAIN_PIECE.test(piece) && !TRIPLED.test(piece);

/** The words of one phrase piece as normalising and tokenising it gives them. */
export const piecePath = (piece: string): string[] => tokenize(normalize(piece)).map((t) => t.text);

/** The words of one phrase piece; rule sets repeat their words thousands of times, so split each once. */
const pieceWords = new Map<string, string[]>();
function wordsOf(piece: string): string[] {
  let w = pieceWords.get(piece);
  if (!w) pieceWords.set(piece, (w = isPlainPiece(piece) ? [piece] : piecePath(piece)));
  return w;
}

/**
 * Turn an authored phrase ("deduct* from * salary", "=depart today") into trie steps, normalising
 * and stemming each word exactly as the ad text will be, so "deducted from your salary" matches.
 * `=word` is the word as written and no other form of it ("=depart" is not "department").
 */
export function compilePhrase(lang: Lang, phrase: string): PhraseStep[] {
  const steps: PhraseStep[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === '*') {
      steps.push({ kind: 'any' });
      continue;
    }
    if (piece.length > 1 && piece.endsWith('*')) {
      const prefix = normalize(piece.slice(0, -1)).text;
      steps.push({ kind: 'prefix', prefix: lang === 'ky' ? foldKyrgyzLetters(prefix) : prefix });
      continue;
    }
    if (piece.length > 1 && piece.startsWith('=')) {
      // The word as written, unstemmed: the form prefix steps read (Kyrgyz folded), one step per word.
      for (const w of wordsOf(piece.slice(1))) steps.push({ kind: 'exact', word: lang === 'ky' ? foldKyrgyzLetters(w) : w });
      continue;
    }
    for (const w of wordsOf(piece)) steps.push({ kind: 'key', key: tokenKey(lang, w) });
  }
  return steps;
}

/**
 * Trie steps as one string, for the table the build bakes (phrase-derived.ts): a key as itself, a
 * prefix followed by "*", an exact word after "=", any word as "*", separated by spaces. Keys,
 * prefixes and words hold no space and no "*", and keys never start with "=" (scripts/derive.ts
 * leaves out any phrase whose steps do not come back the same).
 */
const encodeStep = (s: PhraseStep): string => (s.kind === 'key' ? s.key : s.kind === 'prefix' ? `${s.prefix}*` : s.kind === 'exact' ? `=${s.word}` : '*');
export const encodeSteps = (steps: readonly PhraseStep[]): string => steps.map(encodeStep).join(' ');
function decodeStep(s: string): PhraseStep {
  if (s === '*') return { kind: 'any' };
  if (s.endsWith('*')) return { kind: 'prefix', prefix: s.slice(0, -1) };
  if (s.startsWith('=')) return { kind: 'exact', word: s.slice(1) };
  return { kind: 'key', key: s };
}
export function decodeSteps(encoded: string): PhraseStep[] {
  if (encoded === '') return [];
  return encoded.split(' ').map(decodeStep);
}
