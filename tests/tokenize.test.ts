import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';
import { charBefore, letterAt, letterBefore, letterUnitAt, numberBefore, wordCharBefore } from '../src/text/chars.js';
import { perWord, perWordWith, wordIn, wordOf, wordsInTable } from '../src/text/words.js';

// The tokenizer scans characters by hand; it must find exactly the words this regex finds.
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const byRegex = (text: string): Array<[number, number]> => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const byScanner = (text: string): Array<[number, number]> => tokenize(normalize(text)).map((t) => [t.start, t.end]);

describe('tokenizer', () => {
  it.each([
    ["don't stop", [[0, 5], [6, 10]]],
    ["rock'n'roll o’clock", [[0, 11], [12, 19]]],
    ["it's 5'9 tall", [[0, 4], [5, 6], [7, 8], [9, 13]]],
    ["'quoted' word'", [[1, 7], [9, 13]]],
    ['Kyrgyz: Түркияда иштөө, ңөү!', [[0, 6], [8, 16], [17, 22], [24, 27]]],
    ['1.500 сом/мес', [[0, 1], [2, 5], [6, 9], [10, 13]]],
    ['a\ud800b \udc00c', [[0, 1], [2, 3], [5, 6]]],
    ['𐐨𐐩 x', [[0, 4], [5, 6]]],
  ] as const)('%j', (text, want) => {
    // Offsets are in the normalised text, which has the original's length for these inputs.
    expect(byScanner(text)).toEqual(want);
  });

  it.each(['𝐰𝐚𝐢𝐭𝐞𝐫 ok', 'à la carte ١٢٣ ², ½', 'e\u0301te\u0301 ǅungla', "x'\ud801\udc28y", '٣٤٥ ok', 'ǂhoan 𝟙𝟚'])('agrees with the regex on %j', (text) => {
    expect(byScanner(text)).toEqual(byRegex(normalize(text).text));
  });

  it('finds the same words as the regex on every corpus ad', () => {
    const differ: string[] = [];
    for (const lang of ['en', 'ru', 'ky', 'mixed']) {
      for (const ad of loadCorpus(lang)) {
        const text = normalize(ad.text).text;
        if (JSON.stringify(byScanner(text)) !== JSON.stringify(byRegex(text))) differ.push(ad.id);
      }
    }
    expect(differ).toEqual([]);
  });

  it('numbers sentences and clauses', () => {
    const t = tokenize(normalize('Visa free, ticket paid. Salary 1.500 USD!\nCall now'));
    expect(t.map((x) => [x.text, x.sentence, x.clause])).toEqual([
      ['visa', 0, 0], ['free', 0, 0], ['ticket', 0, 1], ['paid', 0, 1], ['salary', 1, 2], ['1', 1, 2], ['500', 1, 2], ['usd', 1, 2], ['call', 2, 3], ['now', 2, 3],
    ]);
  });
});

describe('the character before an offset', () => {
  it('is a whole code point, both halves of a surrogate pair, and nothing at the start', () => {
    expect(charBefore('ab', 0)).toBe('');
    expect(charBefore('ab', 1)).toBe('a');
    expect(charBefore('a𐐨b', 3)).toBe('𐐨');
    expect(charBefore('\udc00b', 1)).toBe('\udc00'); // a lone low surrogate at the start
    expect(wordCharBefore('𐐨b', 2)).toBe(true);
    expect(wordCharBefore('😀b', 2)).toBe(false);
    expect(wordCharBefore('ыb', 1)).toBe(true);
    expect(wordCharBefore(' b', 1)).toBe(false);
    // Letters and numbers apart (the boundaries of the age and cost-word regexes).
    expect([letterBefore('𐐨5', 2), numberBefore('𐐨5', 2)]).toEqual([true, false]);
    expect([letterBefore('٣5', 1), numberBefore('٣5', 1)]).toEqual([false, true]);
    expect([letterBefore('5', 0), numberBefore('5', 0)]).toEqual([false, false]);
  });

  it('a letter at an offset: by code unit (a surrogate half is none) or by whole code point', () => {
    const text = 'aЖ𐐨5 ';
    const at = (f: (t: string, i: number) => boolean): boolean[] => [-1, 0, 1, 2, 3, 4, 5, 6].map((i) => f(text, i));
    expect(at(letterUnitAt)).toEqual([false, true, true, false, false, false, false, false]);
    expect(at(letterAt)).toEqual([false, true, true, true, false, false, false, false]);
  });
});

