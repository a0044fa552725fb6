import { describe, expect, it } from 'vitest';
import { LANGS, Rule, RuleFile } from '../src/schema/rule.js';
import { RULE_FILES, bundledRules } from '../src/rules.js';
import { traceRules } from '../src/screen.js';

// ESLint RuleTester style: every rule carries its own must-match and must-not-match examples.
// An invalid rule is reported by the schema test below rather than crashing the whole file.
const rules = bundledRules.flatMap((r) => {
  const p = Rule.safeParse(r);
  return p.success ? [p.data] : [];
});

describe('rule files', () => {
  it.each(Object.entries(RULE_FILES))('%s validates against the rule schema', (_, data) => {
    const r = RuleFile.safeParse(data);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  it.each(LANGS)('has at least 3 must-match and 3 must-not-match examples in %s', (lang) => {
    expect(rule.examples.match.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.noMatch.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(3);
  });
  it('speaks English, Russian and Kyrgyz', () => {
    for (const field of [rule.title, rule.explanation, rule.advice]) expect(Object.keys(field).sort()).toEqual(['en', 'ky', 'ru']);
  });
  it.each(rule.examples.match.map((e) => [e.lang, e.text, e.span] as const))('matches (%s) %s', (_l, text, span) => {
    const fired = traceRules(text).get(rule.id);
    expect(fired, `${rule.id} did not fire`).toBeDefined();
    const spans = fired!.spans.map((s) => text.slice(s.start, s.end));
    expect(spans).toContain(span);
  });
  it.each(rule.examples.noMatch.map((e) => [e.lang, e.text] as const))('does not match (%s) %s', (_l, text) => {
    expect(traceRules(text).has(rule.id)).toBe(false);
  });
});

it('languages are the supported ones', () => {
  expect(LANGS).toEqual(['en', 'ru', 'ky']);
});
