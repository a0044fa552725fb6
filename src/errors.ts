/**
 * Typed errors. screen() never throws because of what an ad says; these are for programmer mistakes:
 * a non-string input, invalid options, or an invalid rule. Every error carries a stable `code`.
 */
export type SakbolErrorCode = 'INVALID_INPUT' | 'INVALID_OPTIONS' | 'INVALID_RULE';

export class SakbolError extends Error {
  readonly code: SakbolErrorCode;
  constructor(code: SakbolErrorCode, message: string) {
    super(message);
    this.name = 'SakbolError';
    this.code = code;
  }
}

/** The text to screen was not a string. */
export class InputError extends SakbolError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
    this.name = 'InputError';
  }
}

/** Options passed to screen() or createScreener() failed validation; `issues` lists each problem. */
export class OptionsError extends SakbolError {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super('INVALID_OPTIONS', `Invalid sakbol options:\n- ${issues.join('\n- ')}`);
    this.name = 'OptionsError';
    this.issues = issues;
  }
}

/** One problem with a rule or a rule pack: which rule, where in it, and what was expected. */
export interface RuleProblem {
  ruleId: string | undefined;
  /** The pack the problem is in, when several packs are loaded together. */
  packId?: string;
  /** Field path inside the rule (or inside the pack, for pack-level problems): "patterns.0.regex". */
  path: string;
  message: string;
}

const splitIssue = (issue: string): { path: string; message: string } => {
  const at = issue.indexOf(': ');
  return at === -1 ? { path: '(rule)', message: issue } : { path: issue.slice(0, at), message: issue.slice(at + 2) };
};

/**
 * A rule (bundled or custom) or a rule pack failed validation or compilation. Names the rule, the
 * field path and what was expected; `problems` lists every problem found, each with its rule id.
 */
export class RuleError extends SakbolError {
  /** The (first) rule with a problem; undefined for a problem of the pack itself. */
  readonly ruleId: string | undefined;
  /** The pack being loaded, when the rule came from one. */
  readonly packId: string | undefined;
  /** "path: what was expected", one per problem (prefixed with the rule id when several rules are named). */
  readonly issues: readonly string[];
  readonly problems: readonly RuleProblem[];
  constructor(ruleId: string | undefined, issues: readonly string[], packId?: string, problems?: readonly RuleProblem[]) {
    const several = problems !== undefined && new Set(problems.map((p) => p.ruleId)).size > 1;
    const what = ruleId && !several ? `rule "${ruleId}"${packId ? ` in rule pack "${packId}"` : ''}` : packId ? `rule pack "${packId}"` : several ? 'rules' : 'rule';
    super('INVALID_RULE', `Invalid ${what}:\n- ${issues.join('\n- ')}`);
    this.name = 'RuleError';
    this.ruleId = ruleId;
    this.packId = packId;
    this.issues = issues;
    this.problems = problems ?? issues.map((i) => ({ ruleId, ...splitIssue(i) }));
  }

  /** One error for every problem found in a pack: a bad pack is refused whole, with all its problems at once. */
  static of(problems: readonly RuleProblem[], packId?: string): RuleError {
    const rules = new Set(problems.map((p) => p.ruleId));
    const single = rules.size === 1 ? problems[0]?.ruleId : undefined;
    const issues = problems.map((p) => {
      const where = [p.packId && p.packId !== packId ? `pack "${p.packId}"` : '', single === undefined && p.ruleId ? `rule "${p.ruleId}"` : ''].filter(Boolean).join(' ');
      return `${where ? where + ' ' : ''}${p.path}: ${p.message}`;
    });
    return new RuleError(single ?? problems.find((p) => p.ruleId)?.ruleId, issues, packId, problems);
  }
}

export const isSakbolError = (e: unknown): e is SakbolError => e instanceof SakbolError;
