import { describe, expect, it } from 'vitest';
import { createScreener, DEFAULT_MAX_INPUT_CHARS, InputError, screen } from '../src/index.js';
import { cut } from '../src/screen.js';
import { normalize } from '../src/text/normalize.js';
import { loadCorpus } from '../scripts/corpus.js';
import { expectValidResult } from './helpers/invariants.js';

const RISKY = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567';

/** Deterministic pseudo-random code units (mulberry32): the same "garbage" on every run. */
function garbage(length: number, seed: number): string {
  let a = seed >>> 0;
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    units[i] = ((t ^ (t >>> 14)) >>> 0) & 0xffff;
  }
  let s = '';
  for (let i = 0; i < length; i += 4096) s += String.fromCharCode(...units.subarray(i, i + 4096));
  return s;
}

const MB10 = 10 * 1024 * 1024;
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('hostile input', () => {
  // A /u regex resumed one unit on lands inside a surrogate pair; V8 moves it back to the pair's start
  // and the same match comes again, for ever: this hung before afterCharAt (src/text/chars.ts).
  it('ends on single letters beside astral characters (the split-letters fold)', () => {
    expect(normalize('We take care of all d o c\u{20000} u m e n t s.').text).toBe('we take care of all d o c\u{20000} uments.');
  });

  it.each([[undefined], [null], [42], [{ text: 'ad' }], [['ad']], [Symbol('x')], [new String('ad')], [Buffer.from('ad')]])('throws InputError for the non-string %s', (bad) => {
    expect(() => screen(bad as unknown as string)).toThrow(InputError);
    expect(() => createScreener().trace(bad as unknown as string)).toThrow(InputError);
  });

  const tenMb: Array<[string, () => string]> = [
    ['corpus ads repeated', () => fill(loadCorpus('en').map((a) => a.text).join('\n\n') + '\n\n', MB10)],
    ['digits and spaces', () => fill('1234567890 ', MB10)],
    ['one word, no spaces', () => fill('a', MB10)],
    ['binary garbage', () => garbage(MB10, 7)],
  ];
  it.each(tenMb)('screens a 10 MB ad (%s) up to the documented cap and says so', (_what, make) => {
    const text = make();
    const r = screen(text);
    expectValidResult(text, r);
    expect(r.truncated).toEqual({ reasons: ['maxInputChars'], inputChars: MB10, analysedChars: expect.any(Number) });
    expect(r.truncated!.analysedChars).toBeLessThanOrEqual(DEFAULT_MAX_INPUT_CHARS);
    expect(r.truncated!.analysedChars).toBeGreaterThan(DEFAULT_MAX_INPUT_CHARS - 201);
  });

  it('finds the signals in the part it reads, with spans in the original text', () => {
    const text = RISKY + ' ' + fill('x ', MB10);
    const r = screen(text);
    expectValidResult(text, r);
    expect(r.level).toBe('high');
    expect(r.indicators.map((i) => i.ruleId)).toContain('C1.passport-held-by-employer');
  });

  it('screens 100,000 emoji (200,000 code units): truncated, never between the halves of a pair', () => {
    const text = '😀'.repeat(100_000);
    const r = screen(text);
    expectValidResult(text, r);
    expect(r.truncated).toEqual({ reasons: ['maxInputChars'], inputChars: 200_000, analysedChars: DEFAULT_MAX_INPUT_CHARS });
    const odd = '😀'.repeat(30_000);
    expect(screen(odd, { maxInputChars: 50_001 }).truncated!.analysedChars).toBe(50_000);
  });

  it.each([
    ['lone high surrogates', '\uD800passport \uD83D will be kept \uDBFF by the agency \uD800'],
    ['lone low surrogates', '\uDC00Your \uDFFFpassport will be kept by the agency\uDC00'],
    ['reversed pairs', '\uDE00\uD83D hostess in Dubai \uDE00\uD83D girls 18-25'],
    ['NUL and control characters', '\u0000\u0001\u0007\u001b[31mYour passport\u0000 will be kept by the agency\u007f'],
    ['noncharacters and private use', '\uFFFE\uFFFF\uE000 Your passport will be kept by the agency \uDBFF\uDFFF'],
    ['combining marks piled up', 'pa' + '\u0301'.repeat(5000) + 'ssport kept by the agency'],
    ['only punctuation', '!?.,;:-–—()[]{}«»"\'/\\|@#$%^&*'.repeat(500)],
    ['only whitespace kinds', ' \t\n\r\u00a0\u2028\u2029\u3000\u200b'.repeat(1000)],
  ])('gives a valid result for %s', (_what, text) => {
    const r = screen(text);
    expectValidResult(text, r);
    expect(r.truncated).toBeNull();
  });

  it('gives a valid result for binary garbage of every length up to 5,000', () => {
    for (let n = 0; n <= 5000; n += 97) {
      const text = garbage(n, n);
      expectValidResult(text, screen(text));
    }
  });

  it('reads through right-to-left overrides and isolates hidden inside words', () => {
    for (const text of ['\u202EYour passport will be kept by the agency', 'Your pass\u202Eport will be kept by the agency', 'Your pass\u2066port\u2069 will be ke\u200Fpt by the agency']) {
      const r = screen(text);
      expectValidResult(text, r);
      const c1 = r.indicators.find((i) => i.ruleId === 'C1.passport-held-by-employer');
      expect(c1, text).toBeDefined();
      expect(c1!.spans[0]!.text.replace(/[\u202e\u2066\u2069]/g, '')).toBe('passport');
    }
  });
});

