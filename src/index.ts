/**
 * sakbol: screens job-ad text for signs of trafficking recruitment and explains each risk signal.
 * Results are risk signals for a human to weigh, never verdicts.
 */
export { screen, createScreener, type Screener, type ScreenerConfig, type RuleTrace } from './screen.js';
export { screenMany, type BatchAd, type BatchResult, type ScreenManyOptions } from './batch.js';
export { normalizePhone } from './extract/contacts.js';
export { SakbolError, InputError, OptionsError, RuleError, isSakbolError, type SakbolErrorCode, type RuleProblem } from './errors.js';
export { ScreenOptions, DEFAULT_THRESHOLDS, DEFAULT_MAX_INPUT_CHARS } from './schema/options.js';
export type { ScreenResult, Indicator, ResultSpan } from './schema/result.js';
export type { Rule, BundledRule, Lang, Pattern, When, LocaleText } from './schema/rule.js';
export type { RulePackInput, RuleOverride, PackData } from './schema/pack.js';
export { loadRulePack, type RulePack } from './packs/load.js';
export { definePlugin } from './packs/plugin.js';
export { provideRegexAnalyser, type RegexAnalyser } from './engine/regex-safety.js';
export { LIBRARY_VERSION, RESULT_SCHEMA_VERSION } from './version.js';
export { RULESET_VERSION, defaultRules } from './rules.js';
export { highlight, highlightRanges, type HighlightFormat, type HighlightOptions, type HighlightRange } from './explain/highlight.js';
export { summarize, type Audience, type SummarizeOptions } from './explain/summarize.js';
export { toolDefinition, runScreenTool, type ScreenToolInput, type ScreenToolOutput } from './tool.js';
