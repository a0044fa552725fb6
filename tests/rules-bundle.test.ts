import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { references } from '../src/data.js';
import { compileRegex, compileRules } from '../src/engine/compile.js';
import { createScreener } from '../src/screen.js';
import { INDICATOR_CODES, MITIGATION_CODES, Rule } from '../src/schema/rule.js';
import { RULE_FILES, bundledRules, notStatedChecks } from '../src/rules.js';
import { DEFAULT_THRESHOLDS } from '../src/schema/options.js';
import { LIBRARY_VERSION } from '../src/version.js';
import { ROOT } from '../scripts/corpus.js';

const rules = bundledRules.map((r) => Rule.parse(r));

describe('bundled rule set', () => {
  it('bundles every file under rules/indicators', () => {
    const files = readdirSync(join(ROOT, 'rules', 'indicators')).filter((f) => f.endsWith('.json')).sort();
    expect(Object.keys(RULE_FILES).sort()).toEqual(files);
  });

  it('covers every per-ad taxonomy code and every legitimacy signal', () => {
    const codes = new Set(rules.filter((r) => r.kind !== 'signal').map((r) => r.category));
    const missing = [...INDICATOR_CODES, ...MITIGATION_CODES].filter((c) => c !== 'G3' && !codes.has(c));
    expect(missing).toEqual([]);
  });

  it('lets no single rule reach high on its own', () => {
    const tooStrong = rules.filter((r) => r.kind === 'indicator' && r.weight * r.confidence >= DEFAULT_THRESHOLDS.high).map((r) => r.id);
    expect(tooStrong).toEqual([]);
  });

  it('cites only known references, and every indicator cites one', () => {
    for (const r of rules) for (const ref of r.references) expect(references[ref], `${r.id}: ${ref}`).toBeDefined();
    expect(rules.filter((r) => r.kind === 'indicator' && r.references.length === 0).map((r) => r.id)).toEqual([]);
  });

  it('has no regex that matches the empty string', () => {
    const empty = rules.flatMap((r) => [...r.patterns, ...(r.exclude ?? [])].filter((p) => p.kind === 'regex' && compileRegex(p.regex).re.test('')).map((p) => `${r.id}#${p.id}`));
    expect(empty).toEqual([]);
  });

  it('uses every internal signal: a `when` or a "not stated" check names it', () => {
    // A signal nobody asks about is still matched on every ad: dead weight on each screen.
    const named = new Set(notStatedChecks.flatMap((n) => n.presentIf));
    for (const r of rules) {
      const w = r.when;
      if (!w) continue;
      for (const id of [...(w.all ?? []), ...(w.any ?? []), ...(w.none ?? []), ...(w.atLeast?.of ?? [])]) named.add(id);
    }
    expect(rules.filter((r) => r.kind === 'signal' && !named.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('has titles of at most 60 characters in every locale', () => {
    for (const r of rules) for (const t of Object.values(r.title)) expect(t.length, r.id).toBeLessThanOrEqual(60);
  });

  it('keeps explanation wording free of verdicts', () => {
    const verdict = /\b(?:is|are) (?:a )?(?:trafficking|traffickers?|criminals?|scam(?:mers)?)\b|является торговлей|мошенник/i;
    for (const r of rules) for (const t of [...Object.values(r.explanation), ...Object.values(r.advice)]) expect(t, r.id).not.toMatch(verdict);
  });
});

it('version constant matches package.json', () => {
  expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(LIBRARY_VERSION);
});

describe('compiled rules', () => {
  it('are copies of one shape, while Screener.rules shows the rules as given', () => {
    const compiled = compileRules(rules);
    const shape = Object.keys(compiled.rules[0]!).join();
    // Rules differ in their optional fields (`when`, `exclude`, `negatable`...): the copies do not.
    expect(new Set(rules.map((r) => Object.keys(r).join())).size).toBeGreaterThan(1);
    expect(compiled.rules.filter((r) => Object.keys(r).join() !== shape)).toEqual([]);
    expect(compiled.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(compiled.given).toBe(rules);
    const shown = createScreener().rules;
    expect(shown.length).toBe(rules.length);
    expect(shown.filter((r) => Object.values(r).includes(undefined)).map((r) => r.id)).toEqual([]);
  });
});