describe('the input cap', () => {
  it('is documented, applied by default, and can be raised or lowered per call', () => {
    expect(DEFAULT_MAX_INPUT_CHARS).toBe(50_000);
    const text = RISKY + ' ' + fill('filler words ', 60_000);
    expect(screen(text).truncated!.reasons).toEqual(['maxInputChars']);
    expect(screen(text, { maxInputChars: 100_000 }).truncated).toBeNull();
    const small = screen(text, { maxInputChars: 60 });
    expectValidResult(text, small);
    expect(small.truncated).toEqual({ reasons: ['maxInputChars'], inputChars: text.length, analysedChars: 59 });
    expect(small.indicators.map((i) => i.ruleId)).not.toContain('C1.passport-held-by-employer');
  });

  it('cuts at the last whitespace within 200 characters, and never inside a surrogate pair', () => {
    expect(cut('short', 10)).toBe('short');
    expect(cut('passport kept', 11)).toBe('passport ');
    expect(cut('x'.repeat(300), 250)).toBe('x'.repeat(250));
    expect(cut('ab😀', 3)).toBe('ab');
    expect(cut('a b😀c', 4)).toBe('a ');
  });

  it('rejects a cap that is not a positive whole number', () => {
    expect(() => screen('x', { maxInputChars: 0 })).toThrow(/maxInputChars/);
    expect(() => screen('x', { maxInputChars: 1.5 })).toThrow(/maxInputChars/);
  });
});

describe('the time budget', () => {
  it('when spent, skips the remaining stages and says so; the result stays valid and deterministic', () => {
    const r = screen(RISKY, { timeBudgetMs: 0 });
    expectValidResult(RISKY, r);
    expect(r.truncated).toEqual({ reasons: ['timeBudget'], inputChars: RISKY.length, analysedChars: RISKY.length });
    expect(r.indicators).toEqual([]);
    expect(JSON.stringify(screen(RISKY, { timeBudgetMs: 0 }))).toBe(JSON.stringify(r));
    const both = screen(RISKY + fill(' x', 60_000), { timeBudgetMs: 0 });
    expect(both.truncated!.reasons).toEqual(['maxInputChars', 'timeBudget']);
  });

  it('changes nothing when it is not spent', () => {
    expect(JSON.stringify(screen(RISKY, { timeBudgetMs: 600_000 }))).toBe(JSON.stringify(screen(RISKY)));
  });

  it('rejects a negative budget', () => {
    expect(() => screen('x', { timeBudgetMs: -1 })).toThrow(/timeBudgetMs/);
  });
});
