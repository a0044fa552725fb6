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
import type { LocaleText, Rule } from './schema/rule.js';

/** Bumped whenever a rule, weight or table changes meaningfully. */
export const RULESET_VERSION = '2026.11.85';

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

/** Raw rule data, validated when the library is built (scripts/emit-schemas.ts) and by the tests. */
export const bundledRules: unknown[] = Object.values(RULE_FILES).flat();

/**
 * The bundled rule set, for pack authors to read, copy and build on (`when` may name these ids).
 * Frozen: a host cannot change the rules under a running screener.
 */
export const defaultRules: readonly Rule[] = deepFreeze(bundledRules) as Rule[];

export const notStatedChecks = notStated.checks as Array<{ id: string; presentIf: string[]; title: LocaleText; advice: LocaleText }>;
