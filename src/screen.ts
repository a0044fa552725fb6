import { helplines, money, pay } from './data.js';
import { compileRules, type CompiledRules } from './engine/compile.js';
import { evaluateRules } from './engine/evaluate.js';
import { scoreRules } from './engine/score.js';
import type { AdContext, FiredRule } from './engine/types.js';
import { InputError, OptionsError } from './errors.js';
import { fill, pick, resolveReferences } from './explain/render.js';
import { extractFacts } from './extract/index.js';
import { detectLanguage, type LanguageInfo } from './lang/detect.js';
import { runMatchers } from './match/run.js';
import { bundledRules, notStatedChecks, RULESET_VERSION } from './rules.js';
import { DEFAULT_THRESHOLDS, OPTIONS_PARSE_PARAMS, ScreenOptions } from './schema/options.js';
import type { Indicator, ScreenResult } from './schema/result.js';
import type { BundledRule, Lang, Rule } from './schema/rule.js';
import { normalize, toOriginal, type Normalized } from './text/normalize.js';
import { tokenize, type Token } from './text/tokenize.js';
import { LIBRARY_VERSION, RESULT_SCHEMA_VERSION } from './version.js';

export interface Screener {
  /** Screen one ad. Throws only for a non-string input or invalid options. */
  screen(text: string, options?: ScreenOptions): ScreenResult;
  /** The rules this screener runs (without their examples and false-positive notes, which the built bundles leave out). */
  readonly rules: readonly BundledRule[];
}

let defaultCompiled: CompiledRules | undefined;
/**
 * The bundled rules are compiled once per process, on first use (not at import). They are validated
 * against the zod schema when the library is built (scripts/emit-schemas.ts fails the build) and by
 * the tests, so a process does not pay for validating them again; rules supplied at run time are
 * validated when they are loaded (engine/validate.ts).
 */
function compiledDefaults(): CompiledRules {
  return (defaultCompiled ??= compileRules(bundledRules as Rule[]));
}

