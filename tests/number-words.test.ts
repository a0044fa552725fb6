import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { englishTerms } from '../src/extract/english-terms.js';
import { englishTerms as liteTerms } from '../src/extract/english-terms-lite.js';
import { extractMoney, wordAmountMayCount } from '../src/extract/money.js';
import { numberRun, numberWordPositions, readNumberTerms } from '../src/extract/number-words.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';

const moneyOf = (s: string) => {
  const n = normalize(s);
  return extractMoney(n, tokenize(n), true);
};
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
          if (numberWordPositions(tokenize(normalize(s))).length === 0) continue;
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

describe('where number words are', () => {
  // The reference: a scan of the whole text, each match kept when no letter stands before it.
  const scan = (text: string): number[] => {
    const out: number[] = [];
    for (const m of text.matchAll(/(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)(?![\p{L}])/gu)) {
      if (m.index > 0 && /\p{L}/u.test(text[m.index - 1]!)) continue;
      out.push(m.index);
    }
    return out;
  };
  const positions = (s: string) => numberWordPositions(tokenize(normalize(s)));

  it('finds number words inside tokens as a scan of the text does', () => {
    expect(positions('twenty-five thousand, 5five, o\'one, fivé, twentyone, someone')).toEqual([0, 7, 12, 23, 31]);
    expect(positions('tenfold ten')).toEqual([8]);
  });

  it('finds what a scan of the whole text finds, in every corpus ad', () => {
    const differ: string[] = [];
    let found = 0;
    for (const lang of ['en', 'ru', 'ky', 'mixed', 'adversarial']) {
      for (const ad of loadCorpus(lang)) {
        const n = normalize(ad.text);
        const expected = scan(n.text);
        found += expected.length;
        if (JSON.stringify(numberWordPositions(tokenize(n))) !== JSON.stringify(expected)) differ.push(ad.id);
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });
});

describe('which amounts in words are read', () => {
  it('finds the run of number vocabulary around a number word, through punctuation, not past digits or a sentence end', () => {
    const run = (s: string, word: string) => {
      const r = numberRun(s, s.indexOf(word));
      return s.slice(r.start, r.end);
    };
    expect(run('pay: three and a half thousand usd', 'half')).toBe('three and a half thousand');
    expect(run('pay twenty-five hundred, usd', 'five')).toBe('twenty-five hundred');
    expect(run('5 five thousänd usd', 'five')).toBe('five thousänd');
    expect(run('one. two', 'two')).toBe('two');
    expect(run('no one of us', 'one')).toBe('one');
  });

  it('reads a run only when a currency or an amount in digits could make it count', () => {
    const may = (s: string, word: string) => wordAmountMayCount(s, numberRun(s, s.indexOf(word)));
    expect(may('one of our team will call, salary $500 a month', 'one')).toBe(false);
    expect(may('two children, 4 and 7, pay 900 usd', 'two')).toBe(false);
    expect(may('five thousand dollars a month', 'five')).toBe(true);
    expect(may('usd five thousand', 'five')).toBe(true);
    expect(may('five to 300 a month', 'five')).toBe(true);
    expect(may('from 300 to five', 'five')).toBe(true);
    expect(may('up to five people', 'five')).toBe(false);
    // A currency inside another word is not next to the run ("rm", the ringgit, in "uniform" and "farms")...
    expect(may('shoes and uniform\n• two days of training', 'two')).toBe(false);
    expect(may('berries at two farms, salary 900 usd', 'two')).toBe(false);
    // ...but one ending right before a number word is, as extractMoney reads it.
    expect(may('uniform five', 'five')).toBe(true);
    expect(may('paid in one sum', 'one')).toBe(true);
  });

  it('reads a range from an amount in words to one in digits (the amounts in words are put in text order)', () => {
    const salary = moneyOf('Salary five hundred to 700 USD a month. Bonus 50 USD').salary;
    expect(salary.map((f) => [f.text, f.min, f.max, f.currency, f.period])).toEqual([
      ['five hundred to 700 USD a month', 500, 700, 'USD', 'month'],
      ['50 USD', 50, 50, 'USD', 'unspecified'],
    ]);
  });

  it('finds the same money with and without the gate, on every corpus ad and in ranges of every shape', () => {
    const texts = ['en', 'ru', 'ky', 'mixed', 'adversarial'].flatMap((lang) => loadCorpus(lang).map((a) => a.text));
    const phrases = ['five', 'twenty-five', 'three and a half thousand', 'a thousand', 'one hundred and twenty', 'two million'];
    const frames = ['{} to 300 $ a month', '$300 to {} per week', '{} - 500 сом', '500-{} usd', '{} to {} dollars', 'up to {} people, salary 900 usd', '{} thousänd usd', '$ 300 and {} days off', '300 $ to {}', '{} 000 rub', 'fee: {}. 200 usd', 'uniform\n• {} days, 500 usd', 'at {} farms: 900 usd', 'uniform {}', 'usd: {}', '{}. $ 300'];
    for (const p of phrases) for (const f of frames) texts.push(f.replaceAll('{}', p));
    const differ = texts.filter((t) => {
      const n = normalize(t);
      const tokens = tokenize(n);
      return JSON.stringify(extractMoney(n, tokens, true)) !== JSON.stringify(extractMoney(n, tokens, true, true));
    });
    expect(texts.length).toBeGreaterThan(900);
    expect(differ).toEqual([]);
  });
});
