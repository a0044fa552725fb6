import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screen, type ScreenResult } from '../src/index.js';
import { normalize } from '../src/text/normalize.js';
import { unscanned } from './helpers/unscanned.js';

// Property-based tests (fast-check, fixed seeds, bounded runs): for any string, screen() never
// throws, every span is in bounds and slices the input exactly, and the score stays within 0-100;
// normalisation maps every unit of its text to a non-empty range of the input, in order.

/** Pieces that exercise the folds: words, evasion characters, emoji, numbers, separators. */
const PIECES = [
  'Dubai', 'girls', 'hostess', 'passport', 'salary', '$', '5000', '3ООО', 'free', 'ticket', 'WhatsApp', '+971 50 123 4567',
  'девушки', 'Дубай', 'паспорт', 'зарплата', 'долларов', 'пять тысяч', 'кыздар', 'Дубайга', 'айлык', 'миң', 'сом',
  'О Ф И Ц И А Н Т К А', 'w.a.i.t.r.e.s.s', 'd4nc3r', '$alary', 'sooo', 'moneyyy', 'oфициaнтка', 'Hоstess', '1 ООО',
  '\u200b', '\u00ad', '\u200d', '\ufe0f', '\u0301', '\u0336', '\u20e3', '\u0306', '✈️', '🏨', '💰', '🛂', '🇦🇪', '🇰', '👱‍♀️', '👩‍⚕️', '📲',
  '１０００＄', '٥٠٠', '№', 'İ', 'ﬁ', ' ', '  ', '\n', '.', ',', '-', '_', '«', '»', '—', '@', 'a', 'В', 'x', 'о', '0',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const adLike = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const anyText = fc.oneof(adLike, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-composite', maxLength: 100 }));

function spansOf(r: ScreenResult): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const i of [...r.indicators, ...r.mitigations]) out.push(...i.spans);
  for (const s of r.sentences) out.push({ ...s, text: '' });
  const f = r.facts;
  for (const x of [...f.salary, ...f.costs, ...f.destinations, ...f.roles, ...f.contacts, ...f.ages, ...f.gender.mentions]) out.push(x);
  return out;
}

describe('screen() on any string', () => {
  it('never throws, keeps spans exact and in bounds, and scores 0-100', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = screen(text);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.level).toBe(r.score >= 60 ? 'high' : r.score >= 30 ? 'medium' : 'low');
        for (const s of spansOf(r)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          if (s.text !== '') expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { seed: 20261122, numRuns: 400 },
    );
  });
});

describe('normalize() on any string', () => {
  it('maps every unit to a non-empty range of the input, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalize(text);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) {
            expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
            expect(n.ends[i]!).toBeGreaterThanOrEqual(n.ends[i - 1]!);
          }
        }
        for (const l of n.lookalikes) {
          expect(l.start).toBeLessThan(l.end);
          expect(l.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: 4, numRuns: 1500 },
    );
  });

  it('gives the same result as running every fold without the pre-scan', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalize(text);
        const u = unscanned(text);
        expect(n.text).toBe(u.text);
        expect([...n.starts]).toEqual(u.starts);
        expect([...n.ends]).toEqual(u.ends);
      }),
      { seed: 7, numRuns: 1500 },
    );
  });

  it('is the lower-cased input, offsets the identity, for plain text with nothing to fold', () => {
    const word = fc.stringMatching(/^[a-zA-Zа-яА-Я]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
        const text = words.join(' ');
        // No stretched letters, no mixed scripts, and no word glued as a scrape glues them (fold-glue.ts).
        const glued = words.some((w) => /^[a-zа-я]/.test(w) && /[a-z]{3}[A-Z][a-z]|[а-я]{3}[А-Я][а-я]/.test(w));
        fc.pre(!/([a-zа-я])\1\1/i.test(text) && !/[a-z][а-я]|[а-я][a-z]/i.test(text) && !glued);
        const n = normalize(text);
        expect(n.text).toBe(text.toLowerCase());
        expect([...n.starts]).toEqual([...text].map((_, i) => i));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
