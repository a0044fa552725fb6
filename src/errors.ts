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

/** A rule (bundled or custom) failed validation or compilation; names the rule and the field path. */
export class RuleError extends SakbolError {
  readonly ruleId: string | undefined;
  readonly issues: readonly string[];
  constructor(ruleId: string | undefined, issues: readonly string[]) {
    super('INVALID_RULE', `Invalid rule${ruleId ? ` "${ruleId}"` : ''}:\n- ${issues.join('\n- ')}`);
    this.name = 'RuleError';
    this.ruleId = ruleId;
    this.issues = issues;
  }
}

export const isSakbolError = (e: unknown): e is SakbolError => e instanceof SakbolError;
