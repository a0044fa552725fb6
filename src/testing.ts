/**
 * `sakbol/testing`: RuleTester runs the examples every rule carries (must-match with the exact span,
 * must-not-match), ESLint RuleTester style, for rule-pack authors and for `sakbol rules check`.
 * Built on the public API only; the published bundle imports it from the package's main entry.
 */
// 'sakbol' is this package's main entry: src/index.ts here (tsconfig paths, vitest alias), the
// published dist/index.* once built, so both entries share one copy of the library and its types.
import { createScreener, loadRulePack, type Lang, type Rule, type RulePack, type Screener, type ScreenerConfig } from 'sakbol';

export interface RuleTestFailure {
  ruleId: string;
  /** Which list the example is in; 'count' when a rule has too few examples. */
  example: 'match' | 'noMatch' | 'count';
  /** Index in that list (-1 for 'count'). */
  index: number;
  lang?: Lang;
  text?: string;
  /** What should have happened and what did. */
  message: string;
}

export interface RuleTestReport {
  ok: boolean;
  /** Rules whose examples ran. */
  rules: number;
  passed: number;
  failures: RuleTestFailure[];
  /** Known gaps the rules record (`examples.knownGaps`): reported, never failing. */
  knownGaps: number;
}

export interface RuleTesterOptions extends Omit<ScreenerConfig, 'packs' | 'extraRules'> {
  /** Fewest examples each rule must carry (default: 1 must-match and 1 must-not-match). */
  minExamples?: { match?: number; noMatch?: number };
}

interface Case {
  name: string;
  check(): RuleTestFailure | null;
}

/** Thrown by RuleTester.assert(): lists every failing example. */
export class RuleTestError extends Error {
  readonly failures: readonly RuleTestFailure[];
  constructor(failures: readonly RuleTestFailure[]) {
    super(`${failures.length} rule example${failures.length === 1 ? '' : 's'} failed:\n- ${failures.map(describeFailure).join('\n- ')}`);
    this.name = 'RuleTestError';
    this.failures = failures;
  }
}

function describeFailure(f: RuleTestFailure): string {
  const where = f.index >= 0 ? ` ${f.example}[${f.index}]${f.lang ? ` (${f.lang})` : ''}` : '';
  return `${f.ruleId}${where}: ${f.message}${f.text !== undefined ? ` in ${JSON.stringify(f.text.length > 120 ? f.text.slice(0, 117) + '...' : f.text)}` : ''}`;
}

/**
 * Runs the examples of the rules of one or more rule packs, with the packs loaded on top of the
 * bundled rules exactly as createScreener would load them (so `when` conditions on bundled rules and
 * the packs' table additions are in force).
 */
export class RuleTester {
  readonly screener: Screener;
  /** The rules under test: those the packs define. */
  readonly rules: readonly Rule[];
  private readonly min: { match: number; noMatch: number };

  constructor(packs: unknown, options: RuleTesterOptions = {}) {
    const { minExamples, ...config } = options;
    const loaded: RulePack[] = (Array.isArray(packs) ? packs : [packs]).map(loadRulePack);
    this.screener = createScreener({ ...config, packs: loaded });
    // The screener's copy of a pack rule has the overrides applied; the pack's copy has the examples.
    const own = new Map(loaded.flatMap((p) => p.rules.map((r) => [r.id, r] as const)));
    this.rules = this.screener.rules.flatMap((r): Rule[] => {
      const mine = own.get(r.id);
      return mine ? [{ ...mine, ...r, examples: mine.examples, falsePositives: mine.falsePositives }] : [];
    });
    this.min = { match: minExamples?.match ?? 1, noMatch: minExamples?.noMatch ?? 1 };
  }

  private cases(): Case[] {
    const out: Case[] = [];
    for (const rule of this.rules) {
      const { match, noMatch } = rule.examples;
      out.push({
        name: `${rule.id} has enough examples`,
        check: () =>
          match.length < this.min.match || noMatch.length < this.min.noMatch
            ? { ruleId: rule.id, example: 'count', index: -1, message: `expected at least ${this.min.match} must-match and ${this.min.noMatch} must-not-match examples, found ${match.length} and ${noMatch.length}` }
            : null,
      });
      match.forEach((e, index) =>
        out.push({
          name: `${rule.id} matches (${e.lang}) ${e.text}`,
          check: () => {
            const fired = this.screener.trace(e.text).find((t) => t.ruleId === rule.id);
            if (!fired) return { ruleId: rule.id, example: 'match', index, lang: e.lang, text: e.text, message: 'expected the rule to fire; it did not' };
            const spans = fired.spans.map((s) => s.text);
            if (!spans.includes(e.span)) return { ruleId: rule.id, example: 'match', index, lang: e.lang, text: e.text, message: `expected a span ${JSON.stringify(e.span)}, got ${JSON.stringify(spans)}` };
            return null;
          },
        }),
      );
      noMatch.forEach((e, index) =>
        out.push({
          name: `${rule.id} does not match (${e.lang}) ${e.text}`,
          check: () => {
            const fired = this.screener.trace(e.text).find((t) => t.ruleId === rule.id);
            return fired ? { ruleId: rule.id, example: 'noMatch', index, lang: e.lang, text: e.text, message: `expected the rule not to fire; it fired on ${JSON.stringify(fired.spans.map((s) => s.text))}` } : null;
          },
        }),
      );
    }
    return out;
  }

  /** Run every example; never throws for a failing example (see assert()). */
  run(): RuleTestReport {
    const failures: RuleTestFailure[] = [];
    let passed = 0;
    for (const c of this.cases()) {
      const f = c.check();
      if (f) failures.push(f);
      else passed++;
    }
    const knownGaps = this.rules.reduce((n, r) => n + (r.examples.knownGaps?.length ?? 0), 0);
    return { ok: failures.length === 0, rules: this.rules.length, passed, failures, knownGaps };
  }

  /** Run every example and throw a RuleTestError listing the failures, if any. */
  assert(): void {
    const r = this.run();
    if (!r.ok) throw new RuleTestError(r.failures);
  }

  /**
   * Register one test per example with a test runner's `it` (vitest, jest, mocha, node:test):
   * `new RuleTester(pack).defineTests(it)`. A failing example fails its own test.
   */
  defineTests(it: (name: string, fn: () => void) => unknown): void {
    for (const c of this.cases()) {
      it(c.name, () => {
        const f = c.check();
        if (f) throw new RuleTestError([f]);
      });
    }
  }
}