function parseOptions(options: unknown, compiled: CompiledRules): ScreenOptions {
  if (options === undefined) return {};
  const parsed = ScreenOptions.safeParse(options, OPTIONS_PARSE_PARAMS);
  if (!parsed.success) throw new OptionsError(parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`));
  const unknown = Object.keys(parsed.data.rules ?? {}).filter((id) => !compiled.byId.has(id));
  if (unknown.length > 0) throw new OptionsError(unknown.map((id) => `rules.${id}: no rule has this id`));
  return parsed.data;
}

function merge(base: ScreenOptions, call: ScreenOptions): ScreenOptions {
  return { ...base, ...call, rules: { ...base.rules, ...call.rules } };
}

export function createScreener(config?: ScreenOptions): Screener {
  const compiled = compiledDefaults();
  const base = parseOptions(config, compiled);
  return {
    rules: compiled.rules,
    screen(text: string, options?: ScreenOptions): ScreenResult {
      if (typeof text !== 'string') {
        throw new InputError(`screen() expects the ad text as a string, got ${text === null ? 'null' : typeof text}`);
      }
      let opts = base;
      if (options !== undefined) {
        if (typeof options !== 'object' || options === null) throw new OptionsError([`(options): expected an object, got ${options === null ? 'null' : typeof options}`]);
        // Validated on every call (a few microseconds): callers may reuse and mutate one options object.
        opts = merge(base, parseOptions(options, compiled));
      }
      return run(compiled, text, opts);
    },
  };
}

let defaultScreener: Screener | undefined;
/** Screen one ad with the bundled rules. */
export function screen(text: string, options?: ScreenOptions): ScreenResult {
  return (defaultScreener ??= createScreener()).screen(text, options);
}

/** Every rule that fired on an ad, internal signals included: for rule tests and authoring tools. */
export function traceRules(text: string, options: ScreenOptions = {}): Map<string, FiredRule> {
  return analyse(compiledDefaults(), text, parseOptions(options, compiledDefaults())).fired;
}

function analyse(compiled: CompiledRules, text: string, opts: ScreenOptions) {
  const overrides = opts.rules ?? {};
  const disabled = new Set(Object.entries(overrides).filter(([, o]) => o.enabled === false).map(([id]) => id));
  const norm = normalize(text);
  const tokens = tokenize(norm);
  const lang = detectLanguage(tokens);
  const matches = runMatchers(compiled, norm, tokens, lang.run, lang.translit);
  const facts = extractFacts(norm, tokens, matches, lang.run.has('en'));
  const ctx: AdContext = { norm, tokens, langs: lang.run, facts, homeCountry: opts.homeCountry ?? 'KG' };
  return { lang, facts, norm, tokens, fired: evaluateRules(compiled, ctx, matches, disabled) };
}

/** Each sentence's language with its span in the original text (first word to last word). */
function sentenceSpans(text: string, norm: Normalized, tokens: readonly Token[], lang: LanguageInfo): ScreenResult['sentences'] {
  const out: ScreenResult['sentences'] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i]!.sentence;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === s) j++;
    const o = toOriginal(norm, tokens[i]!.start, tokens[j]!.end);
    out.push({ start: o.start, end: o.end, language: lang.sentences[s] ?? 'unknown', translit: lang.sentenceTranslit[s] ?? false });
    i = j + 1;
  }
  return text.trim() === '' ? [] : out;
}

function run(compiled: CompiledRules, text: string, opts: ScreenOptions): ScreenResult {
  const locale: Lang = opts.locale ?? 'en';
  const detail = opts.detail ?? 'full';
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const overrides = opts.rules ?? {};
  const { lang, facts, fired, norm, tokens } = analyse(compiled, text, opts);
  const { score, contributions } = scoreRules(fired.values(), (r) => overrides[r.id]?.weight ?? r.weight);

  const report = (f: FiredRule): Indicator => {
    const r = f.rule;
    const ind: Indicator = {
      ruleId: r.id,
      category: r.category,
      severity: r.severity,
      contribution: contributions.get(r.id) ?? 0,
      title: pick(r.title, locale),
      references: detail === 'none' ? [] : resolveReferences(r.references),
      spans: f.spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    };
    if (detail !== 'none') ind.explanation = fill(pick(r.explanation, locale), f.vars);
    if (detail === 'full') {
      ind.advice = fill(pick(r.advice, locale), f.vars);
      ind.patterns = [...new Set(f.hits.map((h) => h.patternId))];
    }
    return ind;
  };
  const byContribution = (a: Indicator, b: Indicator): number => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0); // locale-independent: same order on every host
  const all = [...fired.values()];
  const level = score >= thresholds.high ? 'high' : score >= thresholds.medium ? 'medium' : 'low';
  return {
    score,
    level,
    language: lang.language,
    sentences: sentenceSpans(text, norm, tokens, lang),
    locale,
    indicators: all.filter((f) => f.rule.kind === 'indicator').map(report).sort(byContribution),
    mitigations: all.filter((f) => f.rule.kind === 'mitigation').map(report).sort(byContribution),
    notStated:
      text.trim() === ''
        ? []
        : notStatedChecks
            .filter((n) => !n.presentIf.some((id) => fired.has(id)))
            .map((n) => ({ id: n.id, title: pick(n.title, locale), ...(detail === 'full' ? { advice: pick(n.advice, locale) } : {}) })),
    facts,
    help: helplines.helplines.map((h) => ({ country: h.country, number: h.number, name: h.name[locale] })),
    thresholds: { medium: thresholds.medium, high: thresholds.high },
    versions: { library: LIBRARY_VERSION, rules: RULESET_VERSION, resultSchema: RESULT_SCHEMA_VERSION, fx: money.fx.date, pay: pay.date },
  };
}
