import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { englishTerms } from '../src/extract/english-terms.js';
import { englishTerms as liteTerms } from '../src/extract/english-terms-lite.js';
import { numberWordPositions, readNumberTerms } from '../src/extract/number-words.js';
import { normalize } from '../src/text/normalize.js';

// The browser bundles read English number words with english-terms-lite.ts instead of compromise:
// both must give the same amounts, at the same offsets.
const both = (s: string) => [readNumberTerms(englishTerms(s)), readNumberTerms(liteTerms(s))];

describe('number words without compromise (browser bundles)', () => {
  it.each([
    'Salary: twenty-five hundred dollars (USD) per month!',
    "three and a half thousand $, 'five' thousand",
    'Pay—five thousand/month; one-off fee',
    'a thousand-dollar bonus',
    'Up to five thousand USD',
    '(twenty-five) usd, “ninety-nine thousand” euros',
    '"Two thousand" euros, (three hundred) for food',
    'ninety five thousand rubles… or forty-two',
    'one   hundred\tand twenty dollars',
  ])('reads %j as compromise does', (s) => {
    const [a, b] = both(s);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
  });

  it('reads the same amounts as compromise in every corpus sentence with a number word', () => {
    const differ: string[] = [];
    let sentences = 0;
    for (const lang of ['en', 'ru', 'ky', 'mixed', 'adversarial']) {
      for (const ad of loadCorpus(lang)) {
        for (const s of normalize(ad.text).text.split(/[.!?\n]/)) {
          if (numberWordPositions(s).length === 0) continue;
          sentences++;
          const [a, b] = both(s);
          if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${ad.id}: ${s}`);
        }
      }
    }
    expect(sentences).toBeGreaterThanOrEqual(20);
    expect(differ).toEqual([]);
  });

  it('reads the same amounts as compromise in number phrases set in punctuation of every kind', () => {
    const phrases = ['five', 'twenty-five', 'three and a half thousand', 'a thousand', 'one hundred and twenty', 'ninety-nine thousand', 'two million'];
    const frames = ['{} dollars a month', 'salary: {}, per month', '({}) usd', '“{}” euros', '{}-{} som', '{}/month', '{}… maybe', "it's {}!", 'pay—{} $'];
    const differ: string[] = [];
    for (const p of phrases) {
      for (const f of frames) {
        const s = f.replaceAll('{}', p);
        const [a, b] = both(s);
        if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(s);
      }
    }
    expect(differ).toEqual([]);
  });
});
