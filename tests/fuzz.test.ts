import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScreener, screen, type Screener } from '../src/index.js';
import { loadCorpus } from '../scripts/corpus.js';
import { expectValidResult } from './helpers/invariants.js';

// Property tests: fixed seed and bounded runs, so every run checks the same inputs in a few seconds.
// A failure prints the seed, the path and the shrunk counterexample.
const SEED = 20261122;
const root = new URL('..', import.meta.url).pathname;
const packed = createScreener({ packs: [readFileSync(join(root, 'tests/fixtures/example-board.pack.json'), 'utf8')] });
const fresh = (): Screener => createScreener();

/** Words and shapes the rules care about, so random text also reaches the rules, the extractors and the scorer. */
const VOCAB = [
  'passport', 'kept', 'Dubai', 'hostess', 'girls', '18-25', '$5000', 'per month', 'WhatsApp', '+971 50 123 4567', 'ticket', 'deducted',
  'девушки', 'паспорт', 'за границей', 'оплата', '5000 сом', 'кыздар', 'чет өлкөгө', 'жумуш', 'licence No. 1234', 'no fees',
  'agency', 'visa', 'urgent', '@', 'http://', '.com', 'gmail.com', '№', '—', '«', '»', '\n', '\n\n', ' ', '  ', '.', ',', '!', '?', '(', ')',
];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\u202e', '\u2066', '\u2069', '\u200b', '\u00ad', '\ufeff', '\u0301', '\u0000', '\ud83d', '😀', 'а', 'о', 'е') },
);
const arbitraryText = fc.array(unit, { maxLength: 120 }).map((parts) => parts.join(''));

const ADS = ['en', 'ru', 'ky', 'mixed'].flatMap((lang) => loadCorpus(lang).map((a) => a.text));
type Mutation = (s: string) => string;
const at = (s: string, f: number): number => Math.floor(f * (s.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 8 })).map(([f, ins]) => (s: string) => s.slice(0, at(s, f)) + ins + s.slice(at(s, f))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([f, n]) => (s: string) => s.slice(0, at(s, f)) + s.slice(at(s, f) + n)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 60 })).map(([f, n]) => (s: string) => s.slice(0, at(s, f) + n) + s.slice(at(s, f))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('\u202e', '\u200b', '\u00ad', '\ud800', '\udc00', '\u0000', '\u0301', '😀')).map(([f, c]) => (s: string) => s.slice(0, at(s, f)) + c + s.slice(at(s, f))),
  fc.constantFrom<Mutation>((s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.replace(/\s+/g, ' '), (s) => s.replace(/ /g, '\n'), (s) => s.split('').reverse().join('')),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([f, g]) => (s: string) => {
    const [a, b] = [at(s, f), at(s, g)].sort((x, y) => x - y) as [number, number];
    return s.slice(b) + s.slice(a, b) + s.slice(0, a);
  }),
);
const mutatedAd = fc.tuple(fc.constantFrom(...ADS), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([ad, ms]) => ms.reduce((s, m) => m(s), ad));

/** The same input gives byte-identical JSON from a second, independent screener (and so on a second call). */
function expectDeterministic(text: string, r: ReturnType<typeof screen>): void {
  expect(JSON.stringify(fresh().screen(text))).toBe(JSON.stringify(r));
}

describe('fuzz', () => {
  it('arbitrary Unicode: never throws, invariants hold, output is deterministic', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const r = screen(text);
        expectValidResult(text, r);
        expectDeterministic(text, r);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('mutated corpus ads: never throws, invariants hold, output is deterministic', () => {
    fc.assert(
      fc.property(mutatedAd, (text) => {
        const r = screen(text);
        expectValidResult(text, r);
        expectDeterministic(text, r);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('with a rule pack loaded, and with every option combination, the same holds', () => {
    const options = fc.record(
      {
        locale: fc.constantFrom('en', 'ru', 'ky'),
        detail: fc.constantFrom('none', 'short', 'full'),
        homeCountry: fc.constantFrom('KG', 'RU', 'KZ', 'AE'),
        maxInputChars: fc.integer({ min: 1, max: 2000 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(arbitraryText, mutatedAd), options, (text, opts) => {
        const r = packed.screen(text, opts);
        expectValidResult(text, r);
        expect(JSON.stringify(packed.screen(text, opts))).toBe(JSON.stringify(r));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('contributions add up to the score when mitigations apply and the total is capped', () => {
    // A found case: many indicators plus licence and official-programme mitigations.
    const text = ADS.slice(0, 120).join('\n\n');
    const r = screen(text);
    expect(r.mitigations.length).toBeGreaterThan(0);
    expect(r.score).toBe(100);
    expectValidResult(text, r);
  });
});
