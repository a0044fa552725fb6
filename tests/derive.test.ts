import { describe, expect, it } from 'vitest';
import { deriveBundledPhrases, deriveBundledRegexes } from '../scripts/derive.js';
import { compileRules, compileRegex, deriveRegex } from '../src/engine/compile.js';
import { compilePhrase, decodeSteps, encodeSteps } from '../src/match/phrase.js';
import { toViewSource } from '../src/match/view-source.js';
import { bundledRules } from '../src/rules.js';
import { LANGS } from '../src/schema/langs.js';
import type { Rule } from '../src/schema/rule.js';

// The build bakes these tables into the Node bundles (tsup.config.ts); tests/package.test.ts screens
// the corpus with the packed library. Here: the tables cover everything, so no bundled regex or phrase
// is derived again at run time, and what they hold is what the compiler would derive.
describe('tables derived at build time', () => {
  const compiled = compileRules(bundledRules as Rule[]);

  it('hold every phrase of the bundled tries, each as its steps encoded', () => {
    const phrases = deriveBundledPhrases();
    for (const lang of LANGS) {
      expect(phrases[lang].map(([phrase]) => phrase)).toEqual(compiled.phrases(lang));
      for (const [phrase, encoded] of phrases[lang]) expect(decodeSteps(encoded), `${lang}: ${phrase}`).toEqual(compilePhrase(lang, phrase));
    }
  });

  it('encode keys, prefixes and any-word steps, and an empty phrase', () => {
    const steps = [{ kind: 'key', key: 'deduct' }, { kind: 'any' }, { kind: 'prefix', prefix: 'salar' }] as const;
    expect(encodeSteps(steps)).toBe('deduct * salar*');
    expect(decodeSteps('deduct * salar*')).toEqual(steps);
    expect(decodeSteps('')).toEqual([]);
  });

  it('hold every bundled regex, derived as compileRegex derives it', () => {
    const regexes = deriveBundledRegexes();
    const sources = new Set(bundledRules.flatMap((r) => [...r.patterns, ...(r.exclude ?? [])]).flatMap((p) => (p.kind === 'regex' ? [p.regex] : [])));
    expect(regexes.map(([source]) => source).sort()).toEqual([...sources].sort());
    for (const [source, d] of regexes) {
      expect(d, source).toEqual(deriveRegex(source));
      // (RegExp#source escapes "/": compare the compiled patterns as V8 reports them.)
      const c = compileRegex(source);
      const compiled = d.view ? toViewSource(d.source) : d.source;
      expect({ source: c.re.source, leadingBoundary: c.leadingBoundary, numberStart: c.numberStart, needs: c.needs, lead: c.lead, window: c.window, view: c.view }, source).toEqual({ ...d, source: new RegExp(compiled, 'u').source });
    }
  });
});
