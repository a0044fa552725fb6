/**
 * The bundled rule set: JSON data under rules/, imported statically so the bundle carries it and
 * nothing is read or parsed from disk at run time. tests/rules-bundle.test.ts checks that every
 * file under rules/indicators/ is listed here.
 */
import pay from '../rules/indicators/A-pay.json';
import costs from '../rules/indicators/B-costs.json';
import documents from '../rules/indicators/C-documents.json';
import profile from '../rules/indicators/D-profile.json';
import role from '../rules/indicators/E-role.json';
import channel from '../rules/indicators/F-channel.json';
import recruiter from '../rules/indicators/G-recruiter.json';
import marriage from '../rules/indicators/H-marriage.json';
import legitimacy from '../rules/indicators/L-legitimacy.json';
import signals from '../rules/indicators/signals.json';
import notStated from '../rules/not-stated.json';
import { deepFreeze } from './packs/plain.js';
import { RULE_TEXTS, TEXT_FIELDS } from './rule-texts.js';
import { LANGS } from './schema/langs.js';
import type { LocaleText, Rule } from './schema/rule.js';

/** Bumped whenever a rule, weight or table changes meaningfully. */
export const RULESET_VERSION = '2026.11.87';

export const RULE_FILES: Record<string, unknown[]> = {
  'signals.json': signals,
  'A-pay.json': pay,
  'B-costs.json': costs,
  'C-documents.json': documents,
  'D-profile.json': profile,
  'E-role.json': role,
  'F-channel.json': channel,
  'G-recruiter.json': recruiter,
  'H-marriage.json': marriage,
  'L-legitimacy.json': legitimacy,
};

/**
 * Fields the bundles leave out of a rule when it holds this value (tsup.config.ts): every bundled
 * rule is "stable", and every internal signal is scored nowhere (category X0, weight 0). The rule
 * files keep them (the schema requires them of rule authors); `restore` puts them back.
 */
export const BUNDLE_DEFAULTS = {
  all: { status: 'stable' },
  signal: { category: 'X0', status: 'stable', severity: 'weak', confidence: 1, weight: 0 },
} as const;

type RawRule = Record<string, unknown>;
/**
 * A rule as its file has it, with what a bundle left out put back (the defaults above, the texts of
 * RULE_TEXTS), its keys in the files' order. `at` is the rule's place among its file's reported rules.
 */
function restore(file: string, r: RawRule, at: number): RawRule {
  const defaults = r.kind === 'signal' ? BUNDLE_DEFAULTS.signal : BUNDLE_DEFAULTS.all;
  const { id, kind, category, status, severity, confidence, weight } = { ...defaults, ...r } as RawRule;
  const head: RawRule = { id, kind, category, status, severity, confidence, weight };
  if (RULE_TEXTS && r.kind !== 'signal') {
    TEXT_FIELDS.forEach((field, k) => {
      const text: Record<string, string> = {};
      for (const lang of LANGS) {
        const s = RULE_TEXTS![lang][file]![at * TEXT_FIELDS.length + k]!;
        if (s !== '') text[lang] = s;
      }
      head[field] = text;
    });
  }
  // Parsed back from JSON: an object built field by field keeps its later fields out of line, and
  // evaluating the rules on every ad reads them (6-8% of a screen on real ads, scripts/bench-compare.mjs
  // against the rules as esbuild writes them); a parsed one holds them in line, as a literal does.
  return JSON.parse(JSON.stringify(Object.assign(head, r))) as RawRule;
}
const restored = (file: string, rules: unknown[]): RawRule[] => {
  let reported = 0;
  return (rules as RawRule[]).map((r) => restore(file, r, r.kind === 'signal' ? -1 : reported++));
};

/** Raw rule data, validated when the library is built (scripts/emit-schemas.ts) and by the tests. */
export const bundledRules: unknown[] = Object.entries(RULE_FILES).flatMap(([file, rules]) => restored(file, rules));

/**
 * The bundled rule set, for pack authors to read, copy and build on (`when` may name these ids).
 * Frozen: a host cannot change the rules under a running screener.
 */
export const defaultRules: readonly Rule[] = deepFreeze(bundledRules) as Rule[];

export const notStatedChecks = notStated.checks as Array<{ id: string; presentIf: string[]; title: LocaleText; advice: LocaleText }>;
