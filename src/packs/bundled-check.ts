import { compileRegex } from '../engine/compile.js';
import { regexHazard } from '../engine/regex-safety.js';
import type { RuleProblem } from '../errors.js';
import { bundledRules } from '../rules.js';
import type { Rule } from '../schema/rule.js';

/**
 * Every bundled regex that the safety check refuses (none may be): run when the library is built
 * (scripts/emit-schemas.ts) and by the tests, not on import: the bundled rules do not change at run time.
 */
export function bundledRegexHazards(): RuleProblem[] {
  const out: RuleProblem[] = [];
  for (const r of bundledRules as Rule[]) {
    const check = (p: Rule['patterns'][number], path: string): void => {
      if (p.kind !== 'regex') return;
      const hazard = regexHazard(compileRegex(p.regex).re.source);
      if (hazard) out.push({ ruleId: r.id, path: `${path}.regex`, message: hazard });
    };
    r.patterns.forEach((p, k) => check(p, `patterns.${k}`));
    r.exclude?.forEach((p, k) => check(p, `exclude.${k}`));
  }
  return out;
}
