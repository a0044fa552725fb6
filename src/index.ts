/**
 * sakbol: screens job-ad text for signs of trafficking recruitment and explains each risk signal.
 * Results are risk signals for a human to weigh, never verdicts.
 */
export { screen, createScreener, type Screener } from './screen.js';
export { screenMany, type BatchAd, type BatchResult, type ScreenManyOptions } from './batch.js';
export { normalizePhone } from './extract/contacts.js';
export { SakbolError, InputError, OptionsError, RuleError, isSakbolError, type SakbolErrorCode } from './errors.js';
export { ScreenOptions, DEFAULT_THRESHOLDS } from './schema/options.js';
export type { ScreenResult, Indicator, ResultSpan } from './schema/result.js';
export type { Rule, Lang, Pattern, When, LocaleText } from './schema/rule.js';
export { LIBRARY_VERSION, RESULT_SCHEMA_VERSION } from './version.js';
export { RULESET_VERSION } from './rules.js';
