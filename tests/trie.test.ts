import { describe, expect, it } from 'vitest';
import { TokenTrie, type PhraseStep } from '../src/match/trie.js';

const key = (k: string): PhraseStep => ({ kind: 'key', key: k });
const prefix = (p: string): PhraseStep => ({ kind: 'prefix', prefix: p });
const any: PhraseStep = { kind: 'any' };
const exact = (w: string): PhraseStep => ({ kind: 'exact', word: w });

/** Every match of a frozen trie over some words (each word its own key), as [payload, from, to]. */
function matches(t: TokenTrie, words: string[], keys: Array<string | string[]> = words): number[][] {
  const firsts = words.map((w, i) => t.firstStep(t.keyOf(keys[i]!), w));
  const out: number[] = [];
  const end = t.matchAll(words.length, keys.map((k) => t.keyOf(k)), words, firsts, out);
  expect(end).toBe(out.length);
  const triples: number[][] = [];
  for (let i = 0; i < end; i += 3) triples.push(out.slice(i, i + 3));
  return triples;
}

describe('token trie', () => {
  it('reads only the first n tokens and writes over what a buffer held before, as callers reusing their arrays need', () => {
    const t = new TokenTrie();
    t.add([key('free'), key('ticket')], 0);
    t.add([key('ticket')], 1);
    t.freeze();
    // Left over from a longer ad: a fourth token that would complete a match, and old matches in the buffer.
    const words = ['free', 'ticket', 'free', 'ticket'];
    const keys = words.map((w) => t.keyOf(w));
    const firsts = words.map((w, i) => t.firstStep(keys[i]!, w));
    const out = [9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 7, 7];
    expect(t.matchAll(3, keys, words, firsts, out)).toBe(6);
    // "free ticket" at tokens 0-1 and "ticket" at 1; the third "free" is not followed by a fourth token.
    expect(out).toEqual([0, 0, 2, 1, 1, 2, 7, 7, 7, 7, 7, 7]);
  });
  it('matches key, prefix and any-word steps, every match from every token, in walk order', () => {
    const t = new TokenTrie();
    t.add([key('free'), key('ticket')], 0);
    t.add([key('deduct'), any, key('salary')], 1);
    t.add([prefix('pass'), key('kept')], 2);
    t.add([key('free')], 3);
    t.freeze();
    expect(matches(t, ['free', 'ticket', 'deduct', 'from', 'salary', 'passports', 'kept', 'free'])).toEqual([
      [3, 0, 1], [0, 0, 2], [1, 2, 5], [2, 5, 7], [3, 7, 8],
    ]);
    expect(matches(t, ['ticket', 'deduct', 'salary'])).toEqual([]);
  });

  it('takes an exact-word step only for that word, first or later in a phrase', () => {
    const t = new TokenTrie();
    t.add([exact('depart')], 0);
    t.add([key('free'), exact('hospital')], 1);
    t.add([key('free'), prefix('hospital')], 2);
    t.freeze();
    // Each word is its own key here; an exact step reads the word, whatever its key.
    expect(matches(t, ['depart', 'department', 'departs'])).toEqual([[0, 0, 1]]);
    // Walk order: key edges, then prefix and exact-word edges as they were added, then any-word edges.
    expect(matches(t, ['free', 'hospital'], ['free', 'hospit'])).toEqual([[1, 0, 2], [2, 0, 2]]);
    expect(matches(t, ['free', 'hospitality'], ['free', 'hospit'])).toEqual([[2, 0, 2]]);
  });

  it('reads alternative keys of one word, counting a node two readings reach once', () => {
    const t = new TokenTrie();
    t.add([key('иш'), key('бар')], 0);
    t.add([key('иш'), key('бер')], 1);
    t.freeze();
    // The second word has two readings; both lead on from "иш", each to its own node.
    expect(matches(t, ['иш', 'бар'], ['иш', ['бар', 'бер']])).toEqual([[0, 0, 2], [1, 0, 2]]);
    // Readings that are the same key reach one node: one match, not two.
    expect(matches(t, ['иш', 'бар'], ['иш', ['бар', 'бар']])).toEqual([[0, 0, 2]]);
    // A reading no phrase uses leads nowhere.
    expect(t.keyOf(['жок', 'бар'])).toEqual([-1, t.keyOf('бар')]);
  });

  it('finds every edge among many from one node (the edge table probes past collisions)', () => {
    const t = new TokenTrie();
    for (let i = 0; i < 2000; i++) t.add([key('a'), key(`w${i}`)], i);
    t.freeze();
    for (const i of [0, 1, 777, 1999]) expect(matches(t, ['a', `w${i}`])).toEqual([[i, 0, 2]]);
    expect(matches(t, ['a', 'w2000'])).toEqual([]);
  });

  it('is read-only once frozen', () => {
    const t = new TokenTrie();
    t.add([key('x')], 0);
    t.freeze();
    expect(() => t.add([key('y')], 1)).toThrow('after freeze');
  });
});
