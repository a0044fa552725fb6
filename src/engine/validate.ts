import { OPTIONS_PARSE_PARAMS } from '../schema/options.js';
import { RuleError } from '../errors.js';
import { Rule } from '../schema/rule.js';

/**
 * Rule validation against the zod rule schema. Kept out of the compiler so that run-time bundles do
 * not carry the rule schema or full zod: the bundled rules are validated when the library is built
 * (scripts/emit-schemas.ts) and by the tests, not in every process.
 */

/** Validate raw rule data, naming the rule and the field path of every problem. */
export function validateRules(raw: unknown[]): Rule[] {
  const out: Rule[] = [];
  const seen = new Set<string>();
  for (const [i, r] of raw.entries()) {
    const parsed = Rule.safeParse(r, OPTIONS_PARSE_PARAMS);
    const id = typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : `#${i}`;
    if (!parsed.success) {
      throw new RuleError(id, parsed.error.issues.map((iss) => `${iss.path.join('.') || '(rule)'}: ${iss.message}`));
    }
    if (seen.has(parsed.data.id)) throw new RuleError(parsed.data.id, ['id: duplicate rule id']);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}

