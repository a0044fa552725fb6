import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { compileRegex, deriveRegex } from '../src/engine/compile.js';
import { extractAges } from '../src/extract/ages.js';
import { extractContacts } from '../src/extract/contacts.js';
import { extractMoney } from '../src/extract/money.js';
import { compiledOnView, onView, toViewSource, viewSafe } from '../src/match/view-source.js';
import { bundledRules } from '../src/rules.js';
import { normalize } from '../src/text/normalize.js';
import { regexView, VIEW_LETTERS, VIEW_NUMBERS } from '../src/text/regex-view.js';
import { tokenize } from '../src/text/tokenize.js';

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const VIEW_LETTER = new RegExp(`^[${VIEW_LETTERS}]$`, 'u');
const VIEW_NUMBER = new RegExp(`^[${VIEW_NUMBERS}]$`, 'u');

describe('the view of a text', () => {
  it('is the text itself when it holds no letter or number outside Latin and Cyrillic', () => {
    const text = 'официантка в дубай — 2000 $ • whatsapp 🔥 «ң ө ү» çalışma ½ ² №5';
    expect(regexView(text)).toBe(text);
  });

  it('replaces other letters and numbers by stand-ins of the same length, and nothing else', () => {
    expect(regexView('ab 日本 αβ ٣ 𝒜 x🔥y ш ⅻ 𐄇')).toBe('ab ԱԱ ԱԱ ٠ 𐀀 x🔥y ш ٠ 𐄇');
    // Lone surrogates are neither letters nor numbers.
    expect(regexView('a\ud835 b\udc9c')).toBe('a\ud835 b\udc9c');
  });

  it('reads every BMP character as \\p{L} and \\p{N} do, through the compiled classes', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      const v = regexView(ch);
      if (v.length !== 1 || LETTER.test(ch) !== VIEW_LETTER.test(v) || NUMBER.test(ch) !== VIEW_NUMBER.test(v)) wrong.push(cp.toString(16));
      // What is neither stays as it is: classes, literals and \s \w \d see it unchanged.
      if (!LETTER.test(ch) && !NUMBER.test(ch) && v !== ch) wrong.push(`changed ${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads astral characters as \\p{L} and \\p{N} do', () => {
    const wrong: string[] = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 0x3f) {
      const ch = String.fromCodePoint(cp);
      const v = regexView(ch);
      if (v.length !== 2 || LETTER.test(ch) !== VIEW_LETTER.test(v) || NUMBER.test(ch) !== VIEW_NUMBER.test(v)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    for (const ch of ['𝒜', '𠀀', '𐄇', '🔥', '🇹🇷']) expect(VIEW_LETTER.test(regexView(ch)) || VIEW_NUMBER.test(regexView(ch)), ch).toBe(/[\p{L}\p{N}]/u.test(ch));
  });
});

describe('regexes that may run on the view', () => {
  it.each([
    '(?<![\\p{L}\\p{N}])паспорт\\p{L}{0,3}(?![\\p{L}])',
    '[^\\p{L}\\p{N}\\s]+',
    '[а-яёңөү]+ [a-z]',
    '[\\u2000-\\u206f]',
    '(?<x>a)b',
    '\\d{2}\\s?\\+',
  ])('%s: yes', (src) => expect(viewSafe(src)).toBe(true));

  it.each([
    ['\\P{L}', 'another property'],
    ['\\p{Lu}', 'another property'],
    ['\\p{Script=Greek}', 'another property'],
    ['(a)\\1', 'a backreference'],
    ['(?<x>a)\\k<x>', 'a backreference'],
    ['د\\.إ', 'an Arabic letter'],
    ['[\\u0600-\\u06ff]', 'a range of Arabic letters'],
    ['[α-ω]', 'a range of Greek letters'],
    ['x[^\\u4e00]', 'a CJK letter, escaped'],
    ['\\u{1d400}', 'an astral letter'],
    ['[\\u0000-\\u{10ffff}]', 'a range too long to walk'],
  ])('%s: no (%s)', (src) => expect(viewSafe(src)).toBe(false));

  it('compiles \\p{L} and \\p{N} as the classes of the view, inside and outside brackets', () => {
    expect(toViewSource('\\p{L}x[\\p{N}-][^\\p{L}]\\P')).toBe(`[${VIEW_LETTERS}]x[${VIEW_NUMBERS}-][^${VIEW_LETTERS}]\\P`);
    expect(toViewSource('\\\\p{L}')).toBe('\\\\p{L}');
    expect(() => onView(/\p{Lu}/u)).toThrow(/cannot run on the view/);
    expect(() => onView(/\p{L}/iu)).toThrow(/cannot run on the view/);
  });

  it('every bundled rule regex runs on the view', () => {
    const sources = bundledRules.flatMap((r) => [...r.patterns, ...(r.exclude ?? [])]).flatMap((p) => (p.kind === 'regex' ? [p.regex] : []));
    expect(sources.filter((s) => !compileRegex(s).view)).toEqual([]);
  });
});

/**
 * Corpus ads with letters and numbers of other scripts glued to their words, where \p{L} and \p{N}
 * decide: at word ends ("passportα"), word starts ("日visa") and next to digits ("٣500").
 */
function foreignAds(): string[] {
  // (Not letters NFKC folds, such as 𝒜 or Ⅻ: normalising makes them Latin.)
  const marks = ['α', 'ب', '日', '𠀀', '٣', '𐄇', 'ꙮ', '𐌰', '²', 'ß'];
  const out: string[] = [];
  for (const lang of ['en', 'ru', 'ky', 'mixed', 'adversarial']) {
    for (const ad of loadCorpus(lang)) {
      let k = 0;
      out.push(normalize(ad.text.replace(/[\p{L}\p{N}]+/gu, (w) => (k++ % 4 !== 0 ? w : k % 8 === 1 ? marks[k % marks.length]! + w : w + marks[k % marks.length]!))).text);
    }
  }
  return out;
}

describe('matching on the view', () => {
  const texts = foreignAds();
  const matches = (re: RegExp, text: string): string[] => {
    const global = new RegExp(re.source, re.flags.replace('y', '') + (re.global ? '' : 'g'));
    return [...text.matchAll(global)].map((m) => `${m.index}+${m[0].length}`);
  };

  it('finds with every bundled rule regex what the regex as written finds in the text', () => {
    const sources = [...new Set(bundledRules.flatMap((r) => [...r.patterns, ...(r.exclude ?? [])]).flatMap((p) => (p.kind === 'regex' ? [p.regex] : [])))];
    const wrong: string[] = [];
    let touching = 0;
    for (const authored of sources) {
      const written = new RegExp(deriveRegex(authored).source, 'gu');
      const { re } = compileRegex(authored);
      for (const text of texts) {
        const view = regexView(text);
        const a = matches(written, text);
        if (JSON.stringify(a) !== JSON.stringify(matches(re, view))) wrong.push(`${authored.slice(0, 60)} on ${text.slice(0, 40)}`);
        for (const m of a) {
          const [at, len] = m.split('+').map(Number);
          if (text.slice(at, at! + len!) !== view.slice(at, at! + len!)) touching++;
        }
      }
    }
    expect(wrong).toEqual([]);
    // The test means something: some matches hold a replaced character.
    expect(touching).toBeGreaterThan(50);
  });

  it('finds with every extractor regex compiled onView what the regex as written finds', () => {
    // The age, money and contact extractors' regexes (imported above).
    expect(compiledOnView.length).toBeGreaterThanOrEqual(23);
    const wrong: string[] = [];
    for (const { written, view } of compiledOnView) {
      for (const text of texts) {
        if (JSON.stringify(matches(written, text)) !== JSON.stringify(matches(view, regexView(text)))) wrong.push(`${written.source.slice(0, 60)} on ${text.slice(0, 40)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reports contacts with the letters of the text, not the stand-ins', () => {
    const norm = normalize('Пишите: ivan.αβγ@mail.ru или @ωmega_jobs, сайт https://jobs.example.com/日本 тел +996 700 123 456');
    const contacts = extractContacts(norm, tokenize(norm)).map((c) => [c.type, c.value]);
    expect(contacts).toEqual([
      ['email', 'ivan.αβγ@mail.ru'],
      ['url', 'https://jobs.example.com/日本'],
      ['phone', '996700123456'],
    ]);
  });

  it('reads ages and amounts next to letters of other scripts as the text has them', () => {
    const norm = normalize('Девушки 18-25 лет, зарплата 2000$ в месяц αβ. Ages 20 to 30 日本, fee 300 usd');
    expect(extractAges(norm).map((a) => [a.min, a.max, a.text])).toEqual([
      [18, 25, '18-25 лет'],
      [20, 30, 'Ages 20 to 30'],
    ]);
    const money = extractMoney(norm, tokenize(norm), true);
    expect(money.salary.map((s) => [s.min, s.currency, s.period, s.text])).toEqual([[2000, 'USD', 'month', '2000$ в месяц']]);
    expect(money.costs.map((s) => [s.min, s.currency, s.text])).toEqual([[300, 'USD', '300 usd']]);
  });
});