describe('shared word objects', () => {
  it('gives every token of one word the same Word, computes a per-word answer once, and starts over past its bound', () => {
    const tokens = tokenize(normalize('Visa visa VISA, visa-free'));
    expect(tokens.map((t) => t.text)).toEqual(['visa', 'visa', 'visa', 'visa', 'free']);
    expect(new Set(tokens.map((t) => t.word)).size).toBe(2);
    expect(tokens.every((t) => t.text === t.word.text)).toBe(true);

    const calls: string[] = [];
    const length = perWord((text) => {
      calls.push(text);
      return text.length;
    });
    expect(tokens.map((t) => length(t.word))).toEqual([4, 4, 4, 4, 4]);
    expect(calls).toEqual(['visa', 'free']);

    const first = wordOf('sakbol-bound-test');
    for (let i = 0; i < 50_000; i++) wordOf(`w${i}`);
    expect(wordOf('sakbol-bound-test')).not.toBe(first);
    expect(length(first)).toBe(17); // a Word held from before the restart keeps working
  });

  it('finds a token\'s Word by the hash computed while scanning, for plain, apostrophe and astral words alike', () => {
    // The tokenizer hashes a plain word as it scans it and re-hashes one that wordEnd extends: a
    // mismatch with wordOf's hash would give the same word two Words.
    const tokens = tokenize(normalize("don't 𐐨𐐩 o’clock plain 𐐨x"));
    expect(tokens.map((t) => t.text)).toEqual(["don't", '𐐨𐐩', 'o’clock', 'plain', '𐐨x']);
    for (const t of tokens) expect(wordOf(t.text)).toBe(t.word);
  });

  it('keeps finding every word, and keeps every answer, while its table and answer arrays grow', () => {
    // From a table that has just started over, so that the words below make the answer arrays grow.
    for (let i = 0; wordsInTable() > 1 || i === 0; i++) wordOf(`grow-restart-${i}`);
    let calls = 0;
    const upper = perWord((text) => {
      calls++;
      return text.toUpperCase();
    });
    const early = wordOf('grow-early');
    expect(upper(early)).toBe('GROW-EARLY');
    const words = Array.from({ length: 5000 }, (_, i) => wordOf(`grow-${i}`));
    expect(words.every((w, i) => wordOf(`grow-${i}`) === w)).toBe(true);
    expect(upper(early)).toBe('GROW-EARLY');
    expect(calls).toBe(1);
    // An answer whose computation meets enough new words to grow the arrays is kept all the same.
    const meets = perWordWith((w, ctx: { n: number }) => {
      calls++;
      for (let i = 0; i < ctx.n; i++) wordOf(`${w.text}-met-${i}`);
      return w.text.length;
    });
    const ctx = { n: 10_000 };
    const late = wordOf('grow-late');
    expect([meets(late, ctx), meets(late, ctx), upper(late), upper(late)]).toEqual([9, 9, 'GROW-LATE', 'GROW-LATE']);
    expect(calls).toBe(3);
  });

  it('tells apart words of one length whose hashes collide, and keeps a word longer than its unit store', () => {
    // wordIn trusts the hash it is given: the same made-up hash for two texts is a collision.
    const a = wordIn('xx alpha', 3, 8, 0x5eed);
    const b = wordIn('bravo', 0, 5, 0x5eed);
    expect([a.text, b.text]).toEqual(['alpha', 'bravo']);
    expect(a).not.toBe(b);
    expect(wordIn('alpha', 0, 5, 0x5eed)).toBe(a);
    expect(wordIn('(bravo)', 1, 6, 0x5eed)).toBe(b);

    // 250,000 letters: more than the first unit store holds, and more than one String.fromCharCode
    // call takes (with every unit an argument, that overflows the stack from about 200,000).
    const long = 'ab'.repeat(125_000);
    const tokens = tokenize(normalize(`start ${long} end`));
    expect(tokens.map((t) => t.text.length)).toEqual([5, 250_000, 3]);
    expect(tokens[1]!.text).toBe(long);
    expect(wordOf(long)).toBe(tokens[1]!.word);
    expect(wordOf(`${long}c`)).not.toBe(tokens[1]!.word);
    expect(() => wordOf('')).toThrow(RangeError);
  });

  it('keeps an answer that depends on an object for the object last asked', () => {
    const calls: string[] = [];
    const tagged = perWordWith((w, ctx: { tag: string }) => {
      calls.push(`${w.text}:${ctx.tag}`);
      return `${w.text}/${ctx.tag}`;
    });
    const [a, b] = [{ tag: 'a' }, { tag: 'b' }];
    const w = wordOf('sakbol-ctx-test');
    expect([tagged(w, a), tagged(w, a), tagged(w, b), tagged(w, a)]).toEqual(['sakbol-ctx-test/a', 'sakbol-ctx-test/a', 'sakbol-ctx-test/b', 'sakbol-ctx-test/a']);
    expect(calls).toEqual(['sakbol-ctx-test:a', 'sakbol-ctx-test:b', 'sakbol-ctx-test:a']);
  });
});
