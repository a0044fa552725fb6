import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../src/index.js';
import { RuleTester, RuleTestError } from '../src/testing.js';

const root = new URL('..', import.meta.url).pathname;
const PACK_JSON = readFileSync(join(root, 'tests/fixtures/example-board.pack.json'), 'utf8');

const rule = (examples: unknown, over: Record<string, unknown> = {}) => ({
  id: 'acme/B1.cash-deposit',
  kind: 'indicator', category: 'B1', status: 'stable', severity: 'medium', confidence: 0.8, weight: 20,
  title: { en: 'Cash deposit' }, explanation: { en: 'The ad asks for a cash deposit.' }, advice: { en: 'Do not pay to get a job.' },
  references: ['IRIS.employer-pays'], falsePositives: [],
  patterns: [{ id: 'en-cash', kind: 'phrase', lang: 'en', phrases: ['cash deposit'] }],
  examples,
  ...over,
});

describe('RuleTester', () => {
  it("passes the fixture pack's examples, counting each", () => {
    const report = new RuleTester(PACK_JSON).run();
    expect(report).toEqual({ ok: true, rules: 3, passed: 15, failures: [], knownGaps: 0 });
  });

  it('reports a wrong span, a must-not-match that fires, a must-match that does not, and too few examples', () => {
    const pack = {
      id: 'acme',
      rules: [
        rule({
          match: [
            { lang: 'en', text: 'Cash deposit required.', span: 'deposit required' },
            { lang: 'en', text: 'Bring cash to the office.', span: 'cash' },
          ],
          noMatch: [{ lang: 'en', text: 'A cash deposit of $100.' }],
          knownGaps: [{ lang: 'en', text: 'Money in an envelope.', note: 'no phrase for it' }],
        }),
        rule({ match: [], noMatch: [] }, { id: 'acme/B1.second' }),
      ],
    };
    const report = new RuleTester(pack).run();
    expect(report.ok).toBe(false);
    expect(report.passed).toBe(1);
    expect(report.knownGaps).toBe(1);
    expect(report.failures).toEqual([
      { ruleId: 'acme/B1.cash-deposit', example: 'match', index: 0, lang: 'en', text: 'Cash deposit required.', message: 'expected a span "deposit required", got ["Cash deposit"]' },
      { ruleId: 'acme/B1.cash-deposit', example: 'match', index: 1, lang: 'en', text: 'Bring cash to the office.', message: 'expected the rule to fire; it did not' },
      { ruleId: 'acme/B1.cash-deposit', example: 'noMatch', index: 0, lang: 'en', text: 'A cash deposit of $100.', message: 'expected the rule not to fire; it fired on ["cash deposit"]' },
      { ruleId: 'acme/B1.second', example: 'count', index: -1, message: 'expected at least 1 must-match and 1 must-not-match examples, found 0 and 0' },
    ]);
    expect(new RuleTester(pack, { minExamples: { match: 0, noMatch: 0 } }).run().failures.map((f) => f.example)).toEqual(['match', 'match', 'noMatch']);
    let caught: unknown;
    try {
      new RuleTester(pack).assert();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleTestError);
    expect((caught as RuleTestError).failures).toHaveLength(4);
    expect((caught as RuleTestError).message).toMatch(/^4 rule examples failed:\n- acme\/B1.cash-deposit match\[0\] \(en\): expected a span "deposit required", got \["Cash deposit"\] in "Cash deposit required."/);
  });

  it('registers one test per example with a runner', () => {
    const registered: Array<[string, () => void]> = [];
    new RuleTester(PACK_JSON).defineTests((name, fn) => registered.push([name, fn]));
    expect(registered).toHaveLength(15);
    expect(registered[1]![0]).toBe('example-board/B1.deposit-to-card matches (en) Hostess job in Dubai. Send a deposit of $200 to my card before the interview.');
    for (const [, fn] of registered) fn();
    const failing: Array<() => void> = [];
    new RuleTester({ id: 'acme', rules: [rule({ match: [{ lang: 'en', text: 'No.', span: 'No' }], noMatch: [{ lang: 'en', text: 'x' }] })] }).defineTests((_n, fn) => failing.push(fn));
    expect(() => failing[1]!()).toThrow(RuleTestError);
  });

  it('refuses an invalid pack with the RuleError loadRulePack gives', () => {
    expect(() => new RuleTester({ id: 'acme', rules: [rule({ match: [], noMatch: [] }, { weight: 99 })] })).toThrow(RuleError);
  });

  describe('used as documented: one vitest test per example', () => {
    new RuleTester(PACK_JSON).defineTests(it);
  });
});
