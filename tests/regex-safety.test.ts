import { describe, expect, it } from 'vitest';
import { compileRegex } from '../src/engine/compile.js';
import { backtrackingWays, MAX_WAYS, regexHazard } from '../src/engine/regex-safety.js';
import { createScreener, RuleError } from '../src/index.js';
import { bundledRegexHazards } from '../src/packs/bundled-check.js';
import { bundledRules } from '../src/rules.js';
import type { Rule } from '../src/schema/rule.js';

const bundledRegexes = (bundledRules as Rule[]).flatMap((r) =>
  [...r.patterns, ...(r.exclude ?? [])].flatMap((p) => (p.kind === 'regex' ? [{ id: `${r.id}#${p.id}`, source: compileRegex(p.regex).re.source }] : [])),
);

// Known evil patterns: exponential, polynomial, and bounded ones whose bounds multiply into millions
// of ways (scslre alone calls those linear: they are, with an astronomical constant).
const EVIL: Array<[string, RegExp]> = [
  ['(a+)+$', /exponential time on input like "aaa…"/],
  ['(a|a)*$', /polynomial time on input like "aaa…"/],
  ['(\\w+\\s?)*$', /exponential time/],
  ['^(\\d+)*$', /exponential time/],
  ['(x+x+)+y', /exponential time/],
  ['\\d+\\s*\\d+$', /polynomial time/],
  ['(?:\\p{L}+\\s?)+x', /exponential time/],
  ['(?:(?:a{0,9}){0,9}){0,9}b', /about 10\^9 ways to match input like "aaa…" at one position \(at most 5000\)/],
  ['(?:\\p{L}{1,20}\\s{0,3}){0,20}z', /about 10\^\d+ ways/],
  ['a{0,30}a{0,30}a{0,30}b', /about 29791 ways/],
  ['^(a+)+b', /exponential time/],
  ['(.*a){20}', /catastrophic backtracking/],
  ['(\\s*\\w+)*!', /exponential time/],
  ['\\s*$', /polynomial time on input like/],
  ['(a|aa)+$', /catastrophic backtracking/],
];

describe('regex safety check', () => {
  it(`passes all ${bundledRegexes.length} bundled regexes, each well under the limit`, () => {
    expect(bundledRegexes.length).toBeGreaterThan(100);
    expect(bundledRegexHazards()).toEqual([]);
    const worst = Math.max(...bundledRegexes.map((r) => backtrackingWays(r.source)));
    expect(worst).toBeLessThan(MAX_WAYS);
    expect(worst).toBeGreaterThan(100); // the bounded-ways pass does look at them
  });

  it.each(EVIL)('refuses %s', (source, message) => {
    expect(regexHazard(source)).toMatch(message);
  });

  it.each(['cash\\s{1,3}only', '\\d{1,3}(?:[ ,.]?\\d{3}){0,3}\\s{0,2}(?:usd|\\$)', '(?<![\\p{L}\\p{N}])(?:pay|deposit)\\s(?:us\\s)?\\d{2,5}', '(?:a|ab|abc){0,50}$', '[^\\s<>]{1,200}', '(?:\\p{L}{1,14}\\s{1,2}){0,4}experience'])('accepts the everyday regex %s', (source) => {
    expect(regexHazard(source)).toBeNull();
  });

  it('refuses what it cannot parse instead of passing it', () => {
    expect(regexHazard('(?<name>a)\\k<other>')).toMatch(/^could not be checked for catastrophic backtracking/);
  });

  it.each([0, 4, 6, 7, 9].map((i) => EVIL[i]!))('refuses %s in a custom pack, naming the rule id and the field path', (source) => {
    const rule = {
      id: 'acme/B1.evil',
      kind: 'indicator', category: 'B1', status: 'stable', severity: 'medium', confidence: 0.5, weight: 10,
      title: { en: 'Evil' }, explanation: { en: 'x' }, advice: { en: 'x' }, references: [], falsePositives: [],
      patterns: [{ id: 'ok', kind: 'regex', lang: 'en', regex: '{{<}}deposit{{>}}' }],
      exclude: [{ id: 'bad', kind: 'regex', lang: 'en', regex: `{{<}}${source}` }],
      examples: { match: [], noMatch: [] },
    };
    let caught: unknown;
    try {
      createScreener({ extraRules: [rule] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleError);
    const e = caught as RuleError;
    expect(e.ruleId).toBe('acme/B1.evil');
    expect(e.problems.map((p) => p.path)).toEqual(['exclude.0.regex']);
    expect(e.message).toMatch(/^Invalid rule "acme\/B1.evil" in rule pack "acme":\n- exclude.0.regex: catastrophic backtracking/);
  });

  it('checks the regex as it runs: the {{<}} macro cannot hide a hazard', () => {
    expect(regexHazard(compileRegex('{{<}}(\\p{L}+\\s?)+{{>}}x').re.source)).toMatch(/exponential/);
  });
});
