import { describe, expect, it } from 'vitest';
import { compileRegex } from '../src/engine/compile.js';
import { analyseRegex, bigramFilter } from '../src/engine/literals.js';
import { bundledRules } from '../src/rules.js';
import { Rule } from '../src/schema/rule.js';
import { normalize } from '../src/text/normalize.js';
import { loadCorpus } from '../scripts/corpus.js';

describe('required literals of a regex', () => {
  it.each([
    ['abc', ['abc']],
    ['(?:fee|deposit)s?', ['fee', 'deposit']],
    ['ab+c', ['ab']],
    ['x?yz', ['yz']],
    ['[0-9]{2}\\s?(?:usd|долл)', ['usd', 'долл']],
    ['(?<![\\p{L}])паспорт\\p{L}{0,3}', ['паспорт']],
    ['(?:fee|x)', null],
    ['\\d+', null],
    ['(?:ab)?cd', ['cd']],
    ['a(?:bc|de)f', ['abcf', 'adef']],
    ['\\$\\d{3}', ['$']],
    ['@(?:gmail|mail)\\.com', ['@gmail.com', '@mail.com']],
    ['x(?:a|b)y', ['xay', 'xby']],
    ['lic(?:e|ence)', ['lice', 'licence']],
  ] as const)('%s -> %j', (src, want) => {
    expect(analyseRegex(src).needs).toEqual(want);
  });
});

describe('bigram filter', () => {
  it('says a string may occur only when all its bigrams occur', () => {
    const f = bigramFilter('passport kept by the agency');
    expect(f.mayContain('passport')).toBe(true);
    expect(f.mayContain('agency')).toBe(true);
    expect(f.mayContain('visa')).toBe(false);
  });
});

// Soundness: a regex the filter skips must not match. Checked for every bundled regex on every corpus ad.
it('never skips a regex that matches', () => {
  const regexes = bundledRules.flatMap((raw) => {
    const r = Rule.parse(raw);
    return [...r.patterns, ...(r.exclude ?? [])].filter((p) => p.kind === 'regex').map((p) => ({ id: `${r.id}#${p.id}`, ...compileRegex(p.regex) }));
  });
  expect(regexes.filter((r) => r.needs).length).toBeGreaterThan(regexes.length / 2);
  const wrong: string[] = [];
  for (const lang of ['en', 'ru', 'ky', 'mixed']) {
    for (const ad of loadCorpus(lang)) {
      const text = normalize(ad.text).text;
      const filter = bigramFilter(text);
      for (const r of regexes) {
        if (!r.needs || r.needs.some((s) => filter.mayContain(s))) continue;
        r.re.lastIndex = 0;
        if (r.re.test(text)) wrong.push(`${r.id} on ${ad.id}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

// Line-restricted and token-indexed matching must find exactly what matching the whole ad finds.
it('matching on candidate lines and lead tokens finds the same hits as matching the whole ad', async () => {
  const { compileRules } = await import('../src/engine/compile.js');
  const { validateRules } = await import('../src/engine/validate.js');
  const { runMatchers } = await import('../src/match/run.js');
  const { tokenize } = await import('../src/text/tokenize.js');
  const { detectLanguage } = await import('../src/lang/detect.js');
  const c = compileRules(validateRules(bundledRules));
  const whole = { ...c, regexes: c.regexes.map((r) => ({ ...r, needs: null, lead: null, sticky: null })) };
  const differ: string[] = [];
  for (const lang of ['en', 'ru', 'ky', 'mixed']) {
    for (const ad of loadCorpus(lang)) {
      const n = normalize(ad.text);
      const t = tokenize(n);
      const l = detectLanguage(t);
      const key = (h: { rule: number; pattern: string; nStart?: number; nEnd?: number }) => `${h.rule}:${h.pattern}:${h.nStart}:${h.nEnd}`;
      const a = runMatchers(c, n, t, l.run, l.translit).hits.filter((h) => h.nStart !== undefined).map(key).sort();
      const b = runMatchers(whole, n, t, l.run, l.translit).hits.filter((h) => h.nStart !== undefined).map(key).sort();
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(ad.id);
    }
  }
  expect(differ).toEqual([]);
});
